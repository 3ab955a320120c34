package org.w3id.pfkg.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything extracted from one case document, each fact with its evidence and attribution. Pure
 * data: made by {@code Extractor}, corrected by curation, turned into triples by the mapping.
 *
 * @param caseId slug of the case the document belongs to
 * @param documentId slug of the document
 * @param cpjChargeCategory the {@code Charge:} header value (Anti-State, ...)
 * @param medium the {@code Medium:} header value
 * @param beats the {@code Beats Covered:} values
 * @param localOrForeign the {@code Local or Foreign:} value
 * @param status where the document leaves the journalist
 * @param statusStatement the sentence and date that state {@code status}
 */
public record CaseFacts(
    String caseId,
    String documentId,
    JournalistFacts journalist,
    List<NamedEntity> outlets,
    List<NamedEntity> organizations,
    List<NamedEntity> places,
    List<NamedEntity> facilities,
    List<ChargeFact> charges,
    Optional<String> cpjChargeCategory,
    Optional<String> medium,
    List<String> beats,
    Optional<String> localOrForeign,
    List<EventFact> events,
    List<DetentionFact> detentions,
    List<PersonFact> people,
    List<ClaimFact> claims,
    CaseStatus status,
    Optional<StatusStatement> statusStatement) {
  public CaseFacts {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(journalist, "journalist");
    outlets = List.copyOf(outlets);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    facilities = List.copyOf(facilities);
    charges = List.copyOf(charges);
    Objects.requireNonNull(cpjChargeCategory, "cpjChargeCategory");
    Objects.requireNonNull(medium, "medium");
    beats = List.copyOf(beats);
    Objects.requireNonNull(localOrForeign, "localOrForeign");
    events = List.copyOf(events);
    detentions = List.copyOf(detentions);
    people = List.copyOf(people);
    claims = List.copyOf(claims);
    Objects.requireNonNull(status, "status");
    // A curated status keeps the sentence and date it corrects; the curation note says why.
    statusStatement =
        statusStatement.map(
            st ->
                st.status() == status
                    ? st
                    : new StatusStatement(
                        status,
                        st.asOf(),
                        st.attribution(),
                        st.evidence().withRule("curation:status")));
  }

  /**
   * Sentencing and sentence-change events with a term, in date order: the sentence history. An
   * undated sentencing comes before the first dated change, since a change needs a sentence to
   * change ("the court cut her term to five years on August 3; she had been sentenced to 14");
   * other undated events come last. Where no sentencing carries a term, a conviction that carries
   * one is the verdict and sentence told together (GOLD.md) and counts as the sentencing; beside a
   * sentencing it may only have borrowed that sentencing's term.
   */
  public List<EventFact> sentenceHistory() {
    java.time.LocalDate firstChange =
        events.stream()
            .filter(e -> e.type() == EventType.SENTENCE_CHANGE && e.term().isPresent())
            .flatMap(e -> e.date().stream())
            .map(FactDate::earliest)
            .min(java.util.Comparator.naturalOrder())
            .orElse(java.time.LocalDate.MAX);
    boolean sentencingTerm =
        events.stream().anyMatch(e -> e.type() == EventType.SENTENCING && e.term().isPresent());
    return events.stream()
        .filter(e -> e.term().isPresent())
        .filter(
            e ->
                e.type() == EventType.SENTENCING
                    || (e.type() == EventType.CONVICTION && !sentencingTerm)
                    || e.type() == EventType.SENTENCE_CHANGE)
        .sorted(
            java.util.Comparator.comparing(
                    (EventFact e) ->
                        e.date()
                            .map(FactDate::earliest)
                            .orElse(
                                e.type() != EventType.SENTENCE_CHANGE
                                    ? firstChange
                                    : java.time.LocalDate.MAX))
                .thenComparing(e -> e.type() == EventType.SENTENCE_CHANGE))
        .toList();
  }

  /** The latest known term, from the last event of the sentence history. */
  public Optional<SentenceTerm> latestTerm() {
    List<EventFact> history = sentenceHistory();
    return history.isEmpty() ? Optional.empty() : history.get(history.size() - 1).term();
  }

  /** Every entity the case names, of every kind, outlets first. */
  public List<NamedEntity> entities() {
    return java.util.stream.Stream.of(outlets, organizations, places, facilities)
        .flatMap(List::stream)
        .toList();
  }
}
