package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermFinderTest {
  private static List<String> codes(String sentence) {
    return TermFinder.find(sentence).stream().map(t -> t.term().code()).toList();
  }

  @Test
  void hyphenatedYearsAndMonthsGiveOneDuration() {
    assertEquals(List.of("P19Y8M"), codes("She is serving a 19-year, 8-month prison sentence."));
  }

  @Test
  void yearsAndMonthsInWordsGiveOneDuration() {
    assertEquals(List.of("P19Y8M"), codes("reduced to 19 years and eight months in prison"));
    assertEquals(List.of("P3Y6M"), codes("sentenced to three years and six months"));
    assertEquals(List.of("P6Y"), codes("sentenced to six years"));
  }

  @Test
  void sentencingWithLifeTermIsParsed() {
    TermFinder.TermMention life = TermFinder.find("she was sentenced to life in prison").get(0);
    assertTrue(life.term().life());
    assertEquals("life in prison", life.term().text());
    assertTrue(life.term().totalMonths().isEmpty());
  }

  @Test
  void totalMonthsCountsYearsAndMonths() {
    assertEquals(
        236,
        TermFinder.find("19 years and eight months").get(0).term().totalMonths().orElseThrow());
  }

  @Test
  void monthsAloneAreATerm() {
    assertEquals(List.of("P1Y6M"), codes("sentenced to 18 months"));
  }
}
