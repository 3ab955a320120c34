package org.w3id.pfkg.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a problem is: a file and, when known, a 1-based line and column (0 means unknown). Printed
 * the way compilers do, {@code FILE:LINE:COLUMN}, so that editors can jump to it.
 */
public record Location(Path file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file.toString());
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.toString();
  }
}
