package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the events of a case with the trigger rules of {@code event-triggers.tsv}: per sentence, an
 * event of each type whose trigger fires, dated by the nearest adverbial date, placed at the first
 * place named, with its acting authority, charges and prison term. Undated mentions of a type that
 * also has a dated event are folded into the first dated one (they are the same event retold),
 * giving it a place or authority it lacked.
 */
final class EventFinder {
  /** "Remanded in custody until August 7": the end of a stay dates only a release. */
  private static final java.util.regex.Pattern UNTIL =
      java.util.regex.Pattern.compile("(?i)\\b(?:until|till|through)\\s+$");

  private final Knowledge knowledge;
  private final TermFinder terms;
  private final Map<EventType, EventBehaviour> behaviour;
  private final ReportDates reportDates;
  private final ClausePatterns unasserted;
  private final ClausePatterns background;
  private final List<java.util.regex.Pattern> caseReferences;

  EventFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.terms = TermFinder.load(knowledge.rulesDir());
    this.behaviour = EventBehaviour.load(knowledge.rulesDir());
    this.reportDates = ReportDates.load(knowledge.rulesDir());
    this.unasserted = ClausePatterns.load(knowledge.rulesDir().resolve("unasserted.tsv"));
    this.background = ClausePatterns.load(knowledge.rulesDir().resolve("background.tsv"));
    this.caseReferences =
        RuleTable.read(knowledge.rulesDir().resolve("case-references.tsv")).stream()
            .map(
                r ->
                    java.util.regex.Pattern.compile(
                        r.pattern("pattern").pattern(),
                        java.util.regex.Pattern.CASE_INSENSITIVE
                            | java.util.regex.Pattern.UNICODE_CASE))
            .toList();
  }

  List<EventFact> find(Reading reading) {
    return find(reading, Optional.empty());
  }

  /**
   * The events of a document; {@code imprisoned} is its {@code Imprisoned:} header, which a prison
   * census gives as the date of the arrest.
   */
  List<EventFact> find(Reading reading, Optional<String> imprisoned) {
    List<EventFact> found = new ArrayList<>();
    Optional<FactDate> chain = Optional.empty();
    int datelineEnd =
        reading.sentences().isEmpty()
            ? 0
            : Dateline.find(reading.sentences().get(0).text()).map(Dateline::end).orElse(0);
    Optional<String> otherPronoun = otherGenderPronoun(reading);
    for (Sentence s : reading.sentences()) {
      RelativeDates.Anchors anchors = new RelativeDates.Anchors(reading.dateline(), chain);
      DateFinder.SentenceDates read = DateFinder.read(s.text(), anchors, reportDates);
      // The dateline dates the report, not an event of its first sentence.
      List<DateFinder.DateMention> dates =
          read.dates().stream().filter(d -> s.index() > 0 || d.start() >= datelineEnd).toList();
      boolean hedged =
          knowledge.hedgeRules().stream().anyMatch(h -> h.pattern().matcher(s.text()).find());
      Set<String> seen = new java.util.HashSet<>();
      for (Knowledge.Rule rule : knowledge.eventRules()) {
        EventType type = EventType.fromCode(rule.value()).orElseThrow();
        if (rule.about().equals("journalist") && !aboutJournalist(reading, s)) {
          continue;
        }
        if (hedged && behaviour.get(type).hedgeable()) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s.text());
        while (findOutsideCharges(m, reading.charges(s))) {
          // A context trigger may itself be negative ("did not receive a response").
          boolean denied =
              rule.about().equals("journalist") && unasserted.test(s.text(), m.start(), m.end());
          if (denied || otherPronoun.filter(p -> m.group().matches(p)).isPresent()) {
            continue;
          }
          EventFact event =
              event(reading, s, rule, type, m.start(), m.end(), dates, read.unresolved());
          // One event per type and date in a sentence: "tried and sentenced on X" is two events,
          // "arrested ... arrested" on one date is one.
          String typeAndDate = type + "@" + event.date().map(FactDate::edtf).orElse("");
          if (seen.add(typeAndDate)) {
            found.add(event);
          }
        }
      }
      Optional<FactDate> last =
          dates.stream()
              .filter(d -> d.date().precision() != DatePrecision.VAGUE)
              .reduce((x, y) -> y)
              .map(DateFinder.DateMention::date);
      if (last.isPresent()) {
        chain = last;
      }
    }
    List<EventFact> events = new ArrayList<>(merge(found));
    headerArrest(reading, imprisoned, events).ifPresent(events::add);
    return withKeys(events);
  }

  /** Whether a sentence speaks of the journalist: by name or pronoun, or of "the sentence". */
  private boolean aboutJournalist(Reading reading, Sentence s) {
    return reading.reference().mentions(s.text())
        || caseReferences.stream().anyMatch(p -> p.matcher(s.text()).find());
  }

  /**
   * In a text that speaks of its journalist as "she", "picked him up" is about someone else (her
   * boyfriend), and the reverse: the object pronouns of the gender the text does not use for the
   * journalist, as a pattern over a trigger's words. Empty when the pronouns do not tell.
   */
  private static Optional<String> otherGenderPronoun(Reading reading) {
    long she = 0;
    long he = 0;
    for (Sentence s : reading.sentences()) {
      she += SHE.matcher(s.text()).results().count();
      he += HE.matcher(s.text()).results().count();
    }
    if (she >= 3 && he * 3 <= she) {
      return Optional.of("(?is).*\\b(?:him|his)\\b.*");
    }
    if (he >= 3 && she * 3 <= he) {
      return Optional.of("(?is).*\\b(?:her)\\b.*");
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern SHE =
      java.util.regex.Pattern.compile("\\b(?:[Ss]he|[Hh]er|[Hh]ers)\\b");
  private static final java.util.regex.Pattern HE =
      java.util.regex.Pattern.compile("\\b(?:[Hh]e|[Hh]im|[Hh]is)\\b");

  /**
   * A census's {@code Imprisoned:} date is the arrest, unless an arrest or detention of that day is
   * already told.
   */
  private static Optional<EventFact> headerArrest(
      Reading reading, Optional<String> imprisoned, List<EventFact> events) {
    Optional<FactDate> date =
        imprisoned.flatMap(
            v ->
                DateFinder.find(v).stream()
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

  private EventFact event(
      Reading reading,
      Sentence s,
      Knowledge.Rule rule,
      EventType type,
      int start,
      int end,
      List<DateFinder.DateMention> dates,
      List<RelativeDates.Unresolved> unresolved) {
    Optional<FactDate> date;
    Optional<String> undatedPhrase = Optional.empty();
    if (rule.about().equals("context") || background.test(s.text(), start, end)) {
      date = attachedDate(s.text(), dates, start, end);
    } else {
      Optional<DateFinder.DateMention> nearest =
          dates.stream()
              .filter(DateFinder.DateMention::adverbial)
              .filter(
                  d ->
                      type == EventType.RELEASE
                          || !UNTIL.matcher(s.text().substring(0, d.start())).find())
              .min(Comparator.comparingInt(d -> distance(d.start(), d.end(), start, end)));
      // A relative phrase nearer the trigger than any date ("detained two days later" with no
      // date to count from) dates the event, to a day we cannot state.
      Optional<RelativeDates.Unresolved> phrase =
          unresolved.stream()
              .min(Comparator.comparingInt(u -> distance(u.start(), u.end(), start, end)));
      boolean phraseNearer =
          phrase.isPresent()
              && (nearest.isEmpty()
                  || distance(phrase.get().start(), phrase.get().end(), start, end)
                      < distance(nearest.get().start(), nearest.get().end(), start, end));
      if (phraseNearer) {
        date = Optional.empty();
        undatedPhrase = phrase.map(RelativeDates.Unresolved::text);
      } else {
        date = nearest.map(DateFinder.DateMention::date);
      }
    }
    Optional<String> place =
        (rule.about().equals("context")
                ? attachedPlace(s.text(), reading.hits(s), start, end)
                : reading.hits(s).stream()
                    .filter(
                        h ->
                            (h.kind() == EntityKind.PLACE || h.kind() == EntityKind.FACILITY)
                                && !h.adjectival())
                    .findFirst())
            .map(EntityHit::key);
    EventBehaviour how = behaviour.get(type);
    Optional<String> authority =
        how.actedOnByState()
            ? knowledge.authorityRules().stream()
                .map(r -> r.pattern().matcher(s.text()))
                .filter(Matcher::find)
                .map(m -> common(m.group(), m.start()))
                .findFirst()
            : Optional.empty();
    List<String> charges = how.takesCharges() ? reading.chargeConcepts(s) : List.of();
    Optional<SentenceTerm> term = Optional.empty();
    if (type == EventType.SENTENCING || type == EventType.SENTENCE_CHANGE) {
      term = term(s.text(), type, end);
    }
    StringBuilder detail = new StringBuilder(rule.detail());
    term.ifPresent(t -> detail.append(" to ").append(t.text().replaceFirst("^to ", "")));
    authority.ifPresent(a -> detail.append(" by ").append(a));
    undatedPhrase.ifPresent(p -> detail.append(" (").append(p).append(")"));
    Evidence evidence =
        new Evidence(
            reading.documentId(), s.text(), Optional.of(s.span()), "event-trigger:" + rule.id());
    return new EventFact(
        type.slug(),
        type,
        date,
        place,
        authority,
        charges,
        term,
        detail.toString(),
        reading.attribution(s).main(),
        evidence);
  }

  /**
   * A context event is where its noun says ("the riots in Urumqi", "the Urumqi riots"), not at
   * whatever place its sentence names: "an interview published by a Hong Kong magazine before the
   * unrest" puts no unrest in Hong Kong.
   */
  private static Optional<EntityHit> attachedPlace(
      String sentence, List<EntityHit> hits, int start, int end) {
    return hits.stream()
        .filter(h -> h.kind() == EntityKind.PLACE || h.kind() == EntityKind.FACILITY)
        .filter(
            h -> {
              boolean before =
                  h.end() <= start
                      && sentence.substring(h.end(), start).matches("(?:\\s+\\p{L}+){0,1}\\s*");
              boolean after =
                  h.start() >= end
                      && sentence.substring(end, h.start()).matches("\\s+(?:in|at|across)\\s+");
              return before || after;
            })
        .findFirst();
  }

  /**
   * The first trigger match that is not part of a charge's name: "organizing an illegal
   * demonstration" is a charge, not a demonstration.
   */
  private static boolean findOutsideCharges(Matcher m, List<Reading.ChargeHit> charges) {
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (charges.stream().noneMatch(c -> c.start() < end && start < c.end())) {
        return true;
      }
    }
    return false;
  }

  /** "Police arrested ...": a common noun capitalised only because it opens the sentence. */
  private static String common(String authority, int start) {
    return start == 0 && authority.matches("\\p{Lu}\\p{Ll}+")
        ? authority.toLowerCase(java.util.Locale.ROOT)
        : authority;
  }

  /**
   * A context event (riots, a blackout) is dated only by a date attached to its noun: "the July
   * 2009 riots", "the unrest of July 5, 2009", "demonstrations on July 5, 2009". Any other date of
   * the sentence dates something else (her arrest after the riots).
   */
  private static Optional<FactDate> attachedDate(
      String sentence, List<DateFinder.DateMention> dates, int start, int end) {
    for (DateFinder.DateMention d : dates) {
      boolean before = d.end() <= start && start - d.end() <= 2;
      boolean inside = d.start() >= start && d.end() <= end;
      boolean after =
          d.start() >= end
              && sentence
                  .substring(end, d.start())
                  .matches(",?\\s(?:\\p{L}+\\s)?(?:of|on|in|for)\\s(?:the\\s)?");
      if (before || inside || after) {
        return Optional.of(d.date());
      }
    }
    return Optional.empty();
  }

  /**
   * The term an event set. For a change, the term it was changed to ("reduced ... to 19 years"),
   * else the first term after the trigger. For a sentencing: a term added on top of an earlier one
   * ("a further 20 years"), else the total the text gives ("20 years in all"), else the sum of a
   * list of terms for several charges ("seven years for X, five for Y and one for Z"), else the
   * first term. Ranges, maximum penalties, requests and others' terms never get here ({@link
   * TermFinder}).
   */
  private Optional<SentenceTerm> term(String sentence, EventType type, int triggerEnd) {
    List<TermFinder.TermMention> found = terms.find(sentence);
    if (type == EventType.SENTENCE_CHANGE) {
      Optional<TermFinder.TermMention> target =
          found.stream()
              .filter(t -> sentence.substring(0, t.start()).endsWith("to "))
              .reduce((a, b) -> b);
      if (target.isPresent()) {
        return Optional.of(target.get().term());
      }
      return found.stream()
          .filter(t -> t.start() >= triggerEnd)
          .findFirst()
          .or(() -> found.stream().reduce((a, b) -> b))
          .map(TermFinder.TermMention::term);
    }
    Optional<SentenceTerm> additional =
        found.stream()
            .map(TermFinder.TermMention::term)
            .filter(SentenceTerm::additional)
            .findFirst();
    Optional<SentenceTerm> total =
        found.stream()
            .filter(TermFinder.TermMention::total)
            .findFirst()
            .map(TermFinder.TermMention::term);
    List<SentenceTerm> counts =
        found.stream()
            .filter(TermFinder.TermMention::perCharge)
            .map(TermFinder.TermMention::term)
            .filter(t -> t.kind() == SentenceTerm.Kind.TERM && !t.suspended())
            .toList();
    Optional<SentenceTerm> sum =
        counts.size() >= 2 ? counts.stream().reduce(SentenceTerm::plus) : Optional.empty();
    return additional
        .or(() -> total)
        .or(() -> sum)
        .or(() -> found.stream().findFirst().map(TermFinder.TermMention::term));
  }

  private static List<EventFact> merge(List<EventFact> events) {
    Map<String, List<EventFact>> byGroup = new LinkedHashMap<>();
    events.forEach(e -> byGroup.computeIfAbsent(group(e), t -> new ArrayList<>()).add(e));
    List<EventFact> merged = new ArrayList<>();
    for (List<EventFact> group : byGroup.values()) {
      List<EventFact> dated =
          foldCoarser(sameDateOnce(group.stream().filter(e -> e.date().isPresent()).toList()));
      List<EventFact> undated = group.stream().filter(e -> e.date().isEmpty()).toList();
      if (dated.isEmpty()) {
        Map<EventType, EventFact> onePerType = new LinkedHashMap<>();
        undated.forEach(e -> onePerType.merge(e.type(), e, EventFinder::fill));
        merged.addAll(onePerType.values());
      } else {
        EventFact first = undated.stream().reduce(dated.get(0), EventFinder::fill);
        merged.add(first);
        merged.addAll(dated.subList(1, dated.size()));
      }
    }
    merged.sort(
        Comparator.comparingInt((EventFact e) -> e.evidence().span().map(Span::start).orElse(0)));
    return merged;
  }

  /**
   * Mentions that may tell one happening. An arrest and a detention on one day are one taking into
   * custody told with two verbs; a conviction and a sentencing on one day are one verdict (GOLD.md:
   * "a verdict reported together with its sentence is one sentencing"). "Other" events of different
   * rules are different things (a phone call, a blackout).
   */
  private static String group(EventFact e) {
    return switch (e.type()) {
      case OTHER -> e.evidence().rule();
      case ARREST, DETENTION -> "custody";
      case CONVICTION, SENTENCING -> "verdict";
      default -> e.type().code();
    };
  }

  /** One event per date of a group: the first told, as a sentencing if any mention is one. */
  private static List<EventFact> sameDateOnce(List<EventFact> dated) {
    Map<String, EventFact> byDate = new LinkedHashMap<>();
    for (EventFact e : dated) {
      byDate.merge(
          e.date().orElseThrow().edtf(),
          e,
          (kept, other) ->
              fill(
                  other.type() == EventType.SENTENCING && kept.type() == EventType.CONVICTION
                      ? retype(kept, other)
                      : kept,
                  other));
    }
    return List.copyOf(byDate.values());
  }

  private static EventFact retype(EventFact kept, EventFact as) {
    return new EventFact(
        as.key(),
        as.type(),
        kept.date(),
        kept.place(),
        kept.authority(),
        kept.charges(),
        kept.term().or(as::term),
        as.detail(),
        kept.attribution(),
        kept.evidence());
  }

  /**
   * "Arrested in July 2009" and "arrested on July 14, 2009" are one arrest told twice: a coarser
   * date whose bounds hold a finer one of the same type is folded into it.
   */
  private static List<EventFact> foldCoarser(List<EventFact> dated) {
    List<EventFact> kept = new ArrayList<>(dated);
    for (EventFact coarse : dated) {
      FactDate c = coarse.date().orElseThrow();
      Optional<EventFact> finer =
          kept.stream()
              .filter(e -> e != coarse)
              .filter(
                  e -> {
                    FactDate f = e.date().orElseThrow();
                    boolean inside =
                        !f.earliest().isBefore(c.earliest()) && !f.latest().isAfter(c.latest());
                    long fineSpan = f.latest().toEpochDay() - f.earliest().toEpochDay();
                    long coarseSpan = c.latest().toEpochDay() - c.earliest().toEpochDay();
                    return inside && fineSpan < coarseSpan;
                  })
              .findFirst();
      if (finer.isPresent()) {
        kept.remove(coarse);
        kept.replaceAll(e -> e == finer.get() ? fill(e, coarse) : e);
      }
    }
    return kept;
  }

  private static EventFact fill(EventFact kept, EventFact other) {
    return new EventFact(
        kept.key(),
        kept.type(),
        kept.date(),
        kept.place().or(other::place),
        kept.authority().or(other::authority),
        kept.charges().isEmpty() ? other.charges() : kept.charges(),
        kept.term().or(other::term),
        kept.detail(),
        kept.attribution(),
        kept.evidence());
  }

  /**
   * Keys like {@code arrest-2009-07-14}; a second event with the same type and date gets {@code
   * -2}.
   */
  private static List<EventFact> withKeys(List<EventFact> events) {
    Map<String, Integer> used = new HashMap<>();
    List<EventFact> keyed = new ArrayList<>();
    for (EventFact e : events) {
      String base =
          typeKey(e) + "-" + e.date().map(d -> d.iso().orElse(d.edtf())).orElse("undated");
      int n = used.merge(base, 1, Integer::sum);
      String key = n == 1 ? base : base + "-" + n;
      keyed.add(
          new EventFact(
              key,
              e.type(),
              e.date(),
              e.place(),
              e.authority(),
              e.charges(),
              e.term(),
              e.detail(),
              e.attribution(),
              e.evidence()));
    }
    return keyed;
  }

  /**
   * Other events are keyed by the rule that found them ("site-shut-down"): "other" names nothing.
   */
  private static String typeKey(EventFact e) {
    return e.type() == EventType.OTHER
        ? e.evidence().rule().replaceFirst("^event-trigger:", "")
        : e.type().slug();
  }

  private static int distance(int aStart, int aEnd, int bStart, int bEnd) {
    return aEnd <= bStart ? bStart - aEnd : aStart >= bEnd ? aStart - bEnd : 0;
  }
}
