package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.pfkg.cases.CaseDocument;

/**
 * Reads the facts of one case document: a pure function of the document and the {@link Knowledge},
 * safe to run on many documents in parallel. Each fact carries the sentence it came from, the rule
 * that made it and the party the text credits.
 */
public final class Extractor {
  private static final Pattern HELD =
      Pattern.compile(
          "(?i)\\b(held|imprisoned|jailed|serving|served|detained|incarcerated|sent to|transferred to|moved to)\\b");

  private final Knowledge knowledge;
  private final SentenceSplitter splitter;
  private final EntityFinder entities;
  private final ChargeFinder chargeFinder;
  private final JournalistFinder journalist;
  private final EventFinder events;
  private final PeopleFinder people;

  public Extractor(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.splitter = new SentenceSplitter(knowledge.abbreviations());
    this.entities = new EntityFinder(knowledge);
    this.chargeFinder = ChargeFinder.load(knowledge.rulesDir(), knowledge.charges());
    this.journalist = new JournalistFinder(knowledge);
    this.events = new EventFinder(knowledge);
    this.people = PeopleFinder.load(knowledge.rulesDir(), knowledge.relations(), entities);
  }

  public CaseFacts extract(CaseDocument doc) {
    String id = doc.documentId();
    List<Sentence> sentences = splitter.split(doc.narrative());
    List<PersonFact> people = this.people.find(id, sentences, doc.name());
    SourceResolver resolver = new SourceResolver(knowledge, entities, people);
    AttributionFinder attribution = new AttributionFinder(knowledge.attributionRules(), resolver);
    JournalistReference reference = new JournalistReference(doc.name());
    Reading reading = new Reading(id, sentences, reference, entities, chargeFinder, attribution);
    Map<EntityKind, Map<String, NamedEntity>> named = entities(reading);
    List<EventFact> events = this.events.find(reading);
    return new CaseFacts(
        doc.caseId(),
        id,
        journalist.find(doc.name(), reading),
        List.copyOf(named.get(EntityKind.OUTLET).values()),
        List.copyOf(named.get(EntityKind.ORGANIZATION).values()),
        List.copyOf(named.get(EntityKind.PLACE).values()),
        List.copyOf(named.get(EntityKind.FACILITY).values()),
        charges(reading),
        doc.headerValue("Charge"),
        doc.headerValue("Medium"),
        doc.headerValue("Beats Covered")
            .map(v -> Arrays.stream(v.split("\\s*[,;]\\s*")).filter(b -> !b.isBlank()).toList())
            .orElse(List.of()),
        doc.headerValue("Local or Foreign"),
        events,
        detentions(reading),
        people.stream().map(p -> withAttribution(p, reading)).toList(),
        new ClaimFinder(knowledge, resolver)
            .find(
                reading,
                events.stream()
                    .flatMap(e -> e.evidence().span().stream())
                    .collect(java.util.stream.Collectors.toSet())),
        status(reading));
  }

  private Map<EntityKind, Map<String, NamedEntity>> entities(Reading reading) {
    Map<EntityKind, Map<String, Mentions>> byKind = new LinkedHashMap<>();
    for (EntityKind kind : EntityKind.values()) {
      byKind.put(kind, new LinkedHashMap<>());
    }
    for (Sentence s : reading.sentences()) {
      for (EntityHit hit : reading.hits(s)) {
        if (hit.adjectival()) {
          continue;
        }
        Evidence evidence =
            reading.evidence(
                s,
                "entity:" + hit.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + hit.key());
        byKind
            .get(hit.kind())
            .computeIfAbsent(hit.key(), k -> new Mentions())
            .add(entity(hit, evidence));
      }
    }
    Map<EntityKind, Map<String, NamedEntity>> merged = new LinkedHashMap<>();
    byKind.forEach(
        (kind, byKey) -> {
          Map<String, NamedEntity> entities = new LinkedHashMap<>();
          byKey.forEach((key, mentions) -> entities.put(key, mentions.entity()));
          merged.put(kind, entities);
        });
    return merged;
  }

  /**
   * Every mention of one entity, merged in text order: the first description and place found, each
   * distinct evidence and surface form once. Sets keep the merge linear in the number of mentions
   * (a long narrative names the same place thousands of times).
   */
  private static final class Mentions {
    private NamedEntity first;
    private Optional<String> description = Optional.empty();
    private Optional<String> within = Optional.empty();
    private final Set<Evidence> evidence = new LinkedHashSet<>();
    private final Set<String> surfaces = new LinkedHashSet<>();

    void add(NamedEntity e) {
      if (first == null) {
        first = e;
      }
      description = description.or(e::description);
      within = within.or(e::within);
      evidence.addAll(e.evidence());
      surfaces.addAll(e.mentions());
    }

    NamedEntity entity() {
      return new NamedEntity(
          first.key(),
          first.name(),
          first.kind(),
          description,
          within,
          List.copyOf(evidence),
          List.copyOf(surfaces));
    }
  }

  private NamedEntity entity(EntityHit hit, Evidence evidence) {
    Knowledge.GazetteerEntry known = knowledge.gazetteer().get(hit.key());
    String name = known != null ? known.name() : hit.surface();
    Optional<String> within =
        hit.within()
            .or(
                () ->
                    Optional.ofNullable(known)
                        .map(Knowledge.GazetteerEntry::within)
                        .filter(w -> !w.isEmpty()));
    return new NamedEntity(
        hit.key(),
        name,
        hit.kind(),
        hit.description().filter(d -> !d.isBlank()),
        within,
        List.of(evidence),
        List.of(hit.surface()));
  }

  /** One fact per charge, named by its most direct wording, credited like that sentence. */
  private static List<ChargeFact> charges(Reading reading) {
    return reading.chargeList().values().stream()
        .map(
            c -> {
              Sentence s = reading.sentences().get(c.sentence());
              return new ChargeFact(
                  c.concept(),
                  c.text(),
                  c.status(),
                  reading.attribution(s).main(),
                  reading.evidence(s, "charge:" + c.concept()));
            })
        .toList();
  }

  private static List<DetentionFact> detentions(Reading reading) {
    List<DetentionFact> held = new ArrayList<>();
    for (Sentence s : reading.sentences()) {
      if (!HELD.matcher(s.text()).find() || !reading.reference().mentions(s.text())) {
        continue;
      }
      reading.hits(s).stream()
          .filter(h -> h.kind() == EntityKind.FACILITY)
          .forEach(
              h ->
                  held.add(
                      new DetentionFact(
                          h.key(),
                          reading.attribution(s).main(),
                          reading.evidence(s, "detention:held-in"))));
    }
    return List.copyOf(held);
  }

  private CaseStatus status(Reading reading) {
    CaseStatus status = CaseStatus.UNKNOWN;
    for (Sentence s : reading.sentences()) {
      if (!reading.reference().mentions(s.text())) {
        continue;
      }
      for (Knowledge.Rule rule : knowledge.statusRules()) {
        if (rule.pattern().matcher(s.text()).find()) {
          status = CaseStatus.valueOf(rule.value().toUpperCase(java.util.Locale.ROOT));
          break;
        }
      }
    }
    return status;
  }

  /** A person's relation is credited like the sentence that states it. */
  private static PersonFact withAttribution(PersonFact p, Reading reading) {
    Attribution a =
        reading.sentences().stream()
            .filter(s -> p.evidence().span().equals(Optional.of(s.span())))
            .findFirst()
            .map(s -> reading.attribution(s).main())
            .orElse(Attribution.NONE);
    return new PersonFact(p.key(), p.name(), p.relation(), p.residence(), a, p.evidence());
  }
}
