package org.w3id.pfkg.curate;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.ClaimKind;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/** Reads the values of a curation file's fields into the types of the facts, or says why not. */
final class FieldValues {
  private final Location at;

  FieldValues(Location at) {
    this.at = at;
  }

  /**
   * An ISO date at the precision its form gives: {@code 2009-07-14} a day, {@code 2009-07} a month,
   * {@code 2009} a year; {@code text} defaults to the ISO value.
   */
  FactDate date(String iso, Optional<String> text) {
    String words = text.filter(t -> !t.isBlank()).orElse(iso);
    try {
      return switch (iso.length()) {
        case 10 -> {
          LocalDate d = LocalDate.parse(iso);
          yield new FactDate(Optional.of(iso), DatePrecision.DAY, words, d, d, iso);
        }
        case 7 -> {
          YearMonth m = YearMonth.parse(iso);
          yield new FactDate(
              Optional.of(iso), DatePrecision.MONTH, words, m.atDay(1), m.atEndOfMonth(), iso);
        }
        case 4 -> {
          Year y = Year.parse(iso);
          yield new FactDate(
              Optional.of(iso),
              DatePrecision.YEAR,
              words,
              y.atDay(1),
              y.atMonth(12).atEndOfMonth(),
              iso);
        }
        default -> throw new DateTimeParseException("length", iso, 0);
      };
    } catch (DateTimeParseException e) {
      throw new InputException(
          at,
          "expected \"date\" as 2009-07-14, 2009-07 or 2009 (or \"\" for undated), not '"
              + iso
              + "'");
    }
  }

  /** {@code life} or an ISO period of years and months ({@code P19Y8M}). */
  SentenceTerm term(String code, Optional<String> text) {
    String words = text.filter(t -> !t.isBlank()).orElse(code);
    if (code.equalsIgnoreCase("life")) {
      return new SentenceTerm(true, Optional.empty(), words);
    }
    try {
      Period p = Period.parse(code);
      if (p.getDays() != 0 || p.isNegative() || p.isZero()) {
        throw new DateTimeParseException("days", code, 0);
      }
      return new SentenceTerm(false, Optional.of(p), words);
    } catch (DateTimeParseException e) {
      throw new InputException(at, "expected \"term\" as life or P19Y8M, not '" + code + "'");
    }
  }

  EventType eventType(String code) {
    return EventType.fromCode(code)
        .orElseThrow(
            () ->
                new InputException(
                    at,
                    "expected \"type\" to be one of "
                        + Arrays.stream(EventType.values()).map(EventType::code).toList()
                        + ", not '"
                        + code
                        + "'"));
  }

  ChargeStatus chargeStatus(String word) {
    return enumValue(ChargeStatus.class, "status", word);
  }

  ClaimKind claimKind(String word) {
    return enumValue(ClaimKind.class, "kind", word);
  }

  static List<String> list(String joined) {
    return Arrays.stream(joined.split("\\s*,\\s*")).filter(s -> !s.isBlank()).toList();
  }

  static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String field, String word) {
    try {
      return Enum.valueOf(type, word.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          at,
          "expected \""
              + field
              + "\" to be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList()
              + ", not '"
              + word
              + "'");
    }
  }
}
