package org.w3id.pfkg.cases;

import java.util.Objects;

/**
 * One {@code Field: value} line of a case document, kept even when the value is empty or the field
 * is unknown to us: an empty {@code Beats Covered:} says the source had the field and left it
 * blank.
 *
 * @param name the field name as written, without the colon
 * @param value the trimmed value, possibly empty
 * @param line the 1-based line in the file (0 for JSON records, which have no line per field)
 */
public record HeaderField(String name, String value, int line) {
  public HeaderField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
