package org.w3id.pfkg.extract;

import org.w3id.pfkg.text.Folding;

/**
 * Folds text for matching without changing its length, so that offsets found in folded text are
 * offsets in the original: "Ürümqi" and "urumqi" match, and the span still points at "Ürümqi".
 */
final class Fold {
  private Fold() {}

  static String of(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      out[i] = Folding.foldChar(text.charAt(i));
    }
    return new String(out);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
