package org.w3id.pfkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void caseDiacriticsAndCurlyApostrophesDoNotCount() {
    assertEquals("urumqi", Folding.fold("Ürümqi"));
    assertEquals("xi'an", Folding.fold("Xi’an"));
    assertEquals("sao paulo", Folding.fold("São Paulo"));
  }

  @Test
  void decomposedTextFoldsLikeComposedText() {
    assertEquals(Folding.fold("D\u00fcndar"), Folding.fold("Du\u0308ndar"));
  }

  @Test
  void oneCharacterFoldsToOneSoOffsetsSurvive() {
    String text = "Çağlar Yılmaz";
    StringBuilder folded = new StringBuilder();
    text.chars().forEach(c -> folded.append(Folding.foldChar((char) c)));
    assertEquals(text.length(), folded.length());
    assertEquals("caglar yılmaz", folded.toString());
  }
}
