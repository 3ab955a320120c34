package org.w3id.pfkg.problem;

import java.util.Objects;

/** One thing wrong with the input or the output, with where it is and what was expected. */
public record Problem(Severity severity, Location location, String message) {
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:COLUMN: severity: message}, the shape compilers and editors understand. */
  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
