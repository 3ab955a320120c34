package org.w3id.pfkg.rdf;

import java.util.Locale;
import org.w3id.pfkg.text.QuotationMarks;

/**
 * A wording the engine keeps in lower case ("spying for saudi arabia", as GOLD.md scores charges),
 * written back with the capitals of the sentence it was read from ("spying for Saudi Arabia"), so
 * that a published label does not lower a country, a city or an acronym. A pure function of the two
 * strings: a wording the sentence does not hold letter for letter stays as it is, and a capital the
 * wording has only because it opens the sentence is dropped.
 */
final class QuotedCase {
  private QuotedCase() {}

  static String of(String wording, String sentence) {
    if (wording.isEmpty() || !wording.equals(wording.toLowerCase(Locale.ROOT))) {
      return wording;
    }
    // The wording was read without quotation marks and with single spaces ("insulting "the
    // status of the UAE""): the sentence is compared the same way.
    String plain = QuotationMarks.removed(sentence).replaceAll("\\s+", " ");
    String lower = plain.toLowerCase(Locale.ROOT);
    if (lower.length() != plain.length()) {
      return wording;
    }
    int at = lower.indexOf(wording);
    // The wording as words of the sentence, not inside longer ones ("rape" in "grapes").
    while (at >= 0 && !wholeWords(lower, at, at + wording.length())) {
      at = lower.indexOf(wording, at + 1);
    }
    if (at < 0) {
      return wording;
    }
    String quoted = plain.substring(at, at + wording.length());
    if (at == 0 && !firstWordIsAllCapitals(quoted)) {
      quoted = Character.toLowerCase(quoted.charAt(0)) + quoted.substring(1);
    }
    return quoted;
  }

  private static boolean wholeWords(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static boolean firstWordIsAllCapitals(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(0, end);
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }
}
