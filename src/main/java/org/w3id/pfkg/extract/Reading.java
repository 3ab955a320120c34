package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One document as the finders see it: its sentences, and per sentence the entities, charges and
 * attribution found once and shared, so that every finder reads a sentence the same way.
 */
final class Reading {
  private final String documentId;
  private final List<Sentence> sentences;
  private final JournalistReference reference;
  private final List<List<EntityHit>> hits;
  private final List<List<ChargeHit>> charges;
  private final List<AttributionFinder.Found> attributions;
  private final Optional<java.time.LocalDate> dateline;
  private final List<EntityHit> datelinePlaces;

  /** A charge concept named in a sentence; offsets within the sentence. */
  record ChargeHit(String concept, String text, int start, int end) {}

  Reading(
      String documentId,
      List<Sentence> sentences,
      JournalistReference reference,
      EntityFinder entities,
      NameMatcher chargeNames,
      AttributionFinder attribution) {
    this.documentId = documentId;
    this.sentences = List.copyOf(sentences);
    this.reference = reference;
    Optional<Dateline> found =
        sentences.isEmpty() ? Optional.empty() : Dateline.find(sentences.get(0).text());
    this.dateline = found.map(Dateline::date);
    // The dateline's city is where the report was filed, not a place of the case.
    int datelineEnd = found.map(Dateline::end).orElse(0);
    List<List<EntityHit>> all = entities.findAll(sentences.stream().map(Sentence::text).toList());
    this.datelinePlaces =
        all.isEmpty()
            ? List.of()
            : all.get(0).stream()
                .filter(h -> h.start() < datelineEnd && h.kind() == EntityKind.PLACE)
                .toList();
    this.hits =
        sentences.stream()
            .map(
                s ->
                    all.get(s.index()).stream()
                        .filter(h -> s.index() > 0 || h.start() >= datelineEnd)
                        .toList())
            .toList();
    this.charges =
        sentences.stream()
            .map(
                s ->
                    chargeNames.find(s.text(), new boolean[s.text().length()]).stream()
                        .map(
                            h ->
                                new ChargeHit(
                                    h.key(),
                                    s.text().substring(h.start(), h.end()).toLowerCase(Locale.ROOT),
                                    h.start(),
                                    h.end()))
                        .toList())
            .toList();
    this.attributions = sentences.stream().map(s -> attribution.find(s.text())).toList();
  }

  /** The date of the document's dateline ("New York, August 2, 2010—"), if it has one. */
  Optional<java.time.LocalDate> dateline() {
    return dateline;
  }

  /**
   * The places of the dateline ("Dakar, Senegal, October 12, 2023 —"): places of the document
   * (GOLD.md), though not where its events happened, so they are kept out of {@link #hits}.
   */
  List<EntityHit> datelinePlaces() {
    return datelinePlaces;
  }

  String documentId() {
    return documentId;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  JournalistReference reference() {
    return reference;
  }

  List<EntityHit> hits(Sentence s) {
    return hits.get(s.index());
  }

  List<ChargeHit> charges(Sentence s) {
    return charges.get(s.index());
  }

  List<String> chargeConcepts(Sentence s) {
    return charges(s).stream().map(ChargeHit::concept).distinct().toList();
  }

  AttributionFinder.Found attribution(Sentence s) {
    return attributions.get(s.index());
  }

  Evidence evidence(Sentence s, String rule) {
    return new Evidence(documentId, s.text(), java.util.Optional.of(s.span()), rule);
  }

  IntStream indexes() {
    return IntStream.range(0, sentences.size());
  }
}
