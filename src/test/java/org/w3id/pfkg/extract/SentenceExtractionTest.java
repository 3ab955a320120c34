package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.SentenceTerm;

/**
 * The journalist's sentence as whole documents give it, on texts written for this test (made-up
 * people): others' terms, ranges and requests are no sentence; changes give the new term.
 */
class SentenceExtractionTest {
  @TempDir static Path dir;

  private static CaseFacts extract(String name, String narrative) throws IOException {
    return ProjectEngine.extract(dir, name, narrative);
  }

  private static Optional<String> latest(CaseFacts facts) {
    return facts.latestTerm().map(SentenceTerm::code);
  }

  /** Regression (issue 11, atikem-rozi): the range of others' terms became her 8-year sentence. */
  @Test
  void othersRangeOfTermsIsNotHerSentence() throws IOException {
    CaseFacts facts =
        extract(
            "Perizat Omar",
            "Perizat Omar, a student who wrote for a campus blog, was detained in Kashgar on"
                + " March 3, 2016. Her classmates were convicted of separatism and given terms of"
                + " four to nine years, but her own term was never disclosed, according to a rights"
                + " group in 2018.");
    assertEquals(Optional.empty(), latest(facts));
  }

  @Test
  void aReductionGivesTheNewTermAndTheHistoryInOrder() throws IOException {
    CaseFacts facts =
        extract(
            "Tomas Ferrand",
            "Tomas Ferrand is a radio reporter. On May 2, 2019, a court sentenced him to six years"
                + " in prison for libel; prosecutors had sought nine years. On June 1, 2021, an"
                + " appeals court reduced his sentence to four years.");
    assertEquals(Optional.of("P4Y"), latest(facts));
    assertEquals(
        List.of("P6Y", "P4Y"),
        facts.sentenceHistory().stream().map(e -> e.term().orElseThrow().code()).toList());
  }

  @Test
  void aDeathSentenceIsTheLatestKnown() throws IOException {
    CaseFacts facts =
        extract(
            "Salim Haddar",
            "Salim Haddar edited a weekly paper. In March 2020, a military court sentenced him to"
                + " death on espionage charges.");
    assertEquals(Optional.of("death"), latest(facts));
  }

  @Test
  void termsForSeveralChargesAddUpAndAnAddedTermIsMarked() throws IOException {
    CaseFacts counts =
        extract(
            "Ines Marlow",
            "Ines Marlow runs a news site. On March 4, 2022, a court sentenced her to six years for"
                + " espionage, three years for fraud and one year for libel.");
    assertEquals(Optional.of("P10Y"), latest(counts));
    CaseFacts added =
        extract(
            "Pavel Ostrin",
            "Pavel Ostrin is a blogger. In May 2018, a court sentenced him to five years in"
                + " prison. In June 2021, he was sentenced to a further two years in prison for"
                + " insulting a judge.");
    assertEquals(Optional.of("P2Y (additional)"), latest(added));
  }

  @Test
  void aCutFromOneTermToABareNumberGivesTheNewTermAfterAnUndatedSentencing() throws IOException {
    CaseFacts facts =
        extract(
            "Mirela Tosk",
            "Vellport, May 9, 2015 — The Supreme Court on May 4 cut the prison sentence of the"
                + " columnist Mirela Tosk from 12 years to four, her lawyer said today. The"
                + " regional court had sentenced her to 12 years for sedition.");
    assertEquals(Optional.of("P4Y"), latest(facts));
    assertEquals(
        List.of("P12Y", "P4Y"),
        facts.sentenceHistory().stream().map(e -> e.term().orElseThrow().code()).toList());
  }

  @Test
  void aChangeThatGivesNoNewTermDoesNotRepeatTheOldOne() throws IOException {
    CaseFacts facts =
        extract(
            "Oren Valdis",
            "Oren Valdis runs a news site. On June 3, 2020, a court sentenced him to three years"
                + " for libel, a term later reduced on appeal.");
    assertEquals(
        List.of("P3Y"),
        facts.sentenceHistory().stream().map(e -> e.term().orElseThrow().code()).toList());
  }

  @Test
  void theTimeBetweenTwoEventsIsNoTerm() throws IOException {
    CaseFacts facts =
        extract(
            "Lina Marsh",
            "Lina Marsh, a blogger, was arrested on March 5, 2022, eight months after a court"
                + " sentenced her to two years in prison for insulting officials.");
    assertEquals(Optional.of("P2Y"), latest(facts));
  }
}
