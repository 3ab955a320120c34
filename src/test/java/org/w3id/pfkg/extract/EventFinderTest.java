package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.DetentionFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;

/**
 * Events of invented case texts (made-up journalists and places), one per reading rule: which
 * happenings are events, of which type, on which day.
 */
class EventFinderTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static List<EventFact> events(String headers, String narrative) throws IOException {
    Path file = dir.resolve("case-" + Math.abs((headers + narrative).hashCode()) + ".txt");
    Files.writeString(file, "Dana Koval\n" + headers + "\n" + narrative + "\n");
    return extractor.extract(new CaseReader().read(file)).events();
  }

  private static List<EventFact> events(String narrative) throws IOException {
    return events("", narrative);
  }

  /** Each event as {@code type@date}, {@code type@} when undated. */
  private static Set<String> dated(List<EventFact> events) {
    return events.stream()
        .map(e -> e.type().code() + "@" + e.date().flatMap(FactDate::iso).orElse(""))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * A place that says where another party lives or is based is not where the journalist's event
   * happened: the interview partner in Lyon and the group in Vienna put no detention in France or
   * Austria.
   */
  @Test
  void aPlaceWhereAnotherPartyLivesOrIsBasedIsNoEventPlace() throws IOException {
    List<EventFact> found =
        events(
            "Dana Koval was detained again on May 4, 2031, over an interview she gave to a"
                + " blogger living in Lyon. A press freedom group based in Vienna said she was"
                + " arrested at her home in Lutsk.");
    assertFalse(found.isEmpty());
    assertTrue(
        found.stream()
            .allMatch(e -> e.place().isEmpty() || e.place().equals(java.util.Optional.of("lutsk"))),
        found::toString);
    assertTrue(
        found.stream().anyMatch(e -> e.place().equals(java.util.Optional.of("lutsk"))),
        found::toString);
  }

  /**
   * "Hearing" as a verb ("after hearing of plans to ...") is no court hearing; the noun still is.
   */
  @Test
  void hearingOfSomethingIsNoTrial() throws IOException {
    Set<String> verb =
        dated(
            events(
                "Dana Koval left Lutsk for Warsaw in May 2031 after hearing of plans to charge"
                    + " her, and upon hearing that her editor had been questioned."));
    assertTrue(verb.stream().noneMatch(e -> e.startsWith("trial")), verb::toString);
    Set<String> noun =
        dated(events("A hearing in Dana Koval's case took place in Lutsk on June 2, 2031."));
    assertTrue(noun.contains("trial@2031-06-02"), noun::toString);
  }

  @Test
  void daysLaterCountFromTheDateOfTheSameSentenceAndASummonsIsNoDetention() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. In May 2015, she wrote about a land"
                    + " dispute. She was summoned for questioning in Odesa on March 3, 2016, and"
                    + " detained two days later."));
    assertTrue(found.contains("detention@2016-03-05"), found::toString);
    assertTrue(
        found.stream()
            .noneMatch(
                e ->
                    (e.startsWith("detention") || e.startsWith("arrest"))
                        && !e.equals("detention@2016-03-05")),
        found::toString);
  }

  @Test
  void aRelativePhraseWithoutAnAnchorLeavesTheEventUndated() throws IOException {
    List<EventFact> found =
        events(
            "Dana Koval wrote for the Riverside Courier. In 2016, she was questioned, and she"
                + " was detained two days later.");
    EventFact detention =
        found.stream().filter(e -> e.type() == EventType.DETENTION).findFirst().orElseThrow();
    assertEquals(Optional.empty(), detention.date());
    assertTrue(detention.detail().contains("two days later"), detention::detail);
  }

  @Test
  void aDateOfTheSourceDatesNoEvent() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. She was convicted of separatism,"
                    + " according to the Tarim Rights Group in 2017."));
    assertEquals(Set.of("conviction@"), found);
  }

  @Test
  void aContextEventTakesOnlyThePlaceAndDateOfItsOwnNoun() throws IOException {
    List<EventFact> found =
        events(
            "Dana Koval wrote for the Riverside Courier. In an interview that a magazine in"
                + " Paris published on May 2, 2012, she said she had warned officials before the"
                + " unrest of April 20.");
    EventFact unrest =
        found.stream().filter(e -> e.type() == EventType.PROTEST_OR_RIOT).findFirst().orElseThrow();
    assertEquals(Optional.of("2012-04-20"), unrest.date().flatMap(FactDate::iso));
    assertEquals(Optional.empty(), unrest.place());
  }

  @Test
  void aDayWithoutAYearTakesTheYearOfTheChain() throws IOException {
    Set<String> found =
        dated(
            events(
                "Police arrested Dana Koval on June 2, 2019. On August 30, prosecutors charged"
                    + " her with sedition. In October, she was transferred to a prison in Lviv."));
    assertTrue(
        found.containsAll(Set.of("arrest@2019-06-02", "charge@2019-08-30", "transfer@2019-10")),
        found::toString);
  }

  @Test
  void aWeekdayIsTheLastSuchDayOnOrBeforeTheDateline() throws IOException {
    Set<String> found =
        dated(
            events(
                "Lviv, March 17, 2022 — Police detained journalist Dana Koval on Tuesday and"
                    + " released her on Thursday, her colleagues said today."));
    assertTrue(
        found.containsAll(Set.of("detention@2022-03-15", "release@2022-03-17")), found::toString);
  }

  @Test
  void plannedDemandedAndDeniedActionsAreNoEvents() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. Prosecutors plan to try her in June"
                    + " 2020, and her lawyers will appeal. By May 3, 2019, she had been neither"
                    + " charged nor released. Her first hearing has been set for July 1, 2020."));
    assertTrue(
        found.stream()
            .noneMatch(
                e ->
                    e.startsWith("trial")
                        || e.startsWith("appeal")
                        || e.startsWith("charge")
                        || e.startsWith("release")),
        found::toString);
  }

  @Test
  void theCensusImprisonedDateIsTheArrest() throws IOException {
    Set<String> found =
        dated(
            events(
                "Outlet: Riverside Courier\nImprisoned: June 4, 2020\n",
                "Dana Koval, a reporter for the Riverside Courier, is held in Lviv."));
    assertTrue(found.contains("arrest@2020-06-04"), found::toString);
  }

  @Test
  void anEventOfSomeoneOfTheOtherPronounIsNotTheJournalists() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier, where she edited the news page. In"
                    + " March 2013, she asked where her brother was after agents picked him up at"
                    + " the airport. She was arrested on April 9, 2014."));
    assertEquals(Set.of("arrest@2014-04-09"), found);
  }

  @Test
  void aTrialNamedAsTheSettingOfAVerdictTakesNotTheVerdictsDay() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. Following a closed trial of three"
                    + " months, a court in Lviv convicted her on June 3, 2021."));
    assertTrue(found.contains("conviction@2021-06-03"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.equals("trial@2021-06-03")), found::toString);
  }

  @Test
  void theVerbsOfWorldReportingMakeTheirEvents() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. On May 2, 2018, a court remanded"
                    + " her in custody. On May 9, 2018, she was arraigned on charges of"
                    + " incitement. She appeared at a hearing on June 14, 2018. On January 5,"
                    + " 2019, the president pardoned her. On January 7, 2019, the government"
                    + " expelled Koval to Moldova."));
    assertTrue(
        found.containsAll(
            Set.of(
                "detention@2018-05-02",
                "charge@2018-05-09",
                "trial@2018-06-14",
                "sentence_change@2019-01-05",
                "release@2019-01-07")),
        found::toString);
  }

  @Test
  void anArrestAndADetentionOfOneDayAreOneEvent() throws IOException {
    List<EventFact> found =
        events(
            "Police arrested Dana Koval on June 2, 2019. She was detained on June 2, 2019, at a"
                + " police station in Lviv.");
    assertEquals(
        1,
        found.stream()
            .filter(e -> e.type() == EventType.ARREST || e.type() == EventType.DETENTION)
            .count(),
        () -> dated(found).toString());
  }

  @Test
  void aSentenceOnTheSentenceSpeaksOfTheJournalistsCase() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. A court sentenced her to nine years"
                    + " on March 2, 2017. In June 2018, the appeal court cut the sentence to six"
                    + " years."));
    assertTrue(found.contains("sentence_change@2018-06"), found::toString);
  }

  @Test
  void complaintsAddedChargesAndGivenTermsAreEvents() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. On April 3, 2017, a deputy filed a"
                    + " criminal complaint for defamation against Koval. On May 8, 2017,"
                    + " investigators added a charge of extremism against her. On June 1, 2018, a judge gave"
                    + " Koval four years. An appeal court turned her down on May 5, 2019."));
    assertTrue(
        found.containsAll(
            Set.of("charge@2017-04-03", "charge@2017-05-08", "sentencing@2018-06-01")),
        found::toString);
    assertTrue(found.contains("appeal@2019-05-05"), found::toString);
  }

  @Test
  void anEarlierDateDoesNotDateWhatTheTextSaysCameLater() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval was jailed in March 2019 after filming a strike and was later"
                    + " sentenced to six years in prison. An appeals court upheld the verdict on"
                    + " June 4, 2020, after which she was moved to a prison colony in Lutsk."));
    assertTrue(found.contains("detention@2019-03"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("sentencing@2019")), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("transfer@2020")), found::toString);
  }

  @Test
  void aLaterDateInAnotherClauseDatesThatClause() throws IOException {
    Set<String> found =
        dated(
            events(
                "In May 2021, a decree by the regional governor cut Dana Koval's term in half,"
                    + " and she was expected to go free on October 2, 2022."));
    assertTrue(found.contains("sentence_change@2021-05"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.endsWith("2022-10-02")), found::toString);
  }

  @Test
  void theStartOfAStateDatesNoEventToldAfterIt() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval, held since 2017 and convicted of espionage, died in custody on"
                    + " May 9, 2020."));
    assertTrue(found.stream().noneMatch(e -> e.equals("conviction@2017")), found::toString);
  }

  @Test
  void anotherPersonNamedAsTheObjectOfATriggerIsNotTheJournalist() throws IOException {
    Set<String> found =
        dated(
            events(
                "Police arrested Dana Koval on April 2, 2021. On April 9, 2021, the same officers"
                    + " detained her colleague Marek Lind, a photographer, and released American"
                    + " reporter Ellis Stone."));
    assertTrue(found.contains("arrest@2021-04-02"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.endsWith("2021-04-09")), found::toString);
  }

  @Test
  void aNamedObjectAfterAnArticleOrWithNameParticlesIsNotTheJournalist() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval, a freelance reporter, was killed in a forest in June 2021. On June 9"
                    + " police arrested the hunter Joaquim dos Santos Ferreira, known as \"Ze\", for"
                    + " illegal weapons; he later confessed to killing her. On June 20 officers"
                    + " detained a farmer Rui Prado, whom she had interviewed."));
    assertTrue(found.contains("death@2021-06"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("arrest@")), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("detention@")), found::toString);
    Set<String> hers =
        dated(events("On May 4, 2020, police arrested the reporter Dana Koval in her office."));
    assertTrue(hers.contains("arrest@2020-05-04"), hers::toString);
  }

  @Test
  void herBodyOrHerLaptopMovedOrSeizedIsNoEventOfHers() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote on land disputes for a local weekly. On May 3, 2020, her laptop"
                    + " was seized at a checkpoint. She was shot dead on June 2, 2021, and her"
                    + " remains were taken to the capital on June 4, 2021."));
    assertEquals(Set.of("death@2021-06-02"), found);
  }

  @Test
  void aKillingToldInTheActiveOrAsAnAssassinationIsTheJournalistsDeath() throws IOException {
    for (String told :
        List.of(
            "Gunmen shot her dead outside her home on April 2, 2018.",
            "Unknown assailants killed her in her car on April 2, 2018.",
            "She was assassinated on April 2, 2018.",
            "She was gunned down on April 2, 2018.",
            "She was found dead in her cell on April 2, 2018.",
            "She was beaten to death in custody on April 2, 2018.",
            "Guards tortured her to death on April 2, 2018.")) {
      Set<String> found = dated(events("Dana Koval ran a news site on local politics. " + told));
      assertEquals(Set.of("death@2018-04-02"), found, told);
    }
    Set<String> sister =
        dated(
            events(
                "Dana Koval ran a news site. On April 2, 2018, she named the officer who had killed"
                    + " her sister."));
    assertEquals(Set.of(), sister);
  }

  @Test
  void anAppealThatCutTheTermIsTheSentenceChangeAndAReleaseJourneyIsNoTransfer()
      throws IOException {
    Set<String> found =
        dated(
            events(
                "On July 3, 2019, an appeals court upheld Dana Koval's conviction but cut her"
                    + " prison term to two years. On August 8, 2020, she was freed in a prisoner"
                    + " exchange and flown to Vilnius."));
    assertTrue(found.contains("sentence_change@2019-07-03"), found::toString);
    assertTrue(found.contains("release@2020-08-08"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("appeal@")), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("transfer@")), found::toString);
  }

  @Test
  void aDayNamingSomethingElseNeitherDatesNorAnchorsTheChain() throws IOException {
    Set<String> found =
        dated(
            events(
                "On February 20, 2024, Dana Koval was arrested again, this time for a 2019 strike"
                    + " at the factory that employed her then. Investigators said she was held over"
                    + " a March 2 rally in Lutsk. On March 5, a court remanded her in custody."));
    assertTrue(found.contains("detention@2024-03-05"), found::toString);
    assertTrue(
        found.stream()
            .filter(e -> e.startsWith("arrest@") || e.startsWith("detention@"))
            .noneMatch(e -> e.contains("2019") || e.endsWith("03-02")),
        found::toString);
  }

  @Test
  void aCutToSeveralPrisonersTermsIncludingTheJournalistsIsHerSentenceChange() throws IOException {
    List<EventFact> found =
        events(
            "Dana Koval was sentenced to life in prison on March 3, 2020. On May 2, 2023, the"
                + " interior ministry said it was commuting the life sentences of several hundred"
                + " inmates to 20 years; Koval's family confirmed that hers was one of them. An"
                + " appeals court reduced her punishment to 15 years on June 9, 2024.");
    assertTrue(dated(found).contains("sentence_change@2023-05-02"), dated(found)::toString);
    assertEquals(
        List.of("life", "P20Y", "P15Y"),
        found.stream()
            .filter(e -> e.term().isPresent())
            .map(e -> e.term().orElseThrow().code())
            .toList());
  }

  @Test
  void theActingAuthorityIsTheAgentOfTheEventNotANounElsewhere() throws IOException {
    List<EventFact> found =
        events(
            "Dana Koval, a reporter critical of the government, was arrested on May 5, 2019."
                + " On June 1, 2019, police in Lutsk detained her again. She was charged by"
                + " prosecutors on June 3, 2019. On June 9, 2019, the authorities accused her of"
                + " spying. On June 20, 2020, the court sentenced her to two"
                + " years in prison.");
    java.util.Map<String, Optional<String>> by =
        found.stream()
            .collect(
                Collectors.toMap(
                    e -> e.type().code() + "@" + e.date().flatMap(FactDate::iso).orElse(""),
                    EventFact::authority));
    assertEquals(Optional.empty(), by.get("arrest@2019-05-05"), by::toString);
    assertEquals(Optional.of("police"), by.get("detention@2019-06-01"), by::toString);
    assertEquals(Optional.of("prosecutors"), by.get("charge@2019-06-03"), by::toString);
    assertEquals(Optional.of("authorities"), by.get("charge@2019-06-09"), by::toString);
    assertEquals(Optional.of("the court"), by.get("sentencing@2020-06-20"), by::toString);
  }

  @Test
  void aFacilityOfAnEarlierStayIsNotWhereTheJournalistIsHeldNow() throws IOException {
    Path file = dir.resolve("held-earlier.txt");
    Files.writeString(
        file,
        "Dana Koval\n\nIn May 2021, Dana Koval was transferred to the Lutsk Central Prison."
            + " Until her trial, Koval had been held in the Rivne City Jail.\n");
    List<DetentionFact> held = extractor.extract(new CaseReader().read(file)).detentions();
    assertTrue(held.size() >= 2, held::toString);
    assertTrue(held.get(held.size() - 1).facility().contains("lutsk"), held::toString);
  }

  /**
   * A step right after the trigger dates it, not the earlier date the step counts from: "let out on
   * May 4 and detained again two days later" is a detention on May 6; "faces ten years if
   * convicted" is no conviction; an arrest and a same-day journey to a place nobody names are one
   * arrest.
   */
  @Test
  void aStepAfterTheTriggerAConditionAndTheArrestsJourney() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval was let go on May 4, 2017, and detained again two days later. She was"
                    + " charged on June 1, 2017, with inciting unrest and faces up to ten years in"
                    + " prison if convicted. Police arrested her brother's colleague in 2018."
                    + " Police arrested Dana Koval at her flat on March 9, 2019, and took her to an"
                    + " unknown location."));
    assertTrue(found.contains("detention@2017-05-06"), found::toString);
    assertTrue(
        found.stream().noneMatch(e -> e.startsWith("detention@2017-05-04")), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("conviction@")), found::toString);
    assertTrue(found.contains("arrest@2019-03-09"), found::toString);
    assertTrue(found.stream().noneMatch(e -> e.startsWith("transfer@")), found::toString);
  }

  /**
   * How an alert words its news against its dateline: "two days ago", "about a month ago", "one
   * year ago today"; "was taken into custody"; a court that "found X, a reporter, guilty"; "the
   * six-year term that a court handed yesterday to X"; and a day that only dates the telling ("the
   * judge told a news conference today").
   */
  @Test
  void anAlertDatesItsNewsAgainstItsDateline() throws IOException {
    Set<String> ago =
        dated(
            events(
                "Lviv, March 17, 2022 — Dana Koval was fired about a month ago and then taken"
                    + " into custody by the city police. She died two days ago in a prison"
                    + " hospital, her colleagues said."));
    assertTrue(ago.containsAll(Set.of("arrest@2022-02", "death@2022-03-15")), ago::toString);
    Set<String> year =
        dated(
            events(
                "Lviv, March 17, 2022 — One year ago today, Dana Koval went missing in Lutsk, and"
                    + " nothing has been heard of her since."));
    assertTrue(year.contains("disappearance@2021-03-17"), year::toString);
    Set<String> verdict =
        dated(
            events(
                "Lviv, March 17, 2022 — A district court in Lutsk today found Dana Koval, a"
                    + " reporter for the Lutsk Courier, guilty of insulting a judge. Rights groups"
                    + " condemned the six-year prison term that a court in Rivne handed yesterday"
                    + " to Dana Koval."));
    assertTrue(
        verdict.containsAll(Set.of("conviction@2022-03-17", "sentencing@2022-03-16")),
        verdict::toString);
    Set<String> told =
        dated(
            events(
                "Lviv, March 17, 2022 — Dana Koval cannot be pardoned because she was convicted"
                    + " of treason, the judge told a news conference today."));
    assertTrue(told.stream().noneMatch(e -> e.endsWith("2022-03-17")), told::toString);
  }

  /** "was taken to a hospital and died there on X": the death is told without a pronoun. */
  @Test
  void aDeathJoinedToAnotherVerbIsADeath() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval fell ill in custody, was taken to a hospital in Lutsk and died there"
                    + " on May 9, 2021, the prison service said."));
    assertTrue(found.contains("death@2021-05-09"), found::toString);
  }

  /**
   * Co-defendants are told of as a pair once named: "both were sentenced", "their appeal", "they
   * were freed" are the journalist's events; a group of strangers ("protesters ... they") is not.
   */
  @Test
  void aGroupNamedWithTheJournalistSharesItsEvents() throws IOException {
    Set<String> pair =
        dated(
            events(
                "Dana Koval and Piet Holm, reporters for the Riverside Courier, were arrested in"
                    + " Lutsk on March 3, 2031. Both were sentenced to five years on June 9, 2031."
                    + " A higher court dismissed their appeal in October 2031. They were released"
                    + " on bail in May 2032."));
    assertTrue(
        pair.containsAll(
            Set.of(
                "arrest@2031-03-03", "sentencing@2031-06-09", "appeal@2031-10", "release@2032-05")),
        pair::toString);
    Set<String> strangers =
        dated(
            events(
                "Dana Koval, a reporter for the Riverside Courier, was arrested on March 3, 2031."
                    + " Police dispersed protesters in Lutsk on April 2, 2031; they were released"
                    + " on April 4, 2031."));
    assertEquals(Set.of("arrest@2031-03-03"), strangers);
  }

  /** "Holm was freed", "her brother was detained", "Ivo Marn, who died": someone else's events. */
  @Test
  void anEventWhoseSubjectIsAnotherPersonIsNotTheJournalists() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval and her colleague Piet Holm were arrested in Lutsk on March 3, 2031."
                    + " Holm was freed on March 9, 2031, while her brother was detained on April 2,"
                    + " 2031. She had interviewed the blogger Ivo Marn, who died in custody in"
                    + " 2029."));
    assertEquals(Set.of("arrest@2031-03-03"), found);
  }

  /** Fines, kidnappings, indictments, new cases, walking out of a named prison. */
  @Test
  void moreWaysOfTellingCustodyCourtsAndAbductions() throws IOException {
    Set<String> found =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. On May 2, 2031, gunmen took Koval"
                    + " from her home in Lutsk. On May 20, 2031, a court accepted an indictment"
                    + " charging her with extortion. On June 4, 2031, investigators opened a new"
                    + " case against her, and on June 30, 2031, the charges were widened. A judge"
                    + " fined her 500 euros on July 8, 2031. She walked out of Lutsk's Central"
                    + " Prison on August 1, 2031. In 2033 she was kidnapped in Rivne."));
    assertTrue(
        found.containsAll(
            Set.of(
                // Gunmen are no authority: their seizure is an abduction (abductors.tsv).
                "disappearance@2031-05-02",
                "charge@2031-05-20",
                "charge@2031-06-04",
                "charge@2031-06-30",
                "sentencing@2031-07-08",
                "release@2031-08-01",
                "disappearance@2033")),
        found::toString);
  }

  /**
   * A date of a law, of a statement about an earlier happening, or before "later" in the trigger's
   * own words dates no event.
   */
  @Test
  void theDateOfALawOrOfAStatementDatesNoEvent() throws IOException {
    Set<String> law =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. She was freed under an amnesty law"
                    + " passed on June 8, 2031."));
    assertEquals(Set.of("release@"), law);
    Set<String> said =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. On October 10, 2031, a prison"
                    + " official said she had died."));
    assertEquals(Set.of("death@"), said);
    Set<String> later =
        dated(
            events(
                "Dana Koval wrote for the Riverside Courier. She was sentenced to four years on"
                    + " May 5, 2031, a term later reduced on appeal."));
    assertTrue(later.contains("sentencing@2031-05-05"), later::toString);
    assertTrue(later.contains("sentence_change@"), later::toString);
  }

  @Test
  void anAdjectivalTermReadsAsATermInTheEventsDescription() {
    assertEquals("four-year term", EventFinder.termWords("four-year"));
    assertEquals("one-and-a-half-year term", EventFinder.termWords("one-and-a-half-year"));
    assertEquals("seven years in prison", EventFinder.termWords("to seven years in prison"));
    assertEquals("life", EventFinder.termWords("life"));
  }
}
