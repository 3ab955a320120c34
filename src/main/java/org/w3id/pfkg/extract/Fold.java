package org.w3id.pfkg.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching without changing its length, so that offsets found in folded text are
 * offsets in the original: "Ürümqi" and "urumqi" match, and the span still points at "Ürümqi".
 */
final class Fold {
  private Fold() {}

  static String of(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out[i] = Character.toLowerCase(c);
      } else {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        out[i] = base.toLowerCase(Locale.ROOT).charAt(0);
      }
      if (out[i] == '\u2019' || out[i] == '\u2018') {
        out[i] = '\'';
      }
    }
    return new String(out);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
