package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.EntityKind;

/**
 * Recognises organisations and news media that no list names, by the shape of their names: a
 * capitalised phrase with a head word ("Supreme Court", "Ministry of the Interior", "Radio Free
 * Asia"; the heads are data, {@code name-heads.tsv}), or a capitalised phrase that an acronym in
 * brackets spells out ("Coastal Revenue Squad (CRS)"). A lone head ("the Court", "Police") is a
 * generic reference, not a name.
 */
final class OrganisationShapes {
  /** A name found: its kind, where it stands (acronym included) and the acronym, if defined. */
  record Shape(EntityKind kind, String name, int start, int end, Optional<String> acronym) {}

  private static final Pattern ACRONYM =
      Pattern.compile("^\\s\\((?<acr>\\p{Lu}[\\p{Lu}\\p{N}&/-]{1,9})\\)");

  private final Map<String, String> heads;
  private final Set<String> notNameWords;
  private final Predicate<String> isPlace;

  /**
   * @param heads head word to kind ({@code organization}, {@code outlet} or {@code none})
   * @param notNameWords capitalised words that open no name (folded)
   * @param isPlace whether a phrase is the name of a known place or a platform ("Gaza Strip",
   *     "Democratic Republic of the Congo (DRC)" are no organisations)
   */
  OrganisationShapes(
      Map<String, String> heads, Set<String> notNameWords, Predicate<String> isPlace) {
    this.heads = heads;
    this.notNameWords = notNameWords;
    this.isPlace = isPlace;
  }

  List<Shape> find(String sentence) {
    List<Shape> shapes = new ArrayList<>();
    for (CapitalisedPhrases.Phrase phrase : CapitalisedPhrases.find(sentence)) {
      for (CapitalisedPhrases.Phrase segment : segments(phrase)) {
        judge(sentence, segment).ifPresent(shapes::add);
      }
    }
    return shapes;
  }

  /** The head word's kind, or null when the word is no head. */
  String headKind(String word) {
    return heads.get(word);
  }

  private Optional<Shape> judge(String sentence, CapitalisedPhrases.Phrase segment) {
    List<CapitalisedPhrases.Word> words = segment.words();
    Matcher acr = ACRONYM.matcher(sentence.substring(segment.end()));
    Optional<String> acronym = acr.find() ? Optional.of(acr.group("acr")) : Optional.empty();
    int head = lastHead(words);
    String kind = head < 0 ? null : heads.get(words.get(head).text());
    if (head >= 0 && !"none".equals(kind)) {
      // The name ends at its head, unless "of ..." or "for ..." follows it (up to a month or
      // another word that opens no name: "the Tallow City Court on March 3"); a medium's head
      // may open its name ("Radio Free Asia").
      int to = head + 1;
      if (kind.equals("outlet")
          || (to < words.size() && CapitalisedPhrases.CONNECTORS.contains(words.get(to).text()))) {
        int end = to;
        while (end < words.size()
            && !(words.get(end).capitalised()
                && notNameWords.contains(words.get(end).text().toLowerCase(Locale.ROOT)))) {
          end++;
        }
        to = end;
        while (to > head + 1 && !words.get(to - 1).capitalised() && !words.get(to - 1).number()) {
          to--;
        }
      }
      CapitalisedPhrases.Phrase name = segment.sub(0, to);
      if (contentWords(name.words()) < 2 || isPlace.test(name.text(sentence))) {
        return Optional.empty();
      }
      Optional<String> own = to == words.size() ? acronym : Optional.empty();
      // A medium's head anywhere makes a news medium ("Lumen TV Network", "Northern Press Agency"),
      // which is an organisation of the case unless the text links it to the journalist.
      boolean media = name.words().stream().anyMatch(w -> "outlet".equals(heads.get(w.text())));
      EntityKind k = media ? EntityKind.OUTLET : EntityKind.ORGANIZATION;
      return Optional.of(shape(sentence, k, name, own));
    }
    if (head < 0
        && acronym.isPresent()
        && contentWords(words) >= 2
        && spells(acronym.get(), words)
        && !isPlace.test(segment.text(sentence))) {
      return Optional.of(shape(sentence, EntityKind.ORGANIZATION, segment, acronym));
    }
    return Optional.empty();
  }

  private static Shape shape(
      String sentence, EntityKind kind, CapitalisedPhrases.Phrase name, Optional<String> acronym) {
    int end = name.end() + acronym.map(a -> a.length() + 3).orElse(0);
    return new Shape(kind, sentence.substring(name.start(), end), name.start(), end, acronym);
  }

  /**
   * A phrase cut into the names it holds: leading function words, months and possessive places
   * dropped ("Hanoi's People's Court" is the People's Court of Hanoi); split at "and" when a
   * complete name stands before it ("the Interior Ministry and the Supreme Court"); and a title
   * before "of" dropped ("President of the Supreme Court").
   */
  List<CapitalisedPhrases.Phrase> segments(CapitalisedPhrases.Phrase phrase) {
    List<CapitalisedPhrases.Phrase> out = new ArrayList<>();
    List<CapitalisedPhrases.Word> words = phrase.words();
    int from = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).text().equals("and") && lastHead(words.subList(from, i)) >= 0) {
        trimmed(phrase.sub(from, i)).ifPresent(out::add);
        from = i + 1;
      }
    }
    trimmed(phrase.sub(from, words.size())).ifPresent(out::add);
    return out;
  }

  private Optional<CapitalisedPhrases.Phrase> trimmed(CapitalisedPhrases.Phrase p) {
    List<CapitalisedPhrases.Word> words = p.words();
    int from = 0;
    while (from < words.size() && opensNoName(words, from)) {
      from++;
    }
    int of = -1;
    for (int i = from; i < words.size(); i++) {
      if (words.get(i).text().equals("of")) {
        of = i;
        break;
      }
    }
    if (of > from && lastHead(words.subList(from, of)) < 0) {
      from = of + 1;
      while (from < words.size() && opensNoName(words, from)) {
        from++;
      }
    }
    int to = words.size();
    while (to > from && !words.get(to - 1).capitalised() && !words.get(to - 1).number()) {
      to--;
    }
    return from < to ? Optional.of(p.sub(from, to)) : Optional.empty();
  }

  private boolean opensNoName(List<CapitalisedPhrases.Word> words, int i) {
    String w = words.get(i).text();
    if (!words.get(i).capitalised() || notNameWords.contains(w.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // A possessive before the rest of a name: "Hanoi's" in "Hanoi's People's Court".
    boolean possessive = w.endsWith("'s") || w.endsWith("’s");
    return possessive && i + 2 < words.size() && lastHead(words.subList(i + 1, words.size())) >= 0;
  }

  private int lastHead(List<CapitalisedPhrases.Word> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (heads.containsKey(words.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  private static int contentWords(List<CapitalisedPhrases.Word> words) {
    return (int) words.stream().filter(w -> w.capitalised() || w.number()).count();
  }

  /**
   * Whether an acronym spells the initials of a phrase's capitalised words, in order, each
   * hyphenated part counting ("Anti-Fraud" gives A and F), with small words skippable.
   */
  static boolean spells(String acronym, List<CapitalisedPhrases.Word> words) {
    List<Character> initials = new ArrayList<>();
    List<Boolean> optional = new ArrayList<>();
    for (CapitalisedPhrases.Word w : words) {
      boolean small = !w.capitalised();
      for (String part : w.text().split("-")) {
        if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
          initials.add(Character.toUpperCase(part.charAt(0)));
          optional.add(small || !Character.isUpperCase(part.charAt(0)));
        }
      }
    }
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    return letters.length() >= 2 && matches(letters, 0, initials, optional, 0);
  }

  private static boolean matches(
      String letters, int li, List<Character> initials, List<Boolean> optional, int ii) {
    if (li == letters.length()) {
      for (int k = ii; k < initials.size(); k++) {
        if (!optional.get(k)) {
          return false;
        }
      }
      return true;
    }
    if (ii == initials.size()) {
      return false;
    }
    if (initials.get(ii) == letters.charAt(li)
        && matches(letters, li + 1, initials, optional, ii + 1)) {
      return true;
    }
    return optional.get(ii) && matches(letters, li, initials, optional, ii + 1);
  }
}
