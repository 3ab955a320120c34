package org.w3id.pfkg.facts;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence as the text states it: a prison term, life imprisonment or death.
 *
 * @param kind a term of years, months and days, life, or death
 * @param duration the term as a period ({@code P19Y8M}); present exactly for {@link Kind#TERM}
 * @param suspended the term is suspended ("a one-month suspended sentence")
 * @param additional the term comes on top of one already imposed ("four more years")
 * @param text the words that stated it
 */
public record SentenceTerm(
    Kind kind, Optional<Period> duration, boolean suspended, boolean additional, String text) {

  /** What kind of sentence. */
  public enum Kind {
    TERM,
    LIFE,
    DEATH
  }

  public SentenceTerm {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(text, "text");
    if ((kind == Kind.TERM) != duration.isPresent()) {
      throw new IllegalArgumentException(
          "a term has a duration, life and death have none: " + text);
    }
  }

  /** A plain prison term, or life imprisonment when {@code life}. */
  public SentenceTerm(boolean life, Optional<Period> duration, String text) {
    this(life ? Kind.LIFE : Kind.TERM, duration, false, false, text);
  }

  public boolean life() {
    return kind == Kind.LIFE;
  }

  public boolean death() {
    return kind == Kind.DEATH;
  }

  /** Total months, so that terms can be compared and summed in SPARQL; empty for life and death. */
  public Optional<Integer> totalMonths() {
    return duration.map(p -> (int) p.toTotalMonths());
  }

  /**
   * {@code life}, {@code death} or the ISO 8601 duration, with {@code (suspended)} or {@code
   * (additional)} when it is: the form of GOLD.md's {@code sentence.latest_known}.
   */
  public String code() {
    String base =
        switch (kind) {
          case LIFE -> "life";
          case DEATH -> "death";
          case TERM -> duration.orElseThrow().toString();
        };
    return base + (suspended ? " (suspended)" : "") + (additional ? " (additional)" : "");
  }

  /** The sum of this term and another, as the text's list of counts adds up. */
  public SentenceTerm plus(SentenceTerm other) {
    if (kind != Kind.TERM || other.kind != Kind.TERM) {
      throw new IllegalArgumentException("only terms of years add up: " + text + ", " + other.text);
    }
    return new SentenceTerm(
        Kind.TERM,
        Optional.of(duration.orElseThrow().plus(other.duration.orElseThrow()).normalized()),
        false,
        false,
        text + " + " + other.text);
  }
}
