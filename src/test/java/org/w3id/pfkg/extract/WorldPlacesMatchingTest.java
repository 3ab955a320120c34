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

// One instance for the class, not static fields, so that the world gazetteer's memory is freed
// once these tests are done (timing tests later in the same JVM measure CPU use).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldPlacesMatchingTest {
  private Knowledge knowledge;
  private EntityFinder finder;

  @BeforeAll
  void load() {
    knowledge = ProjectKnowledge.knowledge();
    finder = new EntityFinder(knowledge);
  }

  private List<String> places(String sentence) {
    return finder.find(sentence).stream()
        .filter(h -> h.kind() == EntityKind.PLACE)
        .map(EntityHit::key)
        .toList();
  }

  @Test
  void knowledgeLoadsBothFilesWithCuratedRowsWinning() {
    Knowledge.GazetteerEntry urumqi = knowledge.gazetteer().get("urumqi");
    assertTrue(urumqi.curated());
    assertEquals("Urumqi", urumqi.name());
    assertTrue(knowledge.gazetteer().get("xinjiang").variants().contains("East Turkistan"));
    Knowledge.GazetteerEntry ankara = knowledge.gazetteer().get("ankara");
    assertFalse(ankara.curated());
    assertTrue(ankara.population() > 100_000);
  }

  @Test
  void importedCitiesAreFoundInASentence() {
    assertEquals(List.of("ankara"), places("He was tried in Ankara last year."));
    assertEquals(List.of("hotan"), places("She was detained in Khotan."));
    assertEquals(List.of("kashgar", "shache"), places("He moved from Kashgar to Yarkand."));
  }

  @Test
  void smallImportedCitiesNeedTheirRegionOrANeighbour() {
    assertTrue(places("He was born in Wusu.").isEmpty());
    assertEquals(List.of("wusu", "xinjiang"), places("He was born in Wusu, Xinjiang."));
  }

  @Test
  void stopListedWordsAndLowerCaseWordsAreNotPlaces() {
    assertTrue(places("Reading the letter, police said Mark was nice.").isEmpty());
    assertTrue(places("He kept reading along the bath.").isEmpty());
    assertTrue(places("The New York-based group wrote.").stream().noneMatch(k -> k.equals("york")));
  }

  @Test
  void importedNamesInsidePersonNamesAreNotPlaces() {
    assertFalse(places("Writers including Cui Weiping signed it.").contains("weiping"));
    // the California town Martinez, its state named in the sentence, is a surname before "de la"
    assertEquals(
        List.of("california"), places("Ana Martinez de la Vega flew to California in May."));
  }

  @Test
  void anAlternateNameOfOnePlaceThatIsAnotherPlacesOwnNameFindsNeitherWrongly() {
    // GeoNames lists "Bethlehem" among the names of Belém (Brazil), "Islamabad" among Chattogram's
    assertFalse(places("Soldiers held him at a checkpoint near Bethlehem.").contains("belem"));
    assertEquals(List.of("islamabad"), places("The hearing moved to Islamabad in May."));
    // a spelling of the city's own name stays: "Geneva" is Genève
    assertTrue(places("The rapporteur spoke in Geneva on Tuesday.").contains("geneve"));
  }

  @Test
  void everyCapitalIsKnownWhateverItsSize() {
    assertEquals(
        List.of("mbabane", "eswatini"),
        places("A court in Mbabane, Eswatini, adjourned the case."));
  }

  @Test
  void aRegionIsFoundWithoutTheWordThatSaysItIsOne() {
    assertTrue(
        places("Insurgents raided villages in the province of Cabo Delgado.")
            .contains("cabo-delgado-province"));
  }

  @Test
  void curatedSmallPlacesOfOurCasesAreFound() {
    assertEquals(List.of("al-bireh"), places("Her family lives in al-Bireh."));
    assertEquals(List.of("dokki"), places("They met at a cafe in the Dokki district."));
  }

  @Test
  void aSmallCityIsTheNamesakeTheDocumentBacks() {
    // the biggest Bethlehem is South African; a text about the West Bank means the Palestinian one
    assertEquals(
        List.of("bethlehem-palestine", "west-bank"),
        places("Troops raided a house in Bethlehem in the occupied West Bank."));
  }

  @Test
  void aBigCityNamedWithAnotherCountryIsThatCountrysNamesake() {
    // the biggest San Jose is Californian; "San Jose, Costa Rica" is the Costa Rican capital
    assertEquals(
        List.of("san-jose-costa-rica", "costa-rica"),
        places("The editor was held overnight in San Jose, Costa Rica, in May."));
    assertEquals(
        List.of("san-jose", "california"),
        places("The editor was held overnight in San Jose, California, in May."));
    assertEquals(List.of("san-jose"), places("The editor flew to San Jose in May."));
  }

  private List<EntityHit> placeHits(String sentence) {
    return finder.find(sentence).stream().filter(h -> h.kind() == EntityKind.PLACE).toList();
  }

  @Test
  void aNeighbourhoodOfAKnownCityIsAPlaceInIt() {
    List<EntityHit> hits =
        placeHits("Agents took her from her flat in the Tembeni district of Kampala at dawn.");
    assertEquals(List.of("tembeni", "kampala"), hits.stream().map(EntityHit::key).toList());
    assertEquals("kampala", hits.get(0).within().orElseThrow());
    assertEquals(
        List.of("lowani", "gulu"),
        places("He was arrested at his home in Lowani, a village outside Gulu, on Monday."));
    assertEquals(
        List.of("santa-ardilla"),
        places("The mayor of the municipality of Santa Ardilla filed the complaint."));
  }

  @Test
  void aNameWithoutAWordForAKindOfPlaceStaysUnknown() {
    assertEquals(List.of("kampala"), places("He met Joseph Kato in Kampala last week."));
    assertEquals(List.of("gulu"), places("She wrote for Lowani Weekly, near Gulu."));
  }
}
