package org.w3id.pfkg.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date at the precision the text gives, with bounds so that range queries work whatever the
 * precision.
 *
 * @param iso {@code 2009-07-14}, {@code 2010-08} or {@code 2009}; empty for vague dates
 * @param precision how precise the text is
 * @param text the words that gave the date ("on July 14, 2009", "in late spring 2009")
 * @param earliest the first day it can mean
 * @param latest the last day it can mean
 * @param edtf the Extended Date/Time Format value (Library of Congress), e.g. {@code 2009-22} for
 *     summer 2009
 */
public record FactDate(
    Optional<String> iso,
    DatePrecision precision,
    String text,
    LocalDate earliest,
    LocalDate latest,
    String edtf) {
  public FactDate {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(edtf, "edtf");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("date bounds reversed: " + earliest + " > " + latest);
    }
  }
}
