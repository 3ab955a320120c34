package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds known names in text: whole words only, longest name first, never two matches over the same
 * characters. Names are compared folded (no case, no diacritics), except acronyms ("AP", "US"),
 * which must match exactly so that the pronoun "us" is not the United States.
 */
final class NameMatcher {
  /** A name found: which entry, and where. */
  record Hit(String key, int start, int end) {}

  private record Name(String key, String text, String folded, boolean exact) {}

  private final List<Name> names;

  /**
   * @param namesByKey every key with its names (preferred name first)
   */
  NameMatcher(Map<String, List<String>> namesByKey) {
    List<Name> all = new ArrayList<>();
    namesByKey.forEach(
        (key, list) -> {
          for (String n : list) {
            if (!n.isBlank()) {
              all.add(new Name(key, n, Fold.of(n), isAcronym(n)));
            }
          }
        });
    all.sort(Comparator.comparingInt((Name n) -> -n.text().length()).thenComparing(Name::text));
    this.names = List.copyOf(all);
  }

  /**
   * The matches in {@code text}, skipping characters already {@code taken}, which this marks as
   * taken for the matches it returns. Results are in text order.
   */
  List<Hit> find(String text, boolean[] taken) {
    String folded = Fold.of(text);
    List<Hit> hits = new ArrayList<>();
    for (Name name : names) {
      String haystack = name.exact() ? text : folded;
      String needle = name.exact() ? name.text() : name.folded();
      int from = 0;
      for (int at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, from)) {
        int end = at + needle.length();
        from = at + 1;
        if (wholeWord(text, at, end) && free(taken, at, end)) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          hits.add(new Hit(name.key(), at, end));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
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
