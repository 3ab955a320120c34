package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.table.WordList;

/**
 * Whether a sentence speaks of the journalist: by any part of the name, or by a personal pronoun or
 * role noun of {@code journalist-references.txt}. Events such as "hundreds of protesters were
 * arrested" name no one of the case and are not the journalist's.
 */
final class JournalistReference {
  private final Pattern pattern;
  private final Optional<Pattern> fullName;
  private final java.util.Set<String> nameWords;

  /**
   * The words of {@code journalist-references.txt}: pronouns and role nouns ("she", "the editor").
   */
  static List<String> words(Path rules) {
    return WordList.read(rules.resolve("journalist-references.txt"));
  }

  JournalistReference(String name, List<String> references) {
    String parts =
        Arrays.stream(name.split("[\\s,]+"))
            .filter(p -> p.length() > 1)
            .map(JournalistReference::part)
            .collect(Collectors.joining("|"));
    String pronouns =
        references.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?i:", ")"));
    this.pattern =
        Pattern.compile("\\b(?:" + (parts.isEmpty() ? "" : parts + "|") + pronouns + ")\\b");
    String[] words = name.strip().split("\\s+");
    this.nameWords =
        words.length < 2
            ? java.util.Set.of()
            : Arrays.stream(words)
                .filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0)))
                .collect(Collectors.toUnmodifiableSet());
    this.fullName =
        words.length < 2
            ? Optional.empty()
            : Optional.of(
                Pattern.compile(
                    "\\b"
                        + Arrays.stream(words)
                            .map(Pattern::quote)
                            .collect(Collectors.joining("\\s+"))
                        + "\\b"));
  }

  /**
   * Whether the span lies inside a mention of the journalist's full name ("Lone" in "Wa Lone"), or
   * is one word of that name used on its own, not after a place's preposition ("Medina went
   * missing"): a name there, whatever town of that name the gazetteer holds.
   */
  boolean namesTheJournalist(String sentence, int start, int end) {
    if (fullName.isEmpty()) {
      return false;
    }
    java.util.regex.Matcher m = fullName.get().matcher(sentence);
    while (m.find()) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return nameWords.contains(sentence.substring(start, end))
        && !PLACE_BEFORE.matcher(sentence.substring(0, start)).find();
  }

  // "in Medina" may still be the city; "Medina went missing" is the journalist.
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "\\b(?:in|at|near|from|to|outside|inside|of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  /**
   * A part of the name; one that opens with a lowercase particle ("al-Mansouri", "de Souza") is
   * capitalised at the start of a sentence ("Al-Mansouri said ...").
   */
  private static String part(String word) {
    if (!Character.isLowerCase(word.codePointAt(0))) {
      return Pattern.quote(word);
    }
    int first = word.codePointAt(0);
    String rest = word.substring(Character.charCount(first));
    return "(?:["
        + Character.toString(first)
        + Character.toString(Character.toUpperCase(first))
        + "]"
        + Pattern.quote(rest)
        + ")";
  }

  boolean mentions(String sentence) {
    return pattern.matcher(sentence).find();
  }

  /** Where the first mention of the journalist at or after {@code from} starts; -1 when none. */
  int firstMentionFrom(String sentence, int from) {
    java.util.regex.Matcher m = pattern.matcher(sentence);
    return m.find(from) ? m.start() : -1;
  }

  /** Where the last mention of the journalist before {@code end} starts; -1 when none. */
  int lastMentionBefore(String sentence, int end) {
    java.util.regex.Matcher m = pattern.matcher(sentence.substring(0, end));
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
