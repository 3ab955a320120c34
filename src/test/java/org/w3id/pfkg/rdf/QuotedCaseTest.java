package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedCaseTest {
  @Test
  void aWordingTakesTheCapitalsOfItsSentence() {
    assertEquals(
        "spying for Saudi Arabia",
        QuotedCase.of(
            "spying for saudi arabia",
            "A court convicted him of spying for Saudi Arabia in 2019."));
    assertEquals(
        "insulting the UAE and its symbols",
        QuotedCase.of(
            "insulting the uae and its symbols",
            "He was charged with insulting the UAE and its symbols."));
  }

  @Test
  void theCapitalOfTheSentencesFirstWordIsDroppedButNotAnAcronyms() {
    assertEquals(
        "espionage", QuotedCase.of("espionage", "Espionage was the charge the court read out."));
    assertEquals(
        "NGO law violations",
        QuotedCase.of("ngo law violations", "NGO law violations were added in May."));
  }

  @Test
  void aWordingTheSentenceDoesNotHoldStaysAsItIs() {
    assertEquals(
        "spreading false news",
        QuotedCase.of("spreading false news", "He was accused of spreading untrue news."));
    assertEquals(
        "insulting the status of the UAE",
        QuotedCase.of(
            "insulting the status of the uae",
            "He was convicted of insulting \u201cthe status of  the UAE\u201d in 2018."));
    assertEquals("Treason", QuotedCase.of("Treason", "He was charged with treason."));
    // a word inside a longer one is not the wording
    assertEquals("rape", QuotedCase.of("rape", "GRAPES were sold; he was charged with rape."));
  }
}
