package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
  private static final Set<EventType> WITH_CHARGES =
      EnumSet.of(
          EventType.ARREST,
          EventType.DETENTION,
          EventType.CHARGE,
          EventType.TRIAL,
          EventType.CONVICTION,
          EventType.SENTENCING);

  /** Events a state body does; a riot or an unanswered inquiry has no acting authority. */
  /** Events a hedge ("could not confirm", "unconfirmed") keeps from being stated as facts. */
  private static final Set<EventType> HEDGEABLE =
      EnumSet.of(EventType.RELEASE, EventType.DEATH, EventType.DISAPPEARANCE, EventType.TRANSFER);

  private static final Set<EventType> ACTED_ON_BY_STATE =
      EnumSet.complementOf(
          EnumSet.of(
              EventType.PROTEST_OR_RIOT,
              EventType.CONTACT_ATTEMPT,
              EventType.DEATH,
              EventType.DISAPPEARANCE));

  private final Knowledge knowledge;
  private final TermFinder terms;

  EventFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.terms = TermFinder.load(knowledge.rulesDir());
  }

  List<EventFact> find(Reading reading) {
    List<EventFact> found = new ArrayList<>();
    Optional<LocalDate> lastDate = Optional.empty();
    for (Sentence s : reading.sentences()) {
      Optional<LocalDate> previous = lastDate;
      Optional<LocalDate> reference = reading.dateline().or(() -> previous);
      List<DateFinder.DateMention> dates = DateFinder.find(s.text(), reference);
      boolean hedged =
          knowledge.hedgeRules().stream().anyMatch(h -> h.pattern().matcher(s.text()).find());
      Set<String> seen = new java.util.HashSet<>();
      for (Knowledge.Rule rule : knowledge.eventRules()) {
        EventType type = EventType.fromCode(rule.value()).orElseThrow();
        if (rule.about().equals("journalist") && !reading.reference().mentions(s.text())) {
          continue;
        }
        if (hedged && HEDGEABLE.contains(type)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s.text());
        while (findOutsideCharges(m, reading.charges(s))) {
          EventFact event = event(reading, s, rule, type, m.start(), m.end(), dates);
          // One event per type and date in a sentence: "tried and sentenced on X" is two events,
          // "arrested ... arrested" on one date is one.
          String typeAndDate = type + "@" + event.date().map(FactDate::edtf).orElse("");
          if (seen.add(typeAndDate)) {
            found.add(event);
          }
        }
      }
      lastDate =
          dates.stream()
              .filter(
                  d ->
                      d.date().precision() == DatePrecision.DAY
                          || d.date().precision() == DatePrecision.MONTH)
              .reduce((a, b) -> b)
              .map(d -> d.date().earliest())
              .or(() -> previous);
    }
    return withKeys(merge(found));
  }

  private EventFact event(
      Reading reading,
      Sentence s,
      Knowledge.Rule rule,
      EventType type,
      int start,
      int end,
      List<DateFinder.DateMention> dates) {
    Optional<FactDate> date =
        rule.about().equals("context")
            ? attachedDate(s.text(), dates, start, end)
            : dates.stream()
                .filter(DateFinder.DateMention::adverbial)
                .min(Comparator.comparingInt(d -> distance(d.start(), d.end(), start, end)))
                .map(DateFinder.DateMention::date);
    Optional<String> place =
        reading.hits(s).stream()
            .filter(
                h ->
                    (h.kind() == EntityKind.PLACE || h.kind() == EntityKind.FACILITY)
                        && !h.adjectival())
            .map(EntityHit::key)
            .findFirst();
    Optional<String> authority =
        ACTED_ON_BY_STATE.contains(type)
            ? knowledge.authorityRules().stream()
                .map(r -> r.pattern().matcher(s.text()))
                .filter(Matcher::find)
                .map(m -> common(m.group(), m.start()))
                .findFirst()
            : Optional.empty();
    List<String> charges = WITH_CHARGES.contains(type) ? reading.chargeConcepts(s) : List.of();
    Optional<SentenceTerm> term = Optional.empty();
    if (type == EventType.SENTENCING || type == EventType.SENTENCE_CHANGE) {
      term = term(s.text(), type, end);
    }
    StringBuilder detail = new StringBuilder(rule.detail());
    term.ifPresent(t -> detail.append(" to ").append(t.text().replaceFirst("^to ", "")));
    authority.ifPresent(a -> detail.append(" by ").append(a));
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
                  .matches("\\s(?:\\p{L}+\\s)?(?:of|on|in|for)\\s(?:the\\s)?");
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
    // "Other" events of different rules are different things (a phone call, a blackout): merge
    // those only with mentions made by the same rule.
    Map<String, List<EventFact>> byType = new LinkedHashMap<>();
    events.forEach(
        e ->
            byType
                .computeIfAbsent(
                    e.type() == EventType.OTHER ? e.evidence().rule() : e.type().code(),
                    t -> new ArrayList<>())
                .add(e));
    List<EventFact> merged = new ArrayList<>();
    for (List<EventFact> sameType : byType.values()) {
      List<EventFact> dated =
          foldCoarser(sameType.stream().filter(e -> e.date().isPresent()).toList());
      List<EventFact> undated = sameType.stream().filter(e -> e.date().isEmpty()).toList();
      if (dated.isEmpty()) {
        merged.add(undated.stream().reduce(EventFinder::fill).orElseThrow());
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
