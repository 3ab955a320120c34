package org.w3id.pfkg.problem;

import java.util.Objects;

/** Input that cannot be read as what it claims to be; carries the location of the first fault. */
public final class InputException extends PfkgException {
  private final transient Location location;

  public InputException(Location location, String message) {
    super(location + ": " + message);
    this.location = Objects.requireNonNull(location, "location");
  }

  public InputException(Location location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = Objects.requireNonNull(location, "location");
  }

  public Location location() {
    return location;
  }
}
