package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.Source;

/**
 * A sentence that sets two accounts side by side ("X says A, while Y says B"; "A, X said; Y
 * reported B") credits each fact to the side that states it, not to whichever party the sentence
 * names first (invented texts about a made-up journalist).
 */
class ClauseAttributionTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static CaseFacts facts(String name, String narrative) throws IOException {
    Path file = dir.resolve(name + ".txt");
    Files.writeString(file, "Dana Koval\n\n" + narrative + "\n");
    return extractor.extract(new CaseReader().read(file));
  }

  private static EventFact only(CaseFacts facts, EventType type) {
    List<EventFact> found = facts.events().stream().filter(e -> e.type() == type).toList();
    assertEquals(1, found.size(), facts.events()::toString);
    return found.get(0);
  }

  private static String party(Attribution a) {
    return a.accordingTo().map(Source::name).orElse("");
  }

  @Test
  void aPlaceNamedOnOneSideOfWhileIsThatSidesAndTheOtherSidesChargesAreItsOwn() throws IOException {
    CaseFacts facts =
        facts(
            "while",
            "Dana Koval was sentenced in March 2020 to five years in prison. The reports differ"
                + " on the court: Reporters Without Borders speaks of a court in Minsk, while Nasha"
                + " Niva reported that the court convicted her of tax evasion.");
    EventFact sentencing = only(facts, EventType.SENTENCING);
    assertEquals("minsk", sentencing.place().orElseThrow());
    assertEquals(
        "Reporters Without Borders",
        party(sentencing.placeProvenance().orElseThrow().attribution()));
    ChargeFact evasion =
        facts.charges().stream()
            .filter(c -> c.text().contains("tax evasion"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(facts.charges()));
    assertEquals("Nasha Niva", party(evasion.attribution()));
  }

  @Test
  void anEventDatedBeforeASemicolonIsCreditedToThePartyOfThatClause() throws IOException {
    CaseFacts facts =
        facts(
            "semicolon",
            "Dana Koval was released from the Okrestina detention centre on 4 May 2021, her lawyer"
                + " said; the Committee to Protect Journalists reported that she had been held for"
                + " nine days.");
    EventFact release = only(facts, EventType.RELEASE);
    assertEquals("2021-05-04", release.date().orElseThrow().iso().orElseThrow());
    assertEquals("her lawyer", party(release.attribution()).toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aSentenceWithoutContrastKeepsOneCreditForAllItsFacts() throws IOException {
    CaseFacts facts =
        facts(
            "no-contrast",
            "Dana Koval, who wrote for Nasha Niva according to Reporters Without Borders, was"
                + " detained in Minsk on 3 March 2021, the Belarusian Association of Journalists"
                + " said.");
    EventFact detention = only(facts, EventType.DETENTION);
    String credited = party(detention.attribution());
    assertEquals(credited, party(detention.placeProvenance().orElseThrow().attribution()));
  }

  @Test
  void aPartyThatOpensALaterClauseDoesNotVouchForTheOneBefore() throws IOException {
    EventFact detention =
        only(
            facts(
                "later-party",
                "Police detained Dana Koval in Minsk on 3 March 2021; her lawyer said she had been"
                    + " beaten."),
            EventType.DETENTION);
    assertEquals("", party(detention.attribution()));
  }

  @Test
  void aPartyThatClosesTheSentenceOrItsClauseVouchesForWhatPrecedes() throws IOException {
    EventFact closing =
        only(
            facts(
                "closing",
                "Police detained Dana Koval in Minsk on 3 March 2021; she was charged with tax"
                    + " evasion, according to the Belarusian Association of Journalists."),
            EventType.DETENTION);
    assertEquals("Belarusian Association of Journalists", party(closing.attribution()));
    EventFact clause =
        only(
            facts(
                "closing-clause",
                "Police detained Dana Koval in Minsk on 3 March 2021, according to the Belarusian"
                    + " Association of Journalists; her lawyer said she went on hunger strike."),
            EventType.DETENTION);
    assertEquals("Belarusian Association of Journalists", party(clause.attribution()));
  }

  @Test
  void aDenialIsCreditedToThePartyOfItsOwnClause() throws IOException {
    CaseFacts facts =
        facts(
            "denial",
            "Her lawyer said Dana Koval had been beaten in custody; the interior ministry denied"
                + " it.");
    org.w3id.pfkg.facts.ClaimFact denial =
        facts.claims().stream()
            .filter(c -> c.kind() == org.w3id.pfkg.facts.ClaimKind.DENIAL)
            .findFirst()
            .orElseThrow(() -> new AssertionError(facts.claims()));
    assertEquals(
        "the interior ministry", party(denial.attribution()).toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aPersonsRelationIsCreditedToThePartyOfTheClauseThatNamesThem() throws IOException {
    CaseFacts facts =
        facts(
            "relation",
            "Police detained Dana Koval on 3 March 2021, the daily Nasha Niva reported; she was"
                + " freed a week later, according to the Belarusian Association of Journalists,"
                + " and her husband, Oleg Koval, said she was unharmed.");
    org.w3id.pfkg.facts.PersonFact husband =
        facts.people().stream()
            .filter(p -> p.name().equals("Oleg Koval"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(facts.people()));
    assertEquals("Belarusian Association of Journalists", party(husband.attribution()));
  }
}
