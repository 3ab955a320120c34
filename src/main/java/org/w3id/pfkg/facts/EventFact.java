package org.w3id.pfkg.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a case: an arrest, a sentencing, a riot, an unanswered inquiry.
 *
 * @param key unique within its case and stable across builds ({@code arrest-2009-07-14}); the
 *     event's IRI is made from it
 * @param type the event type
 * @param date when, at the text's precision; empty when the text does not date it
 * @param place key of the place (or facility) where it happened
 * @param authority the acting authority as the text names it ("police", "Chinese authorities")
 * @param charges charge concept slugs the event concerns
 * @param term the prison term it set, for sentencing and sentence changes
 * @param detail a short description in the words of the text
 * @param attribution who the text credits with the event (its first telling)
 * @param evidence the sentence the event was read from (its first telling)
 * @param termProvenance who gave the term and where: present exactly when the term is; the event's
 *     own provenance unless the term was read from another telling of the event
 * @param placeProvenance who gave the place and where, likewise
 */
public record EventFact(
    String key,
    EventType type,
    Optional<FactDate> date,
    Optional<String> place,
    Optional<String> authority,
    List<String> charges,
    Optional<SentenceTerm> term,
    String detail,
    Attribution attribution,
    Evidence evidence,
    Optional<Provenance> termProvenance,
    Optional<Provenance> placeProvenance) {
  public EventFact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(authority, "authority");
    charges = List.copyOf(charges);
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(termProvenance, "termProvenance");
    Objects.requireNonNull(placeProvenance, "placeProvenance");
    if (term.isPresent() != termProvenance.isPresent()
        || place.isPresent() != placeProvenance.isPresent()) {
      throw new IllegalArgumentException(
          "a term or place needs its provenance, and a provenance its term or place: event " + key);
    }
  }

  /** An event whose term and place, if any, were read from the event's own sentence. */
  public EventFact(
      String key,
      EventType type,
      Optional<FactDate> date,
      Optional<String> place,
      Optional<String> authority,
      List<String> charges,
      Optional<SentenceTerm> term,
      String detail,
      Attribution attribution,
      Evidence evidence) {
    this(
        key,
        type,
        date,
        place,
        authority,
        charges,
        term,
        detail,
        attribution,
        evidence,
        term.map(t -> new Provenance(attribution, evidence)),
        place.map(p -> new Provenance(attribution, evidence)));
  }

  /** Who the text credits with the event and the sentence it was read from. */
  public Provenance provenance() {
    return new Provenance(attribution, evidence);
  }
}
