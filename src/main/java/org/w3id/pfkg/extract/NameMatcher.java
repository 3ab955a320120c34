package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds known names in text: whole words only, longest name first, never two matches over the same
 * characters. Names are compared folded (no case, no diacritics), except acronyms ("AP", "US"),
 * which must match exactly so that the pronoun "us" is not the United States, and the names of
 * case-sensitive entries (the imported world gazetteer), which must be written with the same
 * capitals ("Reading", not "reading") or all in capitals (a dateline's "KASHGAR").
 *
 * <p>Names match whole words only, so the candidates are the folded spans that start and end at a
 * word boundary, looked up in a hash table: the cost of a sentence does not grow with the number of
 * names (tens of thousands with the world gazetteer), and building the table is a fraction of what
 * building an automaton over all names costs, which every short {@code pfkg extract} paid.
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
  private final int longest;

  /**
   * The folded beginnings of the names that end just before a non-word character ("new" and "new
   * york" of "new york city"): a span that ends there and is no such beginning cannot grow into a
   * name, so the scan from its start stops instead of trying every end up to the longest name.
   */
  private final java.util.Set<String> beginnings;

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
    // Longest first, then by text: one plain comparator, as tens of thousands of names are sorted
    // at
    // every start and composed comparators cost several times more before the JIT has warmed up.
    all.sort(
        (a, b) -> {
          int longer = Integer.compare(b.text().length(), a.text().length());
          return longer != 0 ? longer : a.text().compareTo(b.text());
        });
    Map<String, List<Name>> map = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Name n = all.get(i);
      map.computeIfAbsent(Fold.of(n.text()), k -> new ArrayList<>())
          .add(new Name(i, n.key(), n.text(), n.mode()));
    }
    this.byFolded = map;
    this.longest = map.keySet().stream().mapToInt(String::length).max().orElse(0);
    java.util.Set<String> begun = new java.util.HashSet<>();
    for (String folded : map.keySet()) {
      for (int i = 1; i < folded.length(); i++) {
        if (!Fold.isWordChar(folded.charAt(i))) {
          begun.add(folded.substring(0, i));
        }
      }
    }
    this.beginnings = begun;
  }

  /**
   * The matches in {@code text}, skipping characters already {@code taken}, which this marks as
   * taken for the matches it returns. Results are in text order.
   */
  List<Hit> find(String text, boolean[] taken) {
    List<Candidate> candidates = new ArrayList<>();
    String folded = Fold.of(text);
    for (int start = 0; start < text.length(); start++) {
      if (start > 0 && Fold.isWordChar(text.charAt(start - 1))) {
        continue;
      }
      int last = Math.min(text.length(), start + longest);
      for (int end = start + 1; end <= last; end++) {
        if (end < text.length() && Fold.isWordChar(text.charAt(end))) {
          continue;
        }
        String span = folded.substring(start, end);
        List<Name> names = byFolded.get(span);
        // A longer name would go on with this span and then the (folded) character after it.
        boolean grows =
            end == text.length()
                || Fold.isWordChar(folded.charAt(end))
                || beginnings.contains(span);
        if (names == null) {
          if (!grows) {
            break;
          }
          continue;
        }
        for (Name name : names) {
          if (written(name, text.substring(start, end))) {
            candidates.add(new Candidate(name, start, end));
          }
        }
        if (!grows) {
          break;
        }
      }
    }
    // The order of the former name-by-name scan: longest name first, then by name, then by place.
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.name().rank())
            .thenComparingInt(Candidate::start));
    List<Hit> hits = new ArrayList<>();
    for (Candidate c : candidates) {
      if (Taken.free(taken, c.start(), c.end())) {
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
        hits.add(new Hit(c.name().key(), c.start(), c.end()));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** Every key with a name that folds like {@code name}, in the order the matcher tries them. */
  List<String> keysNamed(String name) {
    return byFolded.getOrDefault(Fold.of(name), List.of()).stream()
        .sorted(Comparator.comparingInt(Name::rank))
        .map(Name::key)
        .distinct()
        .toList();
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

  private static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() <= 5 && letters.chars().allMatch(Character::isUpperCase);
  }
}
