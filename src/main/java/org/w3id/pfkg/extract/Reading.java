package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.Evidence;

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
  private final java.util.Map<String, ChargeVariants.Charge> chargeList;
  private final List<AttributionFinder.Found> attributions;
  private final Optional<java.time.LocalDate> dateline;
  private final List<EntityHit> datelinePlaces;
  private final DateFinder dates;

  /**
   * A charge named in a sentence; offsets within the sentence. The concept is the merged charge's
   * (the same for every wording of one charge in the document).
   *
   * @param text the wording in this sentence
   * @param status where the charge stands by this sentence
   * @param rule the cue of data/rules/charge-cues.tsv, {@code charge-noun} or {@code label}
   */
  record ChargeHit(
      String concept, String text, int start, int end, ChargeStatus status, String rule) {}

  Reading(
      String documentId,
      List<Sentence> sentences,
      JournalistReference reference,
      EntityFinder entities,
      ChargeFinder chargeFinder,
      AttributionFinder attribution,
      DateFinder dates) {
    this.dates = dates;
    this.documentId = documentId;
    this.sentences = List.copyOf(sentences);
    this.reference = reference;
    Optional<Dateline> found =
        sentences.isEmpty() ? Optional.empty() : Dateline.find(sentences.get(0).text(), dates);
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
                        .filter(h -> !partOfTheJournalistsName(h, s.text(), reference))
                        .toList())
            .toList();
    ChargeVariants.Result read = chargeFinder.find(this.sentences, reference);
    this.charges = read.hits();
    this.chargeList = read.charges();
    this.attributions = sentences.stream().map(s -> attribution.find(s.text())).toList();
  }

  /**
   * A place found inside the journalist's own name is no place: the gazetteer's towns include
   * namesakes of name words of many countries (GeoNames lists "Lone" as a name of a town in India).
   */
  private static boolean partOfTheJournalistsName(
      EntityHit hit, String sentence, JournalistReference reference) {
    return hit.kind() == EntityKind.PLACE
        && reference.namesTheJournalist(sentence, hit.start(), hit.end());
  }

  /** The date of the document's dateline ("New York, August 2, 2010—"), if it has one. */
  /** The finder of dates, with the calendar and number words of the rules. */
  DateFinder dates() {
    return dates;
  }

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

  /** The document's charges, variants merged, by concept in order of first mention. */
  java.util.Map<String, ChargeVariants.Charge> chargeList() {
    return chargeList;
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
