package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.StatusStatement;

/** Status statements and their dates, on texts written for this test about made-up people. */
class StatusFinderTest {
  @TempDir static Path dir;

  private static CaseFacts extract(String name, String narrative) throws IOException {
    return ProjectEngine.extract(dir, name, narrative);
  }

  private static String status(String name, String narrative) throws IOException {
    return extract(name, narrative).status().code();
  }

  @Test
  void aPresentTenseProfileOutranksAnOldDatedRelease() throws IOException {
    CaseFacts facts =
        extract(
            "Darius Venn",
            "Darius Venn is serving a nine-year sentence. He was first detained in March 2011 and"
                + " was released on April 2, 2012. He was arrested again on May 9, 2015.");
    assertEquals(CaseStatus.IMPRISONED, facts.status());
    StatusStatement st = facts.statusStatement().orElseThrow();
    // Dated by the document: the latest date it mentions.
    assertEquals(Optional.of("2015-05-09"), st.asOf().flatMap(FactDate::iso));
    assertEquals("status:is-serving", st.evidence().rule());
  }

  @Test
  void aDatelineDatesAStatusItsSentenceDoesNot() throws IOException {
    CaseFacts facts =
        extract(
            "Ines Rova",
            "Paris, March 3, 2022 \u2014 Ines Rova remains in pretrial detention, her lawyer said.");
    assertEquals(CaseStatus.DETAINED, facts.status());
    assertEquals(
        Optional.of("2022-03-03"),
        facts.statusStatement().orElseThrow().asOf().flatMap(FactDate::iso));
  }

  @Test
  void theStatusRulesReadEachKindOfStatement() throws IOException {
    assertEquals(
        "released_on_medical_parole",
        status("Kemal Orsa", "Kemal Orsa was released on medical parole in June 2019."));
    assertEquals(
        "at_large_in_exile",
        status("Nadia Pell", "Nadia Pell fled the country and now lives in exile."));
    assertEquals("deceased", status("Omar Tessel", "Omar Tessel died in custody in 2018."));
    assertEquals(
        "deceased", status("Rafi Lund", "Rafi Lund was executed in 2021, a rights group said."));
    assertEquals("missing", status("Lin Oakes", "Lin Oakes has disappeared, his family said."));
    assertEquals("imprisoned", status("Ada Vela", "Ada Vela remains behind bars."));
    assertEquals(
        "detained", status("Tarik Sole", "Tarik Sole was still held without trial in 2020."));
    assertEquals("released", status("Mira Kent", "Mira Kent was freed on bail in 2017."));
  }

  @Test
  void someoneElsesDeathAndAHedgedReleaseStateNoStatus() throws IOException {
    assertEquals(
        "unknown",
        status(
            "Sara Linde",
            "Sara Linde, a reporter, covered the case of a protester who died in police custody."));
    assertEquals(
        "unknown",
        status(
            "Yusuf Brann",
            "A blog claimed that he was freed, but Yusuf Brann's family could"
                + " not confirm whether he was released."));
  }

  @Test
  void presumedReleasesAndWhereClausesStateNoStatus() throws IOException {
    assertEquals(
        "unknown",
        status(
            "Hana Broe",
            "Hana Broe's term ended in 2015, and officials presumed that she had"
                + " been released."));
    assertEquals(
        "unknown",
        status("Emil Sarr", "No report could confirm that Emil Sarr has been released."));
    assertEquals("unknown", status("Vera Holm", "Accounts of where Vera Holm is held differ."));
  }

  @Test
  void aHedgeAfterTheStatementDoesNotDoubtIt() throws IOException {
    assertEquals(
        "released",
        status(
            "Ravi Dent",
            "A rights group said Ravi Dent was released on May 2, 2016, while"
                + " officials presumed that he had left the region."));
  }

  @Test
  void aStateHeldSinceADateHoldsAtTheDocumentsDate() throws IOException {
    CaseFacts facts =
        extract(
            "Lena Fjord",
            "Police arrested Lena Fjord on June 4, 2019, and she has been held since a judge"
                + " refused her bail in August 2019, her family said. Her trial opened on March 2,"
                + " 2021.");
    assertEquals(CaseStatus.DETAINED, facts.status());
    StatusStatement st = facts.statusStatement().orElseThrow();
    assertEquals("status:held-since", st.evidence().rule());
    // Not August 2019, where the holding began: the latest date the document tells.
    assertEquals(Optional.of("2021-03-02"), st.asOf().flatMap(FactDate::iso));
    assertEquals(
        "imprisoned",
        status("Piet Smolders", "Piet Smolders has been jailed in Lorvik since his conviction."));
  }

  @Test
  void aReleaseThatShouldHaveComeStatesNoStatus() throws IOException {
    assertEquals(
        "unknown",
        status(
            "Tomas Ekker",
            "Tomas Ekker should have been freed in May 2020, but the court kept him for two more"
                + " years."));
    assertEquals(
        "unknown",
        status("Ruth Almgren", "Ruth Almgren was due to be released in 2023, her lawyer said."));
  }

  @Test
  void laterThatYearIsTheYearOfTheSentenceBeforeNotOfTheDateline() throws IOException {
    CaseFacts facts =
        extract(
            "Marit Dahl",
            "Oslo, June 2, 2021 \u2014 The blogger Marit Dahl spoke at a rally on Tuesday. In"
                + " 2014 Dahl was given two years for insulting officials. She was released later"
                + " that year, her lawyer said.");
    StatusStatement st = facts.statusStatement().orElseThrow();
    assertEquals(CaseStatus.RELEASED, st.status());
    assertEquals(Optional.of("2014"), st.asOf().flatMap(FactDate::iso));
    assertEquals(
        "released",
        status("Yusuf Arel", "Yusuf Arel was pardoned in May 2022 and was then released."));
    assertEquals(
        "at_large_in_exile",
        status("Noor Tesh", "Noor Tesh has worked from exile in Lisbon since she fled in 2021."));
  }

  @Test
  void aDateAheadOfTheWritingDoesNotDateTheDocument() throws IOException {
    CaseFacts facts =
        extract(
            "Selim Varo",
            "Selim Varo was arrested on May 3, 2019. A court ordered him held until March 2031."
                + " He was pardoned in an amnesty and was then released.");
    StatusStatement st = facts.statusStatement().orElseThrow();
    assertEquals(CaseStatus.RELEASED, st.status());
    // Not March 2031: the latest date the document tells as past.
    assertEquals(Optional.of("2019-05-03"), st.asOf().flatMap(FactDate::iso));
  }
}
