package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into its capitalised phrases: runs of capitalised words, joined by single
 * spaces and by the small words that stand inside proper names ("Ministry of the Interior", "Centro
 * de la Costa"), always ending on a capitalised word or a number. Commas, brackets and quotes end a
 * phrase. The phrases are the candidates that {@link OrganisationShapes} and {@link FacilityNames}
 * judge by their head words.
 */
final class CapitalisedPhrases {
  /** One word of a phrase; offsets within the sentence. */
  record Word(String text, int start, int end) {
    /** A word of a name; "Germany-based" and "Arabic-language" only modify one. */
    boolean capitalised() {
      // Every word of every sentence comes here: the prefilters skip the two regexes on words
      // without the hyphen or apostrophe they need.
      String folded = Prefilter.fold(text);
      return (Character.isUpperCase(text.charAt(0))
              || (ARTICLE_FILTER.admits(folded) && ARTICLE_PREFIX.matcher(text).matches()))
          && !(MODIFIER_FILTER.admits(folded) && MODIFIER.matcher(text).find());
    }

    boolean number() {
      return Character.isDigit(text.charAt(0)) || text.equals("No.");
    }
  }

  /** A phrase: its words, connectors included, first to last. */
  record Phrase(List<Word> words) {
    int start() {
      return words.get(0).start();
    }

    int end() {
      return words.get(words.size() - 1).end();
    }

    String text(String sentence) {
      return sentence.substring(start(), end());
    }

    Phrase sub(int from, int to) {
      return new Phrase(List.copyOf(words.subList(from, to)));
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&/-]*");

  /** Arabic and Romance article prefixes that open a capitalised name: "al-Sahil", "el-Nour". */
  private static final Pattern ARTICLE_PREFIX =
      Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|d)[-'’]\\p{Lu}.*");

  private static final Pattern MODIFIER = Pattern.compile("-\\p{Ll}+$");

  private static final Prefilter ARTICLE_FILTER = Prefilter.of(ARTICLE_PREFIX);
  private static final Prefilter MODIFIER_FILTER = Prefilter.of(MODIFIER);

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

  /** The small words that may stand between the capitalised words of one name. */
  static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "and", "the", "on", "to", "against", "de", "del", "la", "las", "los", "el",
          "y", "du", "des", "di", "da", "do", "dos", "e", "et");

  private CapitalisedPhrases() {}

  static List<Phrase> find(String sentence) {
    List<Word> words = words(sentence);
    List<Phrase> phrases = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).capitalised() && !ordinal(words.get(i))) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      while (j < words.size() && adjacent(sentence, words.get(j - 1), words.get(j))) {
        Word w = words.get(j);
        if (w.capitalised() || w.number()) {
          last = j;
        } else if (!CONNECTORS.contains(w.text())) {
          break;
        }
        j++;
      }
      phrases.add(new Phrase(List.copyOf(words.subList(i, last + 1))));
      i = last + 1;
    }
    return phrases;
  }

  private static boolean ordinal(Word w) {
    // An ordinal starts with a digit (\d is ASCII here, Character.isDigit a superset of it).
    return Character.isDigit(w.text().charAt(0)) && ORDINAL.matcher(w.text()).matches();
  }

  /** "21st", "3rd": compiled once, as it is tried on every capitalised word. */
  private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

  /** Two words of one name: a single space between them (a comma or a full stop ends a name). */
  private static boolean adjacent(String sentence, Word a, Word b) {
    return b.start() == a.end() + 1 && sentence.charAt(a.end()) == ' ';
  }

  private static List<Word> words(String sentence) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String text = m.group();
      int end = m.end();
      // A full stop ends the word unless the word is initials ("U.S.") or "No.".
      while (end > m.start() + 1
          && ".'’-/".indexOf(sentence.charAt(end - 1)) >= 0
          && !INITIALS.matcher(text).matches()
          && !text.equals("No.")
          && !text.endsWith("s'")) {
        end--;
        text = sentence.substring(m.start(), end);
      }
      words.add(new Word(text, m.start(), end));
    }
    return words;
  }
}
