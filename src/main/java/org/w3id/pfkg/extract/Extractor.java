package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.HeaderNames;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.DetentionFact;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.Span;
import org.w3id.pfkg.facts.StatusStatement;
import org.w3id.pfkg.facts.Summary;
import org.w3id.pfkg.table.WordList;

/**
 * Reads the facts of one case document: a pure function of the document and the {@link Knowledge},
 * safe to run on many documents in parallel. Each fact carries the sentence it came from, the rule
 * that made it and the party the text credits.
 */
public final class Extractor {
  private final Knowledge knowledge;
  private final SentenceSplitter splitter;
  private final EntityFinder entities;
  private final ChargeFinder chargeFinder;
  private final JournalistFinder journalist;
  private final EventFinder events;
  private final PeopleFinder people;
  private final Publisher publisher;
  private final PersonCredits personCredits;
  private final PartyWords partyWords;
  private final DateFinder dates;
  private final List<String> references;
  private final StatusFinder status;
  private final Pattern held;
  private final Pattern heldEarlier;
  private final Pattern heldInPlace;
  private final Pattern speaks;
  private final Pattern contrasts;

  public Extractor(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.splitter = new SentenceSplitter(knowledge.abbreviations());
    this.entities = new EntityFinder(knowledge);
    this.chargeFinder = ChargeFinder.load(knowledge.rulesDir(), knowledge.charges());
    this.journalist = new JournalistFinder(knowledge);
    this.events = new EventFinder(knowledge);
    this.people = PeopleFinder.load(knowledge.rulesDir(), knowledge.relations());
    this.publisher = Publisher.load(knowledge.rulesDir(), knowledge);
    this.personCredits = PersonCredits.load(knowledge.rulesDir());
    this.partyWords = PartyWords.load(knowledge.rulesDir());
    this.dates = DateFinder.load(knowledge.rulesDir());
    this.references = JournalistReference.words(knowledge.rulesDir());
    this.status = new StatusFinder(knowledge);
    this.held = WordList.anyWord(knowledge.rulesDir().resolve("held-words.txt"));
    this.speaks =
        Pattern.compile(
            WordList.read(knowledge.rulesDir().resolve("speech-verbs.txt")).stream()
                .collect(java.util.stream.Collectors.joining("|", "^\\s+(?:", ")\\b")));
    this.heldEarlier = WordList.anyWord(knowledge.rulesDir().resolve("held-earlier.txt"));
    this.heldInPlace = HeldInPlace.load(knowledge.rulesDir());
    this.contrasts = AttributionFinder.contrasts(knowledge.rulesDir());
  }

  public CaseFacts extract(CaseDocument doc) {
    String id = doc.documentId();
    List<Sentence> sentences = splitter.split(doc.narrative());
    // The people, sources and entities finders ask for the same sentences: one reading of each.
    EntityFinder entities = this.entities.forDocument();
    List<PersonFact> people = this.people.find(id, sentences, doc.name(), entities);
    SourceResolver resolver =
        new SourceResolver(
            knowledge, entities, people, doc.name(), publisher, personCredits, partyWords);
    AttributionFinder attribution =
        new AttributionFinder(knowledge.attributionRules(), resolver, contrasts);
    JournalistReference reference = new JournalistReference(doc.name(), references);
    Reading reading =
        new Reading(id, sentences, reference, entities, chargeFinder, attribution, dates);
    Map<EntityKind, Map<String, NamedEntity>> named = entities(reading, doc, people);
    List<EventFact> events = this.events.find(reading, doc.headerValue("Imprisoned"));
    Optional<StatusStatement> status =
        this.status.find(reading, events, this.events::someoneElseActs);
    return new CaseFacts(
        doc.caseId(),
        id,
        journalist.find(doc.name(), reading),
        List.copyOf(named.get(EntityKind.OUTLET).values()),
        List.copyOf(named.get(EntityKind.ORGANIZATION).values()),
        List.copyOf(named.get(EntityKind.PLACE).values()),
        List.copyOf(named.get(EntityKind.FACILITY).values()),
        charges(reading),
        doc.headerValue(HeaderNames.CHARGE),
        doc.headerValue(HeaderNames.MEDIUM),
        doc.headerValue(HeaderNames.BEATS_COVERED)
            .map(v -> Arrays.stream(v.split("\\s*[,;]\\s*")).filter(b -> !b.isBlank()).toList())
            .orElse(List.of()),
        doc.headerValue(HeaderNames.LOCAL_OR_FOREIGN),
        events,
        detentions(reading),
        people.stream().map(p -> withAttribution(p, reading)).toList(),
        new ClaimFinder(knowledge, resolver).find(reading, eventCredits(events)),
        status.map(StatusStatement::status).orElse(CaseStatus.UNKNOWN),
        status);
  }

  /**
   * For each sentence that gave events, the parties those events are credited to (none for an event
   * the sentence credits to no one).
   */
  private static Map<Span, Set<String>> eventCredits(List<EventFact> events) {
    Map<Span, Set<String>> credits = new HashMap<>();
    for (EventFact e : events) {
      e.evidence()
          .span()
          .ifPresent(
              span -> {
                Set<String> keys = credits.computeIfAbsent(span, k -> new HashSet<>());
                e.attribution().accordingTo().ifPresent(a -> keys.add(a.key()));
              });
    }
    return credits;
  }

  /**
   * The named things of a case. Outlets and organisations share one key space: a news medium is the
   * journalist's outlet when a context or the {@code Outlet:} header links them, else an
   * organisation of the case. A place named like a person of the case ("Florence") is no place.
   */
  private Map<EntityKind, Map<String, NamedEntity>> entities(
      Reading reading, CaseDocument doc, List<PersonFact> people) {
    Map<String, Mentions> byKey = new LinkedHashMap<>();
    Set<String> personWords = personWords(doc.name(), people);
    Pattern others = otherPeople(doc.name(), people);
    for (HeaderEntity h : headerOutlets(doc)) {
      byKey
          .computeIfAbsent(bucket(EntityKind.OUTLET) + h.hit().key(), k -> new Mentions())
          .add(entity(h.hit(), h.evidence()), true);
    }
    headerCountry(doc)
        .ifPresent(
            h ->
                byKey
                    .computeIfAbsent(bucket(EntityKind.PLACE) + h.hit().key(), k -> new Mentions())
                    .add(entity(h.hit(), h.evidence()), false));
    List<Sentence> sentences = reading.sentences();
    for (Sentence s : sentences) {
      List<EntityHit> hits = new ArrayList<>(reading.hits(s));
      if (s.index() == 0) {
        hits.addAll(0, reading.datelinePlaces());
      }
      for (EntityHit hit : hits) {
        if (hit.adjectival()
            || (hit.kind() == EntityKind.PLACE
                && personWords.contains(Fold.of(hit.surface()))
                // an open-world place ("the Maryna district") has no gazetteer entry: not curated
                && !Optional.ofNullable(knowledge.gazetteer().get(hit.key()))
                    .map(Knowledge.GazetteerEntry::curated)
                    .orElse(false))) {
          continue;
        }
        Evidence evidence =
            reading.evidence(
                s, "entity:" + hit.kind().name().toLowerCase(Locale.ROOT) + ":" + hit.key());
        byKey
            .computeIfAbsent(bucket(hit.kind()) + hit.key(), k -> new Mentions())
            .add(entity(hit, evidence), linked(s.text(), hit, reading.reference(), others));
      }
    }
    Map<EntityKind, Map<String, NamedEntity>> merged = new LinkedHashMap<>();
    for (EntityKind kind : EntityKind.values()) {
      merged.put(kind, new LinkedHashMap<>());
    }
    byKey
        .values()
        .forEach(
            m -> {
              NamedEntity e = m.entity();
              merged.get(e.kind()).put(e.key(), e);
            });
    return merged;
  }

  /**
   * Whether an outlet's link is the journalist's: a context ("a reporter for X") speaks of the
   * journalist when the journalist is named before it and no other person of the case is named
   * between ("Okafor, a reporter for X" is Okafor's outlet).
   */
  private static boolean linked(
      String sentence, EntityHit hit, JournalistReference journalist, Pattern others) {
    if (!hit.linked() || hit.context() < 0) {
      return hit.linked();
    }
    int j = journalist.lastMentionBefore(sentence, Math.min(sentence.length(), hit.start()));
    if (j < 0) {
      return opensSentence(sentence, hit, journalist, others);
    }
    Matcher o = others.matcher(sentence.substring(0, hit.context()));
    int other = -1;
    while (o.find()) {
      other = o.start();
    }
    return j > other;
  }

  /** "A", "A veteran", "As the": what may stand before a context that opens the sentence. */
  private static final Pattern OPENER =
      Pattern.compile(
          "(?:(?:As\\s)?(?:A|An|The)\\s|Former\\s|As\\s)?(?:\\p{Ll}[\\p{Ll}-]*\\s){0,2}");

  /**
   * "A columnist for X and Y, she headed ...": a context that opens the sentence speaks of the
   * journalist when the clause after its first comma opens with the journalist.
   */
  private static boolean opensSentence(
      String sentence, EntityHit hit, JournalistReference journalist, Pattern others) {
    if (!OPENER.matcher(sentence.substring(0, hit.context())).matches()) {
      return false;
    }
    int comma = sentence.indexOf(", ", hit.end());
    if (comma < 0 || others.matcher(sentence.substring(0, comma)).find()) {
      return false;
    }
    return journalist.firstMentionFrom(sentence, comma) == comma + 2;
  }

  /** The words of the names of the other people of the case, whole-word. */
  private static Pattern otherPeople(String journalist, List<PersonFact> people) {
    Set<String> own = personWords(journalist, List.of());
    String words =
        people.stream()
            .flatMap(p -> Arrays.stream(p.name().split("[\\s,]+")))
            .filter(w -> w.length() > 2 && !own.contains(Fold.of(w)))
            .map(Pattern::quote)
            .distinct()
            .collect(java.util.stream.Collectors.joining("|"));
    return Pattern.compile(words.isEmpty() ? "(?!)" : "\\b(?:" + words + ")\\b");
  }

  /** Outlets and organisations share a key space; places and facilities have their own. */
  private static String bucket(EntityKind kind) {
    return switch (kind) {
      case OUTLET, ORGANIZATION -> "party:";
      case PLACE -> "place:";
      case FACILITY -> "facility:";
    };
  }

  /** The folded words of the journalist's and the people's names. */
  private static Set<String> personWords(String journalist, List<PersonFact> people) {
    Set<String> words = new java.util.HashSet<>();
    java.util.stream.Stream.concat(Stream.of(journalist), people.stream().map(PersonFact::name))
        .flatMap(n -> Arrays.stream(n.split("[\\s-]+")))
        .filter(w -> w.length() > 1)
        .forEach(w -> words.add(Fold.of(w)));
    return words;
  }

  /** An entity a header names, with the header line as its evidence. */
  private record HeaderEntity(EntityHit hit, Evidence evidence) {}

  /**
   * The outlets of the {@code Outlet:} header ("Outlet: Radio Lumen, Coastal Times"), each linked
   * to the journalist; "Freelance" and the like name none.
   */
  private List<HeaderEntity> headerOutlets(CaseDocument doc) {
    Optional<String> value = doc.headerValue("Outlet");
    if (value.isEmpty()) {
      return List.of();
    }
    String line = "Outlet: " + value.get();
    List<HeaderEntity> out = new ArrayList<>();
    for (String part : value.get().split("\\s*[,;]\\s*")) {
      String name = part.strip();
      if (name.isEmpty()
          || knowledge.notNameWords().contains(name.split("\\s")[0].toLowerCase(Locale.ROOT))) {
        continue;
      }
      String key =
          entities.find(name).stream()
              .filter(h -> h.start() == 0 && h.end() >= name.replaceAll("\\s*\\(.*$", "").length())
              .filter(h -> h.kind() == EntityKind.OUTLET || h.kind() == EntityKind.ORGANIZATION)
              .map(EntityHit::key)
              .findFirst()
              .orElse(org.w3id.pfkg.vocab.Slug.of(name));
      out.add(
          new HeaderEntity(
              new EntityHit(
                  EntityKind.OUTLET,
                  key,
                  name,
                  0,
                  name.length(),
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  true,
                  -1),
              new Evidence(doc.documentId(), line, Optional.empty(), "entity:outlet:header")));
    }
    return out;
  }

  /**
   * The slug of the CPJ charge category a value of the {@code Charge:} header names, by the labels
   * and notations of the categories in the charges vocabulary ("No charge" is {@code
   * no-charge-disclosed}); empty when it names none.
   */
  public Optional<String> cpjCategory(String value) {
    return knowledge.charges().topConcept(value);
  }

  /**
   * The place of the {@code Country:} header when the gazetteer knows its whole value: the case's
   * country (rdf.CaseCountry) then points at a place the graph describes. Not a place the narrative
   * names, so the summary leaves it out ({@link Summary#HEADER_PLACE_RULE}).
   */
  private Optional<HeaderEntity> headerCountry(CaseDocument doc) {
    Optional<String> value = doc.headerValue(HeaderNames.COUNTRY).map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String name = value.get();
    return entities.find(name).stream()
        .filter(h -> h.kind() == EntityKind.PLACE && h.start() == 0 && h.end() == name.length())
        .findFirst()
        .map(
            h ->
                new HeaderEntity(
                    h,
                    new Evidence(
                        doc.documentId(),
                        HeaderNames.COUNTRY + ": " + name,
                        Optional.empty(),
                        Summary.HEADER_PLACE_RULE)));
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
    private boolean linked;

    void add(NamedEntity e, boolean linkedMention) {
      if (first == null) {
        first = e;
      }
      linked |= linkedMention;
      description = description.or(e::description);
      within = within.or(e::within);
      evidence.addAll(e.evidence());
      surfaces.addAll(e.mentions());
    }

    /** An outlet that nothing links to the journalist is an organisation of the case. */
    NamedEntity entity() {
      EntityKind kind =
          first.kind() == EntityKind.OUTLET || first.kind() == EntityKind.ORGANIZATION
              ? (linked ? EntityKind.OUTLET : EntityKind.ORGANIZATION)
              : first.kind();
      return new NamedEntity(
          first.key(),
          first.name(),
          kind,
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

  /**
   * One fact per charge, named by its most direct wording, credited like the clause of that
   * sentence that names it.
   */
  private static List<ChargeFact> charges(Reading reading) {
    return reading.chargeList().values().stream()
        .map(
            c -> {
              Sentence s = reading.sentences().get(c.sentence());
              int at =
                  reading.charges(s).stream()
                      .filter(h -> h.concept().equals(c.concept()))
                      .mapToInt(Reading.ChargeHit::start)
                      .findFirst()
                      .orElse(0);
              return new ChargeFact(
                  c.concept(),
                  c.text(),
                  c.status(),
                  reading.attribution(s).at(at),
                  reading.evidence(s, "charge:" + c.concept()));
            })
        .toList();
  }

  /**
   * The facilities the journalist was held in, in the order the text names them, except that those
   * of an earlier stay ("had been held in X until the verdict") come first.
   */
  private List<DetentionFact> detentions(Reading reading) {
    List<DetentionFact> earlier = new ArrayList<>();
    List<DetentionFact> held = new ArrayList<>();
    for (Sentence s : reading.sentences()) {
      if (!this.held.matcher(s.text()).find() || !reading.reference().mentions(s.text())) {
        continue;
      }
      List<DetentionFact> into = heldEarlier.matcher(s.text()).find() ? earlier : held;
      boolean facility = reading.hits(s).stream().anyMatch(h -> h.kind() == EntityKind.FACILITY);
      reading.hits(s).stream()
          .filter(
              h ->
                  h.kind() == EntityKind.FACILITY
                      || (!facility
                          && h.kind() == EntityKind.PLACE
                          && heldInPlace.matcher(s.text().substring(0, h.start())).find()))
          // "the Dong Hu police station told RFA that she had been taken": a speaker, not a cell.
          .filter(h -> !speaks.matcher(s.text().substring(h.end())).find())
          .forEach(
              h ->
                  into.add(
                      new DetentionFact(
                          h.key(),
                          reading.attribution(s).at(h.start()),
                          reading.evidence(s, "detention:held-in"))));
    }
    earlier.addAll(held);
    return List.copyOf(earlier);
  }

  /**
   * A person's relation is credited like the clause that names them ("A, the daily X reported; B,
   * and his wife, Y, announced it": not X's word on the wife). When that clause names no party, or
   * only the person themselves ("his lawyer, Y, said"), like the sentence; but a person who speaks
   * in a later clause of their own is described by the text, not by the party of an earlier clause.
   */
  private static PersonFact withAttribution(PersonFact p, Reading reading) {
    Attribution a =
        reading.sentences().stream()
            .filter(s -> p.evidence().span().equals(Optional.of(s.span())))
            .findFirst()
            .map(s -> relationCredit(reading.attribution(s), s.text().indexOf(p.name()), p.name()))
            .orElse(Attribution.NONE);
    return new PersonFact(p.key(), p.name(), p.relation(), p.residence(), a, p.evidence());
  }

  private static Attribution relationCredit(
      AttributionFinder.Found found, int nameAt, String name) {
    if (nameAt < 0) {
      return found.main();
    }
    Attribution inClause = found.at(nameAt);
    boolean self = inClause.accordingTo().map(a -> a.name().equals(name)).orElse(false);
    if (self && found.clauseStarts().stream().anyMatch(c -> c > 0 && c <= nameAt)) {
      // "X happened, AFP reported; Y, director of the agency, had said ...": who Y is, the text
      // tells in Y's own clause, not AFP in the clause before.
      return Attribution.NONE;
    }
    return self || inClause.accordingTo().isEmpty() ? found.main() : inClause;
  }
}
