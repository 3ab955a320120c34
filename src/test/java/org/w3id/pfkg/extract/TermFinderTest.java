package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermFinderTest {
  private static final TermFinder TERMS = TermFinder.load(Path.of("data/rules"));

  private static List<String> codes(String sentence) {
    return TERMS.find(sentence).stream().map(t -> t.term().code()).toList();
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
    assertEquals(List.of("P2Y6M"), codes("The court sentenced him to two years and six months."));
  }

  @Test
  void yearsMonthsAndDaysGiveOneDuration() {
    assertEquals(
        List.of("P11Y4M2D"),
        codes("She was given eleven years, four months and two days in jail."));
  }

  @Test
  void halvesAndCompoundNumberWordsAreRead() {
    assertEquals(List.of("P4Y6M"), codes("A judge sentenced the editor to four and a half years."));
    assertEquals(List.of("P1Y6M"), codes("He was sentenced to a year and a half in prison."));
    assertEquals(List.of("P25Y"), codes("The blogger was sentenced to twenty-five years."));
  }

  @Test
  void sentencingWithLifeTermIsParsed() {
    TermFinder.TermMention life = TERMS.find("she was sentenced to life in prison").get(0);
    assertTrue(life.term().life());
    assertEquals("life in prison", life.term().text());
    assertTrue(life.term().totalMonths().isEmpty());
  }

  @Test
  void deathSentenceIsATermOfItsOwnKind() {
    assertEquals(List.of("death"), codes("A military court sentenced the reporter to death."));
    assertEquals(List.of(), codes("Insulting the army is punishable by death under the code."));
  }

  @Test
  void totalMonthsCountsYearsAndMonths() {
    assertEquals(
        236, TERMS.find("19 years and eight months").get(0).term().totalMonths().orElseThrow());
  }

  @Test
  void monthsAloneKeepTheTextsUnit() {
    assertEquals(List.of("P18M"), codes("sentenced to 18 months"));
  }

  @Test
  void aRangeIsNeverATerm() {
    assertEquals(List.of(), codes("Her co-accused got terms of three to eight years."));
    assertEquals(List.of(), codes("The offence carries between two and five years in prison."));
    assertEquals(List.of(), codes("He could get four years to life."));
  }

  @Test
  void aChangeFromOneTermToAnotherIsNoRange() {
    assertEquals(
        List.of("P7Y"), codes("The appeals court cut his sentence from 10 to seven years."));
  }

  @Test
  void maximumPenaltiesAndRequestsAreNotTerms() {
    assertEquals(List.of(), codes("The charge carries up to three years in prison."));
    assertEquals(List.of(), codes("If convicted, the columnist faces 10 years in prison."));
    assertEquals(List.of(), codes("She could be jailed for five years under the new law."));
    assertEquals(List.of(), codes("Prosecutors had sought nine years for the cameraman."));
    assertEquals(List.of(), codes("The prosecution requested a six-year term."));
    assertEquals(
        List.of("P4Y"),
        codes("Prosecutors asked for six years, but the judge gave him four years."));
  }

  @Test
  void hedgesTimeServedAndAgesAreNotTerms() {
    assertEquals(List.of(), codes("He spent more than three years in pretrial detention."));
    assertEquals(List.of(), codes("She was released after 11 months in prison."));
    assertEquals(List.of(), codes("The 64-year-old editor was sentenced in absentia."));
    assertEquals(List.of(), codes("Two years later the court sentenced him again."));
  }

  @Test
  void anotherPersonsTermIsNotTheJournalists() {
    assertEquals(List.of("P6Y"), codes("She got six years; a co-defendant received four years."));
  }

  @Test
  void suspendedAndAdditionalTermsAreMarked() {
    assertEquals(
        List.of("P3M (suspended)"), codes("He was handed a three-month suspended sentence."));
    assertEquals(
        List.of("P2Y (suspended)"), codes("She received two years, suspended, and a fine."));
    assertEquals(List.of("P3Y (additional)"), codes("The court handed him three more years."));
    assertEquals(
        List.of("P12Y (additional)"), codes("A second court gave her a further 12 years."));
  }

  @Test
  void aStatedTotalAndCountsForChargesAreFlagged() {
    List<TermFinder.TermMention> found =
        TERMS.find("He got six years for fraud and two years for libel, eight years in all.");
    assertEquals(3, found.size());
    assertTrue(found.get(0).perCharge());
    assertTrue(found.get(2).total());
  }

  @Test
  void lengthsOfOtherThingsAreNotTerms() {
    assertEquals(List.of("life"), codes("After a three-day trial he was sentenced to life."));
    assertEquals(List.of(), codes("Five days after the raid, a court sentenced him."));
    assertEquals(List.of(), codes("The hearing lasted two days before the judge sentenced her."));
    assertEquals(List.of(), codes("The court imposed a two-year ban on her writing."));
    assertEquals(List.of("P6Y"), codes("He is serving a six-year prison term."));
  }

  @Test
  void aCountWithoutItsUnitTakesTheUnitOfTheCountBefore() {
    List<TermFinder.TermMention> found =
        TERMS.find("The court gave him six years for espionage and two more for forgery.");
    assertEquals(List.of("P6Y", "P2Y"), found.stream().map(t -> t.term().code()).toList());
    assertTrue(found.stream().allMatch(TermFinder.TermMention::perCharge));
  }

  @Test
  void anotherYearIsAnAdditionalTerm() {
    assertEquals(
        List.of("P1Y10M (additional)"),
        codes("A regional court gave him another year and 10 months in prison in May."));
  }

  @Test
  void aTermEachForSeveralDefendantsIsTheirTermButATermPerCountIsNot() {
    assertEquals(
        List.of("P9Y"),
        codes("The court sentenced him and his publisher, Ana Brel, to nine years each."));
    assertEquals(List.of(), codes("He got four years each on two counts of libel."));
  }

  @Test
  void timeServedBeforeARelease() {
    assertEquals(List.of(), codes("He was let go after serving seven months of the term."));
    assertEquals(List.of(), codes("Having spent two years in jail, she left the country."));
  }

  @Test
  void aSuspendedPrisonTermIsMarked() {
    assertEquals(
        List.of("P3Y (suspended)"),
        codes(
            "The court fined her and gave her a three-year prison term suspended for two years."));
    assertEquals(List.of("P2Y (suspended)"), codes("He was handed a suspended two-year sentence."));
  }

  @Test
  void aChangeFromATermToABareNumberTakesTheUnit() {
    assertEquals(List.of("P5Y"), codes("The court cut her sentence from nine years to five."));
    assertEquals(List.of(), codes("The court changed the penalty from two years to a fine."));
    assertEquals(
        List.of(), codes("The court later cut the term for each count from six years to four."));
  }

  @Test
  void anIntervalBetweenEventsIsNoTerm() {
    assertEquals(
        List.of("P3Y"),
        codes("He was detained on May 1, 2020, ten months after a court gave him three years."));
    assertEquals(List.of(), codes("Two years before his arrest, he had founded the weekly."));
    assertEquals(List.of("P7Y"), codes("A tribunal handed him seven years after a trial."));
  }
}
