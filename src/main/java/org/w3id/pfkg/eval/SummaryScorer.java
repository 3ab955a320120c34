package org.w3id.pfkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores extraction summaries against gold summaries (both in the shape of GOLD.md), slot by slot,
 * with the matching rules of GOLD.md. Accumulates over cases; {@link #scores()} gives the totals.
 */
public final class SummaryScorer {
  /** The slots of GOLD.md, in its order. */
  public static final List<String> SLOTS =
      List.of(
          "journalist name",
          "gender",
          "outlets",
          "places",
          "charges",
          "dated events",
          "latest sentence",
          "detention place",
          "people",
          "sources",
          "other organisations");

  private static final Set<Set<String>> COMPATIBLE_TYPES =
      Set.of(Set.of("arrest", "detention"), Set.of("conviction", "sentencing"));

  private final Map<String, SlotScore> scores = new LinkedHashMap<>();
  private final List<Difference> differences = new ArrayList<>();
  private String document = "";

  public SummaryScorer() {
    SLOTS.forEach(s -> scores.put(s, new SlotScore(s, 0, 0, 0)));
  }

  /** Adds one case: its predicted summary against its gold summary. */
  public void add(JsonNode predicted, JsonNode gold) {
    add("", predicted, gold);
  }

  /** Adds one named case, so that its {@link #differences()} say which document they are from. */
  public void add(String document, JsonNode predicted, JsonNode gold) {
    this.document = document;
    single(
        "journalist name",
        predicted.at("/journalist/name"),
        gold.at("/journalist/name"),
        TextMatch::matches);
    single(
        "gender",
        predicted.at("/journalist/gender"),
        gold.at("/journalist/gender"),
        String::equalsIgnoreCase);
    strings("outlets", predicted.get("outlets"), gold.get("outlets"), Function.identity());
    strings("places", predicted.get("places"), gold.get("places"), Function.identity());
    strings("charges", predicted.get("charges"), gold.get("charges"), Function.identity());
    list(
        "dated events",
        dated(predicted.get("events")),
        dated(gold.get("events")),
        SummaryScorer::sameEvent,
        SummaryScorer::showEvent);
    single(
        "latest sentence",
        predicted.at("/sentence/latest_known"),
        gold.at("/sentence/latest_known"),
        String::equalsIgnoreCase);
    single(
        "detention place",
        predicted.get("detention_place"),
        gold.get("detention_place"),
        TextMatch::matches);
    objects("people", predicted.get("people"), gold.get("people"), "name");
    objects("sources", predicted.get("sources"), gold.get("sources"), "who");
    strings(
        "other organisations",
        predicted.get("other_organizations_mentioned"),
        gold.get("other_organizations_mentioned"),
        Function.identity());
  }

  public List<SlotScore> scores() {
    return List.copyOf(scores.values());
  }

  /** Every gold item left unmatched and every predicted item matched to none, in case order. */
  public List<Difference> differences() {
    return List.copyOf(differences);
  }

  /** The headline figure: the mean F1 of the slots that have any item in gold or prediction. */
  public double macroF1() {
    return scores.values().stream()
        .map(SlotScore::f1)
        .filter(f -> f.isPresent())
        .mapToDouble(f -> f.getAsDouble())
        .average()
        .orElse(0);
  }

  private static boolean sameEvent(JsonNode p, JsonNode g) {
    if (!p.get("date").asText().equals(g.get("date").asText())) {
      return false;
    }
    String a = p.path("type").asText();
    String b = g.path("type").asText();
    return a.equals(b) || COMPATIBLE_TYPES.contains(Set.of(a, b));
  }

  private static String showEvent(JsonNode e) {
    return e.path("type").asText()
        + " "
        + e.path("date").asText()
        + (e.hasNonNull("date_text") ? " (" + e.get("date_text").asText() + ")" : "");
  }

  /**
   * The events GOLD.md scores: dated ones whose type is not {@code other} ("other" names no kind of
   * happening, so two of them cannot be said to be the same event).
   */
  private static List<JsonNode> dated(JsonNode events) {
    List<JsonNode> out = new ArrayList<>();
    if (events != null) {
      events.forEach(
          e -> {
            if (e.hasNonNull("date")
                && !e.get("date").asText().isBlank()
                && !e.path("type").asText().equals("other")) {
              out.add(e);
            }
          });
    }
    return out;
  }

  private void single(String slot, JsonNode p, JsonNode g, BiPredicate<String, String> match) {
    boolean hasP = p != null && !p.isMissingNode() && !p.isNull() && !p.asText().isBlank();
    boolean hasG = g != null && !g.isMissingNode() && !g.isNull() && !g.asText().isBlank();
    int m = hasP && hasG && match.test(p.asText(), g.asText()) ? 1 : 0;
    if (m == 0 && hasP) {
      differences.add(new Difference(document, slot, Difference.Kind.SPURIOUS, p.asText()));
    }
    if (m == 0 && hasG) {
      differences.add(new Difference(document, slot, Difference.Kind.MISSED, g.asText()));
    }
    scores.computeIfPresent(slot, (k, s) -> s.plus(m, hasP ? 1 : 0, hasG ? 1 : 0));
  }

  private void strings(String slot, JsonNode p, JsonNode g, Function<String, String> key) {
    list(
        slot,
        texts(p),
        texts(g),
        (a, b) -> TextMatch.matches(key.apply(a), key.apply(b)),
        String::valueOf);
  }

  private void objects(String slot, JsonNode p, JsonNode g, String field) {
    List<String> ps = new ArrayList<>();
    List<String> gs = new ArrayList<>();
    if (p != null) {
      p.forEach(n -> ps.add(n.path(field).asText()));
    }
    if (g != null) {
      g.forEach(n -> gs.add(n.path(field).asText()));
    }
    list(slot, ps, gs, TextMatch::matches, String::valueOf);
  }

  private <T> void list(
      String slot, List<T> p, List<T> g, BiPredicate<T, T> match, Function<T, String> show) {
    int[] goldTakenBy = Matching.goldTakenBy(p, g, match);
    boolean[] predictedMatched = new boolean[p.size()];
    int m = 0;
    for (int i = 0; i < goldTakenBy.length; i++) {
      if (goldTakenBy[i] >= 0) {
        predictedMatched[goldTakenBy[i]] = true;
        m++;
      } else {
        differences.add(
            new Difference(document, slot, Difference.Kind.MISSED, show.apply(g.get(i))));
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (!predictedMatched[i]) {
        differences.add(
            new Difference(document, slot, Difference.Kind.SPURIOUS, show.apply(p.get(i))));
      }
    }
    int matched = m;
    scores.computeIfPresent(slot, (k, s) -> s.plus(matched, p.size(), g.size()));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
