package org.w3id.pfkg.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The event types of GOLD.md; each is a concept of the event-type vocabulary with the same slug.
 */
public enum EventType {
  ARREST,
  DETENTION,
  CHARGE,
  TRIAL,
  CONVICTION,
  SENTENCING,
  SENTENCE_CHANGE,
  RELEASE,
  TRANSFER,
  APPEAL,
  DEATH,
  DISAPPEARANCE,
  CONTACT_ATTEMPT,
  PROTEST_OR_RIOT,
  OTHER;

  /** The GOLD.md name: {@code sentence_change}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The vocabulary slug: {@code sentence-change}. */
  public String slug() {
    return code().replace('_', '-');
  }

  public static Optional<EventType> fromCode(String code) {
    String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
  }
}
