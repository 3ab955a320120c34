package org.w3id.pfkg.problem;

/**
 * The one unchecked root of every error pfkg raises; its message always names the offending value.
 */
public class PfkgException extends RuntimeException {
  public PfkgException(String message) {
    super(message);
  }

  public PfkgException(String message, Throwable cause) {
    super(message, cause);
  }
}
