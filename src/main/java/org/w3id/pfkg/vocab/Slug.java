package org.w3id.pfkg.vocab;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Makes the ASCII slugs our IRIs end in, from names in any script: "Gülmire İmin" and "Гульмира
 * Имин" both become Latin ASCII, and the same name always gives the same slug.
 */
public final class Slug {
  // ICU's rule chain: any script to Latin, then Latin to ASCII (drops diacritics, expands
  // ligatures).
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Slug() {}

  /**
   * The slug of a name: ASCII letters and digits in lower case, words joined by hyphens. Returns
   * {@code "x"} for a name with no letter or digit at all, so that a slug is never empty.
   */
  public static String of(String name) {
    // ASCII text is its own transliteration; skipping ICU for it spares a short command the
    // transliterator's start-up (about half a second), which most ids and names never need.
    String ascii =
        (isAscii(name) ? name : TO_ASCII.get().transliterate(name)).toLowerCase(Locale.ROOT);
    String slug = ascii.replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
