package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.facts.EntityKind;

/**
 * Open-world recognition: organisations, outlets and facilities the gazetteer has never seen, found
 * by the shape of their names and the words around them. Every sentence here is invented.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenWorldEntitiesTest {
  private Knowledge knowledge;
  private EntityFinder finder;

  @BeforeAll
  void load() {
    knowledge = ProjectKnowledge.knowledge();
    finder = new EntityFinder(knowledge);
  }

  private List<String> surfaces(String sentence, EntityKind kind) {
    return finder.find(sentence).stream()
        .filter(h -> h.kind() == kind && !h.adjectival())
        .map(EntityHit::surface)
        .toList();
  }

  private List<String> organisations(String sentence) {
    return surfaces(sentence, EntityKind.ORGANIZATION);
  }

  private List<String> linkedOutlets(String sentence) {
    return finder.find(sentence).stream()
        .filter(h -> h.kind() == EntityKind.OUTLET && h.linked())
        .map(EntityHit::surface)
        .toList();
  }

  @Test
  void organisationsAreFoundByTheirHeadWords() {
    assertEquals(
        List.of("Valdoria Regional Court", "Ministry of the Interior"),
        organisations(
            "The Valdoria Regional Court upheld the ban, and the Ministry of the Interior said"
                + " nothing."));
    assertEquals(
        List.of("State Procuratorate"),
        organisations("The State Procuratorate indicted the editor in May."));
  }

  @Test
  void aLoneHeadIsAGenericReferenceNotAName() {
    assertTrue(organisations("Police said the court would rule soon.").isEmpty());
    assertTrue(organisations("The Court adjourned the hearing.").isEmpty());
  }

  @Test
  void aTitleBeforeOfIsCutAndAnAndBetweenTwoNamesSplitsThem() {
    assertEquals(
        List.of("Supreme Court"),
        organisations("He wrote to the President of the Supreme Court last week."));
    assertEquals(
        List.of("Interior Ministry", "Supreme Court"),
        organisations("The Interior Ministry and the Supreme Court refused to comment."));
    assertEquals(
        List.of("National Intelligence and Security Directorate"),
        organisations("The National Intelligence and Security Directorate held him."));
  }

  @Test
  void aNameEndsAtItsHeadUnlessOfFollows() {
    assertEquals(
        List.of("Border Police"),
        organisations("Border Police Captain Arlo Venn signed the order."));
    assertEquals(
        List.of("Tallow City Court"),
        organisations("The Tallow City Court on March 3 refused bail."));
  }

  @Test
  void aPossessivePlaceOpensNoName() {
    assertEquals(
        List.of("People's Court"), organisations("Hanoi's People's Court sentenced him in June."));
    assertEquals(
        List.of("hanoi"),
        finder.find("Hanoi's People's Court sentenced him in June.").stream()
            .filter(h -> h.kind() == EntityKind.PLACE)
            .map(EntityHit::key)
            .toList());
  }

  @Test
  void anAcronymInBracketsDefinesAnOrganisationThatLaterMentionsReuse() {
    List<List<EntityHit>> hits =
        finder.findAll(
            List.of(
                "Agents of the Coastal Revenue Squad (CRS) raided the newsroom.",
                "The CRS later released two reporters."));
    EntityHit defined = hits.get(0).get(0);
    assertEquals("Coastal Revenue Squad (CRS)", defined.surface());
    assertEquals(EntityKind.ORGANIZATION, defined.kind());
    EntityHit later = hits.get(1).get(0);
    assertEquals("CRS", later.surface());
    assertEquals(defined.key(), later.key());
  }

  @Test
  void anAcronymMustSpellTheNameItFollows() {
    assertTrue(
        OrganisationShapes.spells(
            "SAFU", CapitalisedPhrases.find("Special Anti-Fraud Unit").get(0).words()));
    assertFalse(
        OrganisationShapes.spells(
            "XYZ", CapitalisedPhrases.find("Marble Harbour Watchers").get(0).words()));
    assertTrue(
        organisations("He met Marble Harbour Watchers (XYZ) twice.").isEmpty(),
        "brackets that do not spell the name define nothing");
  }

  @Test
  void knownPlacesAndPlatformsAreNoOrganisations() {
    assertTrue(organisations("Troops entered the West Bank at dawn.").isEmpty());
    assertTrue(
        surfaces("She posted the video on her YouTube channel.", EntityKind.OUTLET).isEmpty());
  }

  @Test
  void mediaHeadsMakeNewsOrganisations() {
    assertEquals(
        List.of("Radio Lumen"),
        surfaces("The broadcast regulator fined Radio Lumen twice.", EntityKind.OUTLET));
    assertTrue(linkedOutlets("The broadcast regulator fined Radio Lumen twice.").isEmpty());
  }

  @Test
  void outletContextsLinkANameToAJournalist() {
    assertEquals(
        List.of("Morning Lantern"),
        linkedOutlets("Dara Quill, a reporter for Morning Lantern, was arrested."));
    assertEquals(
        List.of("Lantern Daily", "Riverside Voice"),
        linkedOutlets("He founded Lantern Daily and later worked for Riverside Voice."));
    assertEquals(
        List.of("Kestrel Times"),
        linkedOutlets("She was the editor-in-chief of the Valdorian daily Kestrel Times."));
    assertEquals(
        List.of("Pebble Post", "Harbour Echo"),
        linkedOutlets(
            "He is the founder and director of the independent outlets Pebble Post and Harbour Echo."));
    assertEquals(
        List.of("Quill Review"),
        linkedOutlets("He had written for the closed Manila news website Quill Review."));
    assertEquals(
        List.of("Harbour Echo"),
        linkedOutlets(
            "Dara Quill, a regular contributor to the Valdorian service of Harbour Echo, was"
                + " detained."));
  }

  @Test
  void outletContextsSkipModifiersPlatformsAndOrganisations() {
    assertTrue(
        linkedOutlets("She is an editor at the Srinagar-based monthly, which closed.").isEmpty());
    assertTrue(linkedOutlets("He was a blogger on YouTube for years.").isEmpty());
    assertEquals(
        List.of("Harbour Rights Foundation"),
        organisations("She was a researcher at the Harbour Rights Foundation."));
    assertTrue(linkedOutlets("The novel she edited, Copper Lanterns, was banned.").isEmpty());
  }

  @Test
  void aNounBeforeOrAfterANameDescribesAnOutlet() {
    assertEquals(
        List.of("Copper Bell"),
        surfaces("The Copper Bell newspaper published the leak.", EntityKind.OUTLET));
    assertEquals(
        List.of("Akhbar al-Sahil"),
        surfaces("It ran in the Arabic-language daily Akhbar al-Sahil.", EntityKind.OUTLET));
    assertTrue(
        surfaces("It ran in a Spanish-language newspaper in Texas.", EntityKind.OUTLET).isEmpty());
  }

  @Test
  void facilitiesAreFoundByTheirNounsCapitalisedOrNot() {
    assertEquals(
        List.of("Marrow Hill prison"),
        surfaces("He is held in Marrow Hill prison.", EntityKind.FACILITY));
    assertEquals(
        List.of("Kestrel Central Prison"),
        surfaces("She was moved to Kestrel Central Prison.", EntityKind.FACILITY));
    assertEquals(
        List.of("Tarn provincial prison"),
        surfaces("He left Tarn provincial prison on bail.", EntityKind.FACILITY));
    assertEquals(
        List.of("Pre-Trial Detention Center No. 3"),
        surfaces("She is in Pre-Trial Detention Center No. 3 now.", EntityKind.FACILITY));
  }

  @Test
  void aFacilityNamedByItsPlaceKeepsThePlace() {
    String sentence = "She was held in a women's prison in Ankara for a year.";
    assertEquals(List.of("women's prison in Ankara"), surfaces(sentence, EntityKind.FACILITY));
    assertEquals(List.of("Ankara"), surfaces(sentence, EntityKind.PLACE));
  }

  @Test
  void demonymsAndSentenceOpenersNameNoFacility() {
    assertTrue(surfaces("He spent a year in a Saudi prison.", EntityKind.FACILITY).isEmpty());
    assertTrue(surfaces("In prison, he wrote poems.", EntityKind.FACILITY).isEmpty());
    assertTrue(
        surfaces("He got a 19-year 8-month prison term.", EntityKind.FACILITY).isEmpty(),
        "a term is no prison");
  }

  @Test
  void demonymsAreNoPlacesButMakeAuthorities() {
    assertTrue(knowledge.isDemonym("Nigerien"));
    assertTrue(surfaces("A Somali reporter was freed.", EntityKind.PLACE).isEmpty());
    assertTrue(
        knowledge.authorityRules().get(0).pattern().matcher("Burundian authorities said").find());
    assertTrue(
        knowledge.authorityRules().get(0).pattern().matcher("a Nigerien court ruled").find());
  }

  @Test
  void anImportedPlaceBeforeAnotherCapitalisedWordIsPartOfAName() {
    assertTrue(surfaces("Ankara Morrow, his lawyer, spoke.", EntityKind.PLACE).isEmpty());
    assertEquals(List.of("Ankara"), surfaces("He flew to Ankara Province.", EntityKind.PLACE));
  }

  @Test
  void aPlaceBeforeBasedIsAPlace() {
    assertEquals(
        List.of("Ankara"), surfaces("He wrote for an Ankara-based weekly.", EntityKind.PLACE));
  }
}
