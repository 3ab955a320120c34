package org.w3id.pfkg.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule by which two spellings of a name count as the same: case, diacritics and the curly
 * apostrophe do not count, so "Ürümqi" matches "urumqi" and "Xi’an" matches "Xi'an". Search,
 * reconciliation, gazetteer import, evaluation and extraction all fold by it.
 */
public final class Folding {
  private Folding() {}

  /**
   * The folded form of {@code text}; it may be shorter than the text, since combining marks are
   * dropped whether the text came composed or decomposed.
   */
  public static String fold(String text) {
    String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(bare.length());
    for (int i = 0; i < bare.length(); i++) {
      out.append(foldChar(bare.charAt(i)));
    }
    return out.toString();
  }

  /**
   * One character folded to one character, so that offsets found in folded text are offsets in the
   * original text (the extractor's spans rely on it).
   */
  public static char foldChar(char c) {
    char folded;
    if (c < 128) {
      folded = Character.toLowerCase(c);
    } else {
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      folded = base.toLowerCase(Locale.ROOT).charAt(0);
    }
    return folded == '\u2019' || folded == '\u2018' ? '\'' : folded;
  }
}
