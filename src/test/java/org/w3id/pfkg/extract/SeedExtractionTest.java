package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.ClaimKind;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.SourceKind;
import org.w3id.pfkg.facts.Summary;

/** The seed profile against its hand-made gold summary in data/gold. */
class SeedExtractionTest {
  private static CaseFacts facts;
  private static JsonNode summary;
  private static JsonNode gold;

  @BeforeAll
  static void extractSeed() throws Exception {
    CaseDocument seed = new CaseReader().read(Path.of("data/cases/gulmire-imin.txt"));
    facts = ProjectKnowledge.extractor().extract(seed);
    summary = Summary.of(facts);
    gold = new ObjectMapper().readTree(Path.of("data/gold/gulmire-imin.json").toFile());
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void journalistNameAndGenderMatchGold() {
    assertEquals(gold.at("/journalist/name"), summary.at("/journalist/name"));
    assertEquals(gold.at("/journalist/gender"), summary.at("/journalist/gender"));
    assertEquals(List.of("uyghur"), facts.journalist().ethnicities());
  }

  @Test
  void outletsPlacesAndChargesMatchGold() {
    assertEquals(texts(gold.get("outlets")), texts(summary.get("outlets")));
    assertEquals(
        Set.of("urumqi", "xinjiang", "guangdong", "norway"),
        facts.places().stream().map(NamedEntity::key).collect(java.util.stream.Collectors.toSet()));
    assertEquals(texts(gold.get("charges")), texts(summary.get("charges")));
  }

  @Test
  void otherOrganisationsAreTheOnesTheTextCites() {
    assertEquals(
        Set.of("Radio Free Asia", "CPJ", "World Uyghur Congress"),
        texts(summary.get("other_organizations_mentioned")));
  }

  @Test
  void everyDatedGoldEventIsFoundWithItsTypeAndNoOther() {
    Set<String> expected = new TreeSet<>();
    gold.get("events")
        .forEach(
            e -> {
              if (!e.get("date").isNull()) {
                expected.add(e.get("type").asText() + "@" + e.get("date").asText());
              }
            });
    Set<String> found = new TreeSet<>();
    summary
        .get("events")
        .forEach(
            e -> {
              if (!e.get("date").isNull()) {
                found.add(e.get("type").asText() + "@" + e.get("date").asText());
              }
            });
    assertEquals(expected, found);
  }

  @Test
  void arrestIsInUrumqiByPolice() {
    EventFact arrest =
        facts.events().stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
    assertEquals("arrest-2009-07-14", arrest.key());
    assertEquals(java.util.Optional.of("urumqi"), arrest.place());
    assertEquals(java.util.Optional.of("police"), arrest.authority());
  }

  @Test
  void sentencingIsCreditedToTheWitnessAsReportedByRfa() {
    EventFact sentencing =
        facts.events().stream()
            .filter(e -> e.type() == EventType.SENTENCING)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "a witness to her trial", sentencing.attribution().accordingTo().orElseThrow().name());
    assertEquals(SourceKind.DESCRIBED, sentencing.attribution().accordingTo().orElseThrow().kind());
    assertEquals("radio-free-asia", sentencing.attribution().reportedBy().orElseThrow().key());
    assertTrue(sentencing.term().orElseThrow().life());
    assertEquals(
        Set.of("separatism", "leaking-state-secrets", "organizing-an-illegal-demonstration"),
        Set.copyOf(sentencing.charges()));
    assertTrue(
        sentencing
            .evidence()
            .quote()
            .startsWith("In August 2010, she was sentenced to life in prison"));
  }

  @Test
  void sentenceHistoryGoesFromLifeTo19Years8Months() {
    assertEquals(gold.at("/sentence/latest_known"), summary.at("/sentence/latest_known"));
    assertEquals(gold.at("/sentence/history"), summary.at("/sentence/history"));
  }

  @Test
  void detentionPlaceIsTheWomensPrisonInUrumqiAccordingToWuc() {
    assertEquals(gold.get("detention_place"), summary.get("detention_place"));
    NamedEntity prison = facts.facilities().get(0);
    assertEquals(java.util.Optional.of("a women’s prison"), prison.description());
    assertEquals(java.util.Optional.of("urumqi"), prison.within());
    assertEquals(
        "world-uyghur-congress",
        facts.detentions().get(0).attribution().accordingTo().orElseThrow().key());
  }

  @Test
  void husbandIsNamedAndLivesInNorway() {
    PersonFact husband = facts.people().get(0);
    assertEquals("Behtiyar Omer", husband.name());
    assertEquals("husband", husband.relation());
    assertEquals(java.util.Optional.of("norway"), husband.residence());
    assertEquals(1, facts.people().size());
  }

  @Test
  void husbandsAccountDisputesThePhoneAccusation() {
    ClaimFact denial =
        facts.claims().stream().filter(c -> c.kind() == ClaimKind.DENIAL).findFirst().orElseThrow();
    ClaimFact disputed =
        facts.claims().stream()
            .filter(c -> c.key().equals(denial.disputes().orElseThrow()))
            .findFirst()
            .orElseThrow();
    assertTrue(disputed.summary().contains("leaking state secrets by phone"), disputed.summary());
    assertEquals("behtiyar-omer", denial.attribution().accordingTo().orElseThrow().key());
  }

  @Test
  void statusIsImprisoned() {
    assertEquals(gold.get("status"), summary.get("status"));
  }

  @Test
  void everyGoldSourceIsCredited() {
    List<String> found =
        StreamSupport.stream(summary.get("sources").spliterator(), false)
            .map(s -> s.get("who").asText().toLowerCase(Locale.ROOT))
            .toList();
    for (JsonNode source : gold.get("sources")) {
      String who = source.get("who").asText().toLowerCase(Locale.ROOT).replaceAll(" \\(.*\\)$", "");
      assertTrue(
          found.stream().anyMatch(f -> f.contains(who) || who.contains(f)),
          () -> who + " not among " + found);
    }
  }
}
