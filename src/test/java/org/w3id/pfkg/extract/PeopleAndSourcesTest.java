package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.Summary;

/**
 * People and sources found by shape and context, on invented texts about an invented journalist (no
 * real case): titles, relations, appositives, speech, lists, surname mentions, the publisher's
 * advocacy and its staff, and the journalist's own name.
 */
class PeopleAndSourcesTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static JsonNode summary(String narrative) throws IOException {
    Path file = dir.resolve("adwoa-nyarko.txt");
    Files.writeString(file, "Adwoa Nyarko\n\n" + narrative + "\n");
    return Summary.of(extractor.extract(new CaseReader().read(file)));
  }

  /** People by name, with their relation. */
  private static Map<String, String> people(JsonNode summary) {
    Map<String, String> out = new LinkedHashMap<>();
    summary.get("people").forEach(p -> out.put(p.get("name").asText(), p.get("relation").asText()));
    return out;
  }

  private static Set<String> sources(JsonNode summary) {
    Set<String> out = new LinkedHashSet<>();
    summary.get("sources").forEach(s -> out.add(s.get("who").asText()));
    return out;
  }

  @Test
  void aTitleBeforeANameMakesAPersonAndALaterTitledSurnameIsTheSamePerson() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031. Judge Ama Boateng of the Northern Division"
                + " High Court refused her bail. On April 9, Judge Boateng adjourned the case.");
    assertEquals(Map.of("Ama Boateng", "judge"), people(s));
  }

  @Test
  void relationWordsAppositivesAndSpeechMakePeople() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031. Efua Mensah, a lawyer for the family, told"
                + " reporters the charge was baseless. Yaw Darko of the Free Media Circle said the"
                + " arrest was unlawful. Her parents, Kobina and Esi, travelled to the capital.");
    Map<String, String> people = people(s);
    assertEquals("lawyer", people.get("Efua Mensah"));
    assertTrue(people.containsKey("Yaw Darko"), people.toString());
    assertEquals("parent", people.get("Kobina"));
    assertEquals("parent", people.get("Esi"));
  }

  @Test
  void aRoleWithItsComplementBeforeOrAfterANameMakesAPerson() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031, after a deputy minister of roads, Kwame"
                + " Asante, accused her of lying. Two other members of the Coastal Writers Circle,"
                + " Yaa Boakye and Kofi Ampem, were held with her. Akua Dede, director of the port"
                + " authority, was also questioned.");
    Map<String, String> people = people(s);
    assertEquals("minister", people.get("Kwame Asante"), people.toString());
    assertEquals("member", people.get("Yaa Boakye"), people.toString());
    assertTrue(people.containsKey("Kofi Ampem"), people.toString());
    assertEquals("director", people.get("Akua Dede"), people.toString());
    assertTrue(
        people(summary("Nyarko, a fierce critic of Kwesi Badu Mensah, was arrested in 2031."))
            .containsKey("Kwesi Badu Mensah"));
  }

  @Test
  void aNameListedWithAPersonIsAPerson() throws IOException {
    JsonNode s =
        summary(
            "The court sentenced Nyarko in June 2031 together with her colleagues Kofi Owusu,"
                + " Abena Sarpong and Kojo Badu.");
    assertEquals(Set.of("Kofi Owusu", "Abena Sarpong", "Kojo Badu"), people(s).keySet());
  }

  @Test
  void outletsPlacesAndInstitutionsAreNoPeople() throws IOException {
    JsonNode s =
        summary(
            "Nyarko wrote for the daily Morning Lantern and hosted a show on Sunrise FM. She was"
                + " treated at Ridge Valley Hospital, in Cape Merrow, a lawyer said. The Special"
                + " Fraud Office said the case was open.");
    assertEquals(Map.of(), people(s));
  }

  @Test
  void theJournalistsLongerNameIsNoOtherPerson() throws IOException {
    JsonNode s =
        summary(
            "Police arrested the reporter Adwoa Serwaa Nyarko on March 2, 2031, her lawyer said.");
    assertFalse(people(s).containsKey("Adwoa Serwaa Nyarko"), people(s).toString());
  }

  @Test
  void aPersonWhoSpeaksIsASourceOnceAlsoWhenNamedBySurname() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031. Her husband, Kwesi Appiah, said she was"
                + " taken from their home. Appiah told the court she had done nothing wrong.");
    assertEquals(Set.of("Kwesi Appiah"), sources(s));
  }

  @Test
  void thePublisherIsNoSourceOfItsCallsNorItsStaffButOfTheFactsItReports() throws IOException {
    JsonNode advocacy =
        summary(
            "Authorities must release Nyarko at once, the Committee to Protect Journalists said"
                + " today. Ama Owusu, CPJ's West Africa representative, said the arrest was"
                + " unlawful. CPJ called the police several times without an answer.");
    assertEquals(Set.of(), sources(advocacy));
    assertTrue(people(advocacy).containsKey("Ama Owusu"), people(advocacy).toString());
    JsonNode facts = summary("CPJ could not confirm whether Nyarko had been charged.");
    assertEquals(Set.of("CPJ"), sources(facts));
  }

  @Test
  void theJournalistAndClausesAreNoSources() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031. Nyarko told reporters she would appeal. In"
                + " 2029 she accused the governor of fraud.");
    assertEquals(Set.of(), sources(s));
  }

  @Test
  void aDocumentReadByThePublisherIsTheSourceNotThePublisher() throws IOException {
    JsonNode s =
        summary(
            "The charge of fraud was later dropped, according to court documents reviewed by"
                + " CPJ.");
    assertEquals(Set.of("court documents reviewed by CPJ"), sources(s));
  }

  @Test
  void aPersonWhoOnlyWelcomesIsAPersonButNoSource() throws IOException {
    JsonNode s =
        summary(
            "The court freed Nyarko on June 3, 2031. Rapporteur Kofi Asante welcomed the"
                + " decision.");
    assertTrue(people(s).containsKey("Kofi Asante"), people(s).toString());
    assertEquals(Set.of(), sources(s));
  }

  @Test
  void theOrganisationOfASpeakersAffiliationIsNoSecondSource() throws IOException {
    JsonNode s =
        summary(
            "Police arrested Nyarko on March 2, 2031. Yaw Darko of the Coastal Union of Writers"
                + " and Publishers told CPJ that she had been beaten.");
    assertEquals(Set.of("Yaw Darko"), sources(s));
  }

  @Test
  void theJournalistsNameInAnotherTransliterationIsNoOtherPerson() throws IOException {
    JsonNode s =
        summary(
            "An appeals court cut the sentence of the columnist Adwoa Nyarkoh on May 4, 2031,"
                + " said her brother, Kwame Nyarko.");
    assertEquals(Set.of("Kwame Nyarko"), people(s).keySet(), people(s).toString());
  }

  @Test
  void aCurrencyPrefixNamesNoPlace() throws IOException {
    JsonNode s =
        summary("A court in Accra fined Nyarko 20,000 cedis (about US$1,700) on May 4, 2031.");
    List<String> places = new java.util.ArrayList<>();
    s.get("places").forEach(p -> places.add(p.asText()));
    assertEquals(List.of("Accra"), places);
  }

  /**
   * Role nouns of people outside the press ("the aid worker", "his assistant", "the prison's
   * chief,", "two commentators,", "General") make the name after them a person of the case.
   */
  @Test
  void rolesOutsideThePressMakePeople() throws IOException {
    JsonNode s =
        summary(
            "Nyarko was freed in Tamale on May 5, 2031, with the aid worker Kojo Asante and"
                + " two commentators, Efua Owusu and Yaw Darko, the prison's chief, Kwame Ofori,"
                + " said. Her assistant Abena Quaye had written to General Kofi Amankwah.");
    Map<String, String> p = people(s);
    for (String name :
        List.of(
            "Kojo Asante",
            "Efua Owusu",
            "Yaw Darko",
            "Kwame Ofori",
            "Abena Quaye",
            "Kofi Amankwah")) {
      assertTrue(p.containsKey(name), name + " in " + p);
    }
  }

  /**
   * Staff of a group who only pass judgment ("the union's Ama Boateng called the verdict ...",
   * "Kofi Mensah of the Coastal Press Union called ...") are people of the case, not sources, and
   * the group is not credited through them; a relative's or a minister's words stay a source.
   */
  @Test
  void staffPassingJudgmentArePeopleButNoSources() throws IOException {
    JsonNode s =
        summary(
            "A court in Tamale sentenced Nyarko to three years on May 5, 2031. The Coastal Press"
                + " Union's secretary general, Ama Boateng, called the verdict \"a travesty.\""
                + " Kofi Mensah of the Lantern Rights Watch called the trial \"a farce.\" Her"
                + " brother, Yaw Nyarko-Darko, called the charges \"invented.\"");
    Map<String, String> p = people(s);
    Set<String> src = sources(s);
    assertTrue(p.containsKey("Ama Boateng"), p.toString());
    assertTrue(p.containsKey("Kofi Mensah"), p.toString());
    assertFalse(src.contains("Ama Boateng"), src.toString());
    assertFalse(src.contains("Kofi Mensah"), src.toString());
    assertTrue(src.stream().noneMatch(w -> w.contains("Rights Watch")), src.toString());
    assertTrue(src.contains("Yaw Nyarko-Darko"), src.toString());
  }
}
