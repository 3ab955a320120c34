package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.ChargeStatus;

/**
 * Merges the wordings of one charge across a document, as GOLD.md asks ("a charge worded one way at
 * arrest and another way at trial is one charge"): wordings that name the same vocabulary concept
 * are one charge; a wording the vocabulary does not know joins another charge when its words
 * (stemmed) are among that charge's ("the incitement charge", "being an organizer of
 * demonstrations") or share at least half of them. Two vocabulary concepts are never merged. Each
 * charge is named by its most direct and fullest wording.
 */
final class ChargeVariants {
  private static final Set<String> NOT_CONTENT =
      Set.of("and", "or", "being", "having", "been", "be", "also", "allegedly", "charge", "count");

  /**
   * The charges of a document.
   *
   * @param hits per sentence, each wording with the concept of its merged charge
   * @param charges each merged charge by concept, in order of first mention
   */
  record Result(List<List<Reading.ChargeHit>> hits, Map<String, Charge> charges) {}

  /** A merged charge: its name, where it stands, and the wording the name comes from. */
  record Charge(String concept, String text, ChargeStatus status, int sentence) {}

  private static final class Group {
    String concept;
    boolean known;
    final List<ChargeWording> members = new ArrayList<>();
    final List<Integer> sentences = new ArrayList<>();
    final Set<String> stems = new HashSet<>();
    final List<Set<String>> wordings = new ArrayList<>();

    Group(String concept, boolean known) {
      this.concept = concept;
      this.known = known;
    }

    void add(ChargeWording w, int sentence) {
      members.add(w);
      sentences.add(sentence);
      stems.addAll(stems(w.text()));
      wordings.add(stems(w.text()));
    }

    /**
     * Whether a wording of this charge and one of the other are variants of each other. Items of
     * one list never are: "convicted of rape and attempted rape" names two charges.
     */
    boolean variantOf(Group other) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = 0; j < other.members.size(); j++) {
          if (sentences.get(i).equals(other.sentences.get(j))
              && members.get(i).rule().equals(other.members.get(j).rule())) {
            return false;
          }
        }
      }
      return wordings.stream().anyMatch(a -> other.wordings.stream().anyMatch(b -> variant(a, b)));
    }
  }

  private ChargeVariants() {}

  static Result merge(List<List<ChargeWording>> found, ChargeVocabulary vocabulary) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      for (ChargeWording w : found.get(i)) {
        String concept = w.concept().orElseGet(() -> vocabulary.conceptOrNew(w.text()));
        groups.computeIfAbsent(concept, c -> new Group(c, w.concept().isPresent())).add(w, i);
      }
    }
    Map<String, String> into = new LinkedHashMap<>();
    List<Group> bySize =
        groups.values().stream()
            .sorted(Comparator.comparingInt((Group g) -> g.stems.size()))
            .toList();
    Set<Group> gone = new HashSet<>();
    for (Group small : bySize) {
      Group target = null;
      for (Group other : groups.values()) {
        if (other == small || gone.contains(other) || small.known && other.known) {
          continue;
        }
        if (small.variantOf(other) && (target == null || other.known && !target.known)) {
          target = other;
        }
      }
      if (target != null) {
        gone.add(small);
        // The vocabulary's concept names the merged charge when one of the two has it.
        String old = target.concept;
        String concept = target.known || !small.known ? old : small.concept;
        for (int k = 0; k < small.members.size(); k++) {
          target.add(small.members.get(k), small.sentences.get(k));
        }
        target.concept = concept;
        target.known = target.known || small.known;
        if (!small.concept.equals(concept)) {
          into.put(small.concept, concept);
        }
        if (!old.equals(concept)) {
          into.put(old, concept);
        }
      }
    }
    Map<String, Group> kept = new LinkedHashMap<>();
    groups.values().stream().filter(g -> !gone.contains(g)).forEach(g -> kept.put(g.concept, g));
    Map<String, String> canonical = new LinkedHashMap<>();
    groups.forEach((c, g) -> canonical.put(c, resolve(c, into, kept)));
    List<List<Reading.ChargeHit>> hits = new ArrayList<>();
    for (List<ChargeWording> sentence : found) {
      hits.add(
          sentence.stream()
              .map(
                  w -> {
                    String c = w.concept().orElseGet(() -> vocabulary.conceptOrNew(w.text()));
                    // A dated happening named in a charge stays free for the event finder.
                    int end = w.dated() ? w.start() + w.text().indexOf(' ') + 1 : w.end();
                    return new Reading.ChargeHit(
                        canonical.get(c),
                        w.text(),
                        w.start(),
                        Math.max(w.start() + 1, Math.min(end, w.end())),
                        w.status(),
                        w.rule());
                  })
              .toList());
    }
    Map<String, Charge> charges = new LinkedHashMap<>();
    kept.values().stream()
        .sorted(
            Comparator.comparingInt(
                (Group g) -> g.sentences.stream().min(Integer::compare).orElse(0)))
        .forEach(g -> charges.put(g.concept, charge(g, vocabulary)));
    return new Result(hits, charges);
  }

  private static String resolve(String concept, Map<String, String> into, Map<String, Group> kept) {
    String c = concept;
    for (int guard = 0; into.containsKey(c) && guard < 100; guard++) {
      c = into.get(c);
    }
    return kept.containsKey(c) ? c : concept;
  }

  /**
   * The charge named by its most direct wording; among those, one of its concept's labels, else the
   * fullest.
   */
  private static Charge charge(Group g, ChargeVocabulary vocabulary) {
    Comparator<ChargeWording> order =
        Comparator.comparing(ChargeWording::rank)
            .thenComparing((ChargeWording w) -> !vocabulary.labelOf(g.concept, w.text()))
            .thenComparing(w -> -stems(w.text()).size());
    int best = 0;
    for (int i = 1; i < g.members.size(); i++) {
      if (order.compare(g.members.get(i), g.members.get(best)) < 0) {
        best = i;
      }
    }
    // A charge dropped or ended in acquittal stays so: such news comes after the charge.
    ChargeStatus status =
        g.members.stream()
            .map(ChargeWording::status)
            .filter(s -> s != ChargeStatus.BROUGHT)
            .reduce((a, b) -> b)
            .orElse(ChargeStatus.BROUGHT);
    return new Charge(g.concept, g.members.get(best).text(), status, g.sentences.get(best));
  }

  /** Whether a wording is a variant of another: its stems among the other's, or half shared. */
  static boolean variant(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (b.containsAll(a) || a.containsAll(b)) {
      return true;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return common.size() >= 2 && 2 * common.size() >= Math.max(a.size(), b.size());
  }

  static Set<String> stems(String text) {
    return Arrays.stream(ChargeVocabulary.key(text).split(" "))
        .filter(w -> !w.isEmpty() && !NOT_CONTENT.contains(w))
        .map(ChargeVariants::stem)
        .collect(Collectors.toSet());
  }

  private static String stem(String w) {
    for (String suffix :
        List.of("ation", "ious", "ings", "ing", "ers", "er", "ion", "ment", "ed", "es")) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String s = w.substring(0, w.length() - suffix.length());
        return s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
      }
    }
    return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }
}
