package org.w3id.pfkg.problem;

/** A setting that cannot be used: a missing folder, a port out of range, a bad value for a key. */
public final class ConfigException extends PfkgException {
  public ConfigException(String message) {
    super(message);
  }
}
