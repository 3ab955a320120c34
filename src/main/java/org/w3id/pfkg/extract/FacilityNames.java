package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the named detention facilities of a sentence by their nouns ({@code facility-nouns.txt}):
 * "Xinjiang No. 2 Prison", "the Evin prison", "Tarn provincial prison", and a facility named by the
 * place it stands in, "a women's prison in Ankara", whose place stays a place.
 */
final class FacilityNames {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s");

  /** A facility found; {@code maskEnd} is where the characters it hides from later matches end. */
  record Found(String name, int start, int end, int maskEnd) {}

  private static final String CAP = "(?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\p{N}'’.-]*";

  private final Pattern named;
  private final Pattern byPlace;
  private final Set<String> notNameWords;
  private final Predicate<String> notAName;
  private final Set<String> heads;
  private final Set<String> adjectives;

  /**
   * @param nouns the facility nouns, as capitalised in a name
   * @param adjectives lowercase words between a name and its noun
   * @param notNameWords folded words that open no name ("In prison" names no prison)
   * @param notAName capitalised words that alone name no facility: demonyms and countries ("a Saudi
   *     prison")
   */
  FacilityNames(
      List<String> nouns,
      List<String> adjectives,
      Set<String> notNameWords,
      Predicate<String> notAName,
      Set<String> heads) {
    String noun = alternation(nouns, n -> "(?i:" + Pattern.quote(n) + ")");
    String lowerNoun = alternation(nouns, n -> Pattern.quote(n.toLowerCase(Locale.ROOT)));
    String adjective =
        adjectives.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    this.named =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<name>(?:"
                + CAP
                + "\\s+(?:(?:of|de|del|la|el)\\s+)?){0,5}(?:"
                + adjective
                + "\\s+){0,2}"
                + noun
                + "(?:\\s+No\\.\\s?\\d+)?)(?![\\p{L}\\p{N}])");
    this.byPlace =
        Pattern.compile(
            "\\b(?:a|an|the)\\s(?<name>(?:"
                + adjective
                + "\\s+){0,2}"
                + lowerNoun
                + "\\s(?:in|of|near|outside)\\s(?:the\\s)?(?<place>\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}))");
    this.notNameWords = notNameWords;
    this.notAName = notAName;
    this.heads = heads;
    this.adjectives = Set.copyOf(adjectives);
  }

  List<Found> find(String sentence, boolean[] taken) {
    List<Found> found = new ArrayList<>();
    Matcher m = named.matcher(sentence);
    while (m.find()) {
      int start = m.start("name");
      String name = m.group("name");
      // "In the Evin prison": drop the words that open no name.
      String[] words = SPACES.split(name);
      int skip = 0;
      int offset = 0;
      while (skip < words.length - 1
          && (notNameWords.contains(words[skip].toLowerCase(Locale.ROOT))
              || !Character.isLetterOrDigit(words[skip].charAt(0)))) {
        offset += words[skip].length() + 1;
        skip++;
      }
      start += offset;
      name = sentence.substring(start, m.end("name"));
      // A name opens with a capital: "an 8-month prison term" names no prison.
      if (!Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      String leading = leadingName(name);
      // A name of its own words ("Harbourview Jail") or a capitalised compound noun ("Detention
      // Center
      // No. 1"); a lone "Prison" opening a sentence names none.
      boolean named = !leading.isEmpty() || name.contains(" ");
      if (!named || notAName.test(leading) || !Taken.free(taken, start, m.end())) {
        continue;
      }
      Arrays.fill(taken, start, m.end(), true);
      found.add(new Found(ownName(name), start, m.end(), m.end()));
    }
    Matcher p = byPlace.matcher(sentence);
    while (p.find()) {
      String place = SPACE.split(p.group("place"))[0];
      if (Taken.free(taken, p.start("name"), p.start("place"))
          && !notAName.test(place)
          && !heads.contains(place)) {
        String name = p.group("name");
        Arrays.fill(taken, p.start("name"), p.start("place"), true);
        found.add(new Found(name, p.start("name"), p.end("name"), p.start("place")));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /**
   * "Kigali's Central Prison" is the Kigali Central Prison, which another report names so: a city's
   * possessive before a generic word of facility-adjectives.txt is part of the name. Before a name
   * of its own ("Tehran's Evin prison") it only says where the facility is, and stays.
   */
  private String ownName(String name) {
    Matcher m = POSSESSIVE_PLACE.matcher(name);
    return m.lookingAt() && adjectives.contains(m.group(2).toLowerCase(Locale.ROOT))
        ? m.group(1) + name.substring(m.end(1) + 2)
        : name;
  }

  private static final Pattern POSSESSIVE_PLACE =
      Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}-]*)(?:'s|’s)\\s+([\\p{L}'’-]+)\\s");

  /** The nouns as one alternation, longest first, so that the longest noun wins. */
  private static String alternation(
      List<String> nouns, java.util.function.Function<String, String> quote) {
    return nouns.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * The capitalised words before the first lowercase word or the noun: "Saudi" of "Saudi prison".
   */
  private static String leadingName(String name) {
    List<String> out = new ArrayList<>();
    String[] words = SPACES.split(name);
    for (int i = 0; i < words.length - 1; i++) {
      if (!Character.isUpperCase(words[i].charAt(0)) && !Character.isDigit(words[i].charAt(0))) {
        break;
      }
      out.add(words[i]);
    }
    return String.join(" ", out);
  }
}
