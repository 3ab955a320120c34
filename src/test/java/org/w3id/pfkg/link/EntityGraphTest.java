package org.w3id.pfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WD;

class EntityGraphTest {
  private static final Path DATA = Path.of("data");
  private static final Iris IRIS = Iris.defaults();

  private static Model seedGraph() {
    return new EntityGraph(IRIS).build(Gazetteer.read(DATA), LinkTable.read(DATA));
  }

  @Test
  void theIssuesRequiredLinksAreInTheTable() {
    LinkTable links = LinkTable.read(DATA);
    assertEquals("Q20", links.qid("place/norway").orElseThrow());
    assertEquals("Q34800", links.qid("place/xinjiang").orElseThrow());
    assertEquals("Q15175", links.qid("place/guangdong").orElseThrow());
    assertEquals("Q148", links.qid("place/china").orElseThrow());
    assertEquals("Q46118", links.qid("group/uyghur").orElseThrow());
    assertEquals("Q1930187", links.qid("role/journalist").orElseThrow());
    assertTrue(links.size() >= 10, "at least ten verified links");
  }

  @Test
  void rawalpindiIsNeverLinkedAsUrumqi() {
    LinkTable links = LinkTable.read(DATA);
    assertFalse(links.links().stream().anyMatch(l -> l.qid().equals("Q93230")));
  }

  @Test
  void everyLinkedEntityExistsInTheGazetteerOrTheVocabularies() throws Exception {
    Gazetteer gazetteer = Gazetteer.read(DATA);
    String vocab =
        Files.readString(Path.of("ontology/vocab/groups.ttl"))
            + Files.readString(Path.of("ontology/vocab/roles.ttl"))
            + Files.readString(Path.of("ontology/vocab/charges.ttl"));
    for (WikidataLink link : LinkTable.read(DATA).links()) {
      boolean known =
          link.isConcept()
              ? vocab.contains(link.kind() + ":" + link.key() + " a skos:Concept")
              : gazetteer.find(link.entity()).isPresent()
                  || link.kind().equals("event")
                  // A journalist is the person of a case of ours, named after its first document.
                  || link.kind().equals("journalist")
                      && Files.isRegularFile(DATA.resolve("cases/" + link.key() + ".txt"));
      assertTrue(known, link.entity() + " is linked but not ours");
    }
  }

  @Test
  void placesAndOrganisationsGetSameAsAndConceptsExactMatch() {
    Model m = seedGraph();
    assertTrue(m.contains(IRIS.place("norway"), OWL.sameAs, WD.entity("Q20")));
    assertTrue(m.contains(IRIS.place("xinjiang"), OWL.sameAs, WD.entity("Q34800")));
    assertTrue(m.contains(IRIS.place("guangdong"), OWL.sameAs, WD.entity("Q15175")));
    assertTrue(m.contains(IRIS.org("amnesty-international"), OWL.sameAs, WD.entity("Q42970")));
    assertTrue(m.contains(IRIS.group("uyghur"), SKOS.exactMatch, WD.entity("Q46118")));
    assertTrue(m.contains(IRIS.role("journalist"), SKOS.exactMatch, WD.entity("Q1930187")));
    assertFalse(m.contains(IRIS.group("uyghur"), OWL.sameAs, (Resource) null));
  }

  @Test
  void aCityLiesInItsRegionAndTheRegionInItsCountry() {
    Model m = seedGraph();
    assertTrue(m.contains(IRIS.place("urumqi"), SCHEMA.containedInPlace, IRIS.place("xinjiang")));
    assertTrue(m.contains(IRIS.place("xinjiang"), SCHEMA.containedInPlace, IRIS.place("china")));
    assertTrue(m.contains(IRIS.place("urumqi"), SCHEMA.name, "Urumqi"));
    Gazetteer g = Gazetteer.read(DATA);
    Set<String> chain =
        g.containers(g.find("place/urumqi").orElseThrow()).stream()
            .map(GazetteerEntity::key)
            .collect(Collectors.toSet());
    assertEquals(Set.of("xinjiang", "china"), chain);
    assertEquals("china", g.country(g.find("place/shaoguan").orElseThrow()).orElseThrow().key());
  }

  @Test
  void aQidLinkedToTwoEntitiesIsRefused(@TempDir Path data) throws Exception {
    Files.createDirectories(data.resolve("links"));
    Files.writeString(
        data.resolve(LinkTable.FILE),
        "entity\tqid\tlabel\ttype\tverified_by\tverified_on\n"
            + "place/norway\tQ20\tNorway\tcountry\ttest\t2025-01-01\n"
            + "place/noreg\tQ20\tNorway\tcountry\ttest\t2025-01-01\n");
    InputException e = assertThrows(InputException.class, () -> LinkTable.read(data));
    assertTrue(e.getMessage().contains("Q20"), e.getMessage());
  }

  @Test
  void aLinkWithoutEvidenceIsRefused(@TempDir Path data) throws Exception {
    Files.createDirectories(data.resolve("links"));
    Files.writeString(
        data.resolve(LinkTable.FILE),
        "entity\tqid\tlabel\ttype\tverified_by\tverified_on\n"
            + "place/norway\tQ20\tNorway\tcountry\t\t2025-01-01\n");
    assertThrows(InputException.class, () -> LinkTable.read(data));
  }
}
