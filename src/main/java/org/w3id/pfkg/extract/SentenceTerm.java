package org.w3id.pfkg.extract;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A prison term as the text states it.
 *
 * @param life true for life imprisonment (then {@code duration} is empty)
 * @param duration the term as a period of years and months ({@code P19Y8M})
 * @param text the words that stated it
 */
public record SentenceTerm(boolean life, Optional<Period> duration, String text) {
  public SentenceTerm {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(text, "text");
    if (life == duration.isPresent()) {
      throw new IllegalArgumentException("a term is either life or a duration: " + text);
    }
  }

  /** Total months, so that terms can be compared and summed in SPARQL; empty for life. */
  public Optional<Integer> totalMonths() {
    return duration.map(p -> (int) p.toTotalMonths());
  }

  /** {@code life} or the ISO 8601 duration, the form of GOLD.md's {@code sentence.latest_known}. */
  public String code() {
    return life ? "life" : duration.orElseThrow().toString();
  }
}
