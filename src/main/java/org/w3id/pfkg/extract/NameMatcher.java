package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds known names in text: whole words only, longest name first, never two matches over the same
 * characters. Names are compared folded (no case, no diacritics), except acronyms ("AP", "US"),
 * which must match exactly so that the pronoun "us" is not the United States, and the names of
 * case-sensitive entries (the imported world gazetteer), which must be written with the same
 * capitals ("Reading", not "reading") or all in capitals (a dateline's "KASHGAR").
 *
 * <p>One Aho–Corasick pass over the folded text finds every candidate, so the cost of a sentence
 * does not grow with the number of names (tens of thousands with the world gazetteer).
 */
final class NameMatcher {
  /** A name found: which entry, and where. */
  record Hit(String key, int start, int end) {}

  private enum Mode {
    FOLDED,
    EXACT,
    CAPITALISED
  }

  private record Name(int rank, String key, String text, Mode mode) {}

  private record Candidate(Name name, int start, int end) {}

  private final Map<String, List<Name>> byFolded;
  private final Trie trie;

  /**
   * @param namesByKey every key with its names (preferred name first)
   */
  NameMatcher(Map<String, List<String>> namesByKey) {
    this(namesByKey, key -> false);
  }

  /**
   * @param namesByKey every key with its names (preferred name first)
   * @param caseSensitive the keys whose names must match with their capitals
   */
  NameMatcher(Map<String, List<String>> namesByKey, Predicate<String> caseSensitive) {
    List<Name> all = new ArrayList<>();
    namesByKey.forEach(
        (key, list) -> {
          for (String n : list) {
            if (!n.isBlank()) {
              Mode mode =
                  isAcronym(n)
                      ? Mode.EXACT
                      : caseSensitive.test(key) ? Mode.CAPITALISED : Mode.FOLDED;
              all.add(new Name(0, key, n, mode));
            }
          }
        });
    all.sort(Comparator.comparingInt((Name n) -> -n.text().length()).thenComparing(Name::text));
    Map<String, List<Name>> map = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Name n = all.get(i);
      map.computeIfAbsent(Fold.of(n.text()), k -> new ArrayList<>())
          .add(new Name(i, n.key(), n.text(), n.mode()));
    }
    this.byFolded = map;
    this.trie = Trie.builder().addKeywords(map.keySet()).build();
  }

  /**
   * The matches in {@code text}, skipping characters already {@code taken}, which this marks as
   * taken for the matches it returns. Results are in text order.
   */
  List<Hit> find(String text, boolean[] taken) {
    List<Candidate> candidates = new ArrayList<>();
    for (Emit emit : trie.parseText(Fold.of(text))) {
      int start = emit.getStart();
      int end = emit.getEnd() + 1;
      if (!wholeWord(text, start, end)) {
        continue;
      }
      for (Name name : byFolded.get(emit.getKeyword())) {
        if (written(name, text.substring(start, end))) {
          candidates.add(new Candidate(name, start, end));
        }
      }
    }
    // The order of the former name-by-name scan: longest name first, then by name, then by place.
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.name().rank())
            .thenComparingInt(Candidate::start));
    List<Hit> hits = new ArrayList<>();
    for (Candidate c : candidates) {
      if (free(taken, c.start(), c.end())) {
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
        hits.add(new Hit(c.name().key(), c.start(), c.end()));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** Whether the text spells the name as its mode requires; folded forms already agree. */
  private static boolean written(Name name, String span) {
    return switch (name.mode()) {
      case FOLDED -> true;
      case EXACT -> span.equals(name.text());
      case CAPITALISED -> sameCapitals(name.text(), span) || allCapitals(span);
    };
  }

  private static boolean sameCapitals(String name, String span) {
    for (int i = 0; i < span.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) != Character.isUpperCase(span.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(String span) {
    return span.length() >= 4 && span.chars().noneMatch(Character::isLowerCase);
  }

  private static boolean wholeWord(String text, int start, int end) {
    boolean before = start == 0 || !Fold.isWordChar(text.charAt(start - 1));
    boolean after = end == text.length() || !Fold.isWordChar(text.charAt(end));
    return before && after;
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() <= 5 && letters.chars().allMatch(Character::isUpperCase);
  }
}
