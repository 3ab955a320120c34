package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.Span;

/**
 * Folds the mentions of one happening into one event: undated mentions of a type that also has a
 * dated event go into the first dated one (the same event retold), giving it a place or authority
 * it lacked; then each event gets its key. The event keeps the provenance of its first telling; a
 * term or place read from another telling keeps that telling's ({@link EventFact#termProvenance}).
 */
final class EventMerge {
  private EventMerge() {}

  /**
   * @param repeated words that tell a dated happening as a repetition of an earlier one of its kind
   *     ({@code data/rules/repeat-words.txt})
   */
  static List<EventFact> merge(List<EventFact> events, Pattern repeated) {
    Map<String, List<EventFact>> byGroup = new LinkedHashMap<>();
    events.forEach(e -> byGroup.computeIfAbsent(group(e), t -> new ArrayList<>()).add(e));
    List<EventFact> merged = new ArrayList<>();
    for (List<EventFact> group : byGroup.values()) {
      List<EventFact> dated =
          foldCoarser(sameDateOnce(group.stream().filter(e -> e.date().isPresent()).toList()));
      List<EventFact> undated = group.stream().filter(e -> e.date().isEmpty()).toList();
      if (dated.isEmpty()) {
        merged.addAll(onePerType(undated));
      } else if (repeated.matcher(dated.get(0).evidence().quote()).find()) {
        // "seized again in 2022": the dated event is a second happening, so an undated mention
        // (the first arrest, "a few days after the unrest") is not it retold.
        merged.addAll(onePerType(undated));
        merged.addAll(dated);
      } else {
        EventFact first = undated.stream().reduce(dated.get(0), EventMerge::fill);
        merged.add(first);
        merged.addAll(dated.subList(1, dated.size()));
      }
    }
    merged.sort(
        Comparator.comparingInt((EventFact e) -> e.evidence().span().map(Span::start).orElse(0)));
    return merged;
  }

  /** Undated tellings of one happening, one event per type, each filled from the others. */
  private static java.util.Collection<EventFact> onePerType(List<EventFact> undated) {
    Map<EventType, EventFact> onePerType = new LinkedHashMap<>();
    undated.forEach(e -> onePerType.merge(e.type(), e, EventMerge::fill));
    return onePerType.values();
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
        kept.evidence(),
        kept.term().isPresent() ? kept.termProvenance() : as.termProvenance(),
        kept.placeProvenance());
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
    boolean placeRejected = placeRejectedInSameSentence(kept, other);
    return new EventFact(
        kept.key(),
        kept.type(),
        kept.date(),
        placeRejected ? kept.place() : kept.place().or(other::place),
        kept.authority().or(other::authority),
        kept.charges().isEmpty() ? other.charges() : kept.charges(),
        kept.term().or(other::term),
        kept.detail(),
        kept.attribution(),
        kept.evidence(),
        // A term or place taken from another telling keeps that telling's source, not the event's.
        kept.term().isPresent() ? kept.termProvenance() : other.termProvenance(),
        kept.place().isPresent() || placeRejected
            ? kept.placeProvenance()
            : other.placeProvenance());
  }

  /**
   * Whether the kept event's own reading of the sentence both were told in already turned down the
   * other's place: "arrested her on May 3 and held her in Zhodino prison" is an arrest and a
   * detention of one day, and the prison where she was held is no place of the arrest.
   */
  private static boolean placeRejectedInSameSentence(EventFact kept, EventFact other) {
    return kept.place().isEmpty()
        && !EventFinder.takesPlaceOfHolding(kept.type())
        && kept.evidence().documentId().equals(other.evidence().documentId())
        && kept.evidence().span().isPresent()
        && kept.evidence().span().equals(other.evidence().span());
  }

  /**
   * Keys like {@code arrest-2009-07-14}; a second event with the same type and date gets {@code
   * -2}.
   */
  static List<EventFact> withKeys(List<EventFact> events) {
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
              e.evidence(),
              e.termProvenance(),
              e.placeProvenance()));
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
}
