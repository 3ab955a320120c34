package org.w3id.pfkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlugTest {
  /**
   * The slug as ICU's transliteration makes it, for every input: what the ASCII path must match.
   */
  private static String throughIcu(String name) {
    String ascii =
        Transliterator.getInstance("Any-Latin; Latin-ASCII")
            .transliterate(name)
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  @Test
  void asciiNamesSkipTheTransliteratorWithTheSameSlug() {
    for (char c = 0; c < 128; c++) {
      for (String name : new String[] {String.valueOf(c), "Ab" + c + "Cd 12", c + "O'Neil" + c}) {
        assertEquals(throughIcu(name), Slug.of(name), "for char " + (int) c);
      }
    }
    assertEquals("gulmire-imin", Slug.of("Gulmire Imin"));
    assertEquals("x", Slug.of("--"));
  }

  @Test
  void namesInOtherScriptsAreTransliterated() {
    assertEquals("gulmire-imin", Slug.of("Gülmire İmin"));
    String cyrillic = Slug.of("Гульмира Имин");
    assertEquals(throughIcu("Гульмира Имин"), cyrillic);
    assertEquals(true, cyrillic.matches("[a-z0-9]+(-[a-z0-9]+)*"), cyrillic);
  }
}
