package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.Summary;

/**
 * Sources credited in lists, after "according to" wherever it stands, by described parties and by
 * named media, on invented texts about an invented journalist (no real case).
 */
class AttributionListsTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static Set<String> sources(String narrative) throws IOException {
    Path file = dir.resolve("adwoa-nyarko.txt");
    Files.writeString(file, "Adwoa Nyarko\n\n" + narrative + "\n");
    JsonNode summary = Summary.of(extractor.extract(new CaseReader().read(file)));
    Set<String> out = new LinkedHashSet<>();
    summary.get("sources").forEach(s -> out.add(s.get("who").asText()));
    return out;
  }

  @Test
  void everyPartyOfAnAccordingToListIsASource() throws IOException {
    Set<String> s =
        sources(
            "Police arrested Nyarko in Tamale on March 2, 2031, according to local radio reports"
                + " and the Coastal Press Union.");
    assertEquals(Set.of("local radio reports", "Coastal Press Union"), s);
  }

  @Test
  void aListBeforeTheVerbIsReadBackFromTheVerb() throws IOException {
    Set<String> s =
        sources(
            "On Friday, a court in Tamale, the regional capital, released Nyarko on bail, her"
                + " lawyer, Efua Mensah, and a cousin who spoke on condition of anonymity told"
                + " reporters.");
    assertEquals(Set.of("Efua Mensah", "a cousin who spoke on condition of anonymity"), s);
  }

  @Test
  void anAccordingToClauseMayOpenTheSentence() throws IOException {
    Set<String> s =
        sources("According to local news reports, police arrested Nyarko on March 2, 2031.");
    assertEquals(Set.of("local news reports"), s);
  }

  @Test
  void anAcronymInBracketsAndAnAdverbStandBetweenPartyAndVerb() throws IOException {
    Set<String> s =
        sources(
            "The Coastal Press Union (CPU) later said police had beaten Nyarko. His lawyers also"
                + " said the charge was baseless.");
    assertTrue(s.stream().anyMatch(w -> w.startsWith("Coastal Press Union")), s.toString());
    assertTrue(s.contains("His lawyers") || s.contains("his lawyers"), s.toString());
  }

  @Test
  void aMediumDescribedBeforeItsNameIsASource() throws IOException {
    Set<String> s =
        sources(
            "Nyarko was moved to a hospital on May 5, 2031, the daily Morning Lantern reported.");
    assertEquals(1, s.size(), s.toString());
    assertTrue(s.iterator().next().contains("Morning Lantern"), s.toString());
  }

  @Test
  void aDescribedSpeakerNamedInAnAppositiveIsOneSource() throws IOException {
    Set<String> s =
        sources(
            "Police arrested Nyarko on March 2, 2031, according to the police spokeswoman, Ama"
                + " Boateng, who spoke on local radio.");
    assertEquals(Set.of("Ama Boateng"), s);
  }

  @Test
  void describedPartiesJoinedByAndAreOneAccount() throws IOException {
    Set<String> s =
        sources(
            "Police arrested Nyarko on March 2, 2031, her friends and relatives of her colleagues"
                + " told reporters.");
    assertEquals(Set.of("her friends and relatives of her colleagues"), s);
  }

  @Test
  void aClauseBeforeTheSpeakerIsNoParty() throws IOException {
    Set<String> s =
        sources(
            "In June 2031, the High Court in Tamale rejected her appeal, her lawyer Kofi Mensah"
                + " told reporters. During the hearing, Nyarko told reporters she was innocent.");
    assertEquals(Set.of("Kofi Mensah"), s);
  }

  /**
   * Reports that disagree: a determiner is no party ("The reports differ" is not "The" who
   * "reports"), a medium after a colon speaks, and each "according to" of a sentence that sets two
   * accounts side by side credits its own party.
   */
  @Test
  void disagreeingAccountsCreditEachOfTheirParties() throws IOException {
    Set<String> s =
        sources(
            "Police held Nyarko in March 2031. The reports differ on where: Radio Lumen says she was"
                + " held in Tamale."
                + " She left Tamale in May 2031, according to one agency report, or in June,"
                + " according to the Morning Lantern and the Coastal Press Union.");
    assertTrue(s.stream().noneMatch(w -> w.equalsIgnoreCase("the")), s.toString());
    assertTrue(s.contains("Radio Lumen"), s.toString());
    assertTrue(s.contains("one agency report"), s.toString());
    assertTrue(s.stream().anyMatch(w -> w.contains("Coastal Press Union")), s.toString());
    assertTrue(s.stream().noneMatch(w -> w.contains(", or")), s.toString());
  }

  /**
   * Every party a rule finds in a sentence is credited, not only the first ("X said ...; Y said
   * ..."), and a medium quoting someone is still the one that says it.
   */
  @Test
  void eachPartyOfASentenceThatSetsAccountsSideBySideIsASource() throws IOException {
    Set<String> s =
        sources(
            "Police arrested Nyarko on March 2, 2031. The Coastal Press Union said she had been"
                + " beaten; the Morning Lantern said she had not. Radio Lumen, quoting a court"
                + " clerk, said her trial would open in May.");
    assertTrue(s.stream().anyMatch(w -> w.contains("Coastal Press Union")), s.toString());
    assertTrue(s.stream().anyMatch(w -> w.contains("Morning Lantern")), s.toString());
    assertTrue(s.stream().anyMatch(w -> w.contains("Radio Lumen")), s.toString());
  }

  /**
   * Vague parties are sources where they state something ("other reports put", "some accounts
   * date", "family sources confirmed", "colleagues told"), but "reports differ" only says that they
   * disagree, and credits no one.
   */
  @Test
  void vagueAccountsThatStateSomethingAreSources() throws IOException {
    Set<String> s =
        sources(
            "Police arrested Nyarko in Tamale on March 2, 2031; other reports put the arrest a"
                + " week later. Some accounts date her transfer to Bolgatanga to May 2031. In"
                + " June 2031, family sources confirmed that she was alive. She wrote about"
                + " fishing rights, colleagues told the Morning Lantern. Reports differ on her"
                + " age.");
    assertTrue(s.contains("other reports"), s.toString());
    assertTrue(s.contains("Some accounts"), s.toString());
    assertTrue(s.contains("family sources"), s.toString());
    assertTrue(s.contains("colleagues"), s.toString());
    assertTrue(s.stream().noneMatch(w -> w.equalsIgnoreCase("reports")), s.toString());
  }

  /**
   * A state body described by its noun speaks too ("the prison service said", "the government
   * denied").
   */
  @Test
  void describedStateBodiesThatSpeakAreSources() throws IOException {
    Set<String> s =
        sources(
            "Nyarko died in custody in Tamale on May 5, 2031; the prison service said she had"
                + " been ill. Her family blamed officials; the government denied it.");
    assertTrue(s.stream().anyMatch(w -> w.equalsIgnoreCase("the prison service")), s.toString());
    assertTrue(s.stream().anyMatch(w -> w.equalsIgnoreCase("the government")), s.toString());
  }
}
