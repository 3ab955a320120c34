package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.FactDate;

/** The arrest a prison census's {@code Imprisoned:} header dates. */
final class HeaderArrest {
  private HeaderArrest() {}

  /**
   * A census's {@code Imprisoned:} date is the arrest, unless an arrest or detention of that day is
   * already told.
   */
  static Optional<EventFact> find(
      Reading reading, Optional<String> imprisoned, List<EventFact> events) {
    Optional<FactDate> date =
        imprisoned.flatMap(
            v ->
                reading.dates().find(v).stream()
                    .map(DateFinder.DateMention::date)
                    .filter(d -> d.iso().isPresent())
                    .findFirst());
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String iso = date.get().iso().orElseThrow();
    boolean told =
        events.stream()
            .filter(e -> e.type() == EventType.ARREST || e.type() == EventType.DETENTION)
            .anyMatch(e -> e.date().flatMap(FactDate::iso).equals(Optional.of(iso)));
    if (told) {
      return Optional.empty();
    }
    FactDate d = date.get();
    FactDate withText =
        new FactDate(
            d.iso(), d.precision(), "Imprisoned: " + d.text(), d.earliest(), d.latest(), d.edtf());
    return Optional.of(
        new EventFact(
            "arrest",
            EventType.ARREST,
            Optional.of(withText),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            "imprisoned (header date)",
            Attribution.NONE,
            new Evidence(
                reading.documentId(),
                "Imprisoned: " + imprisoned.orElseThrow(),
                Optional.empty(),
                "header:imprisoned")));
  }
}
