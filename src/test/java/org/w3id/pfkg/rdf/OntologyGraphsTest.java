package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.vocab.Iris;

class OntologyGraphsTest {
  static final Path ONTOLOGY = Path.of("ontology");
  private final Iris iris = Iris.defaults();

  @Test
  void everyTurtleFileUnderOntologyParses() throws IOException {
    try (Stream<Path> files = Files.walk(ONTOLOGY)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList()) {
        assertFalse(TurtleFiles.read(f).isEmpty(), f + " is empty");
      }
    }
  }

  @Test
  void loadsOntologyAndVocabularyIntoTheirGraphs() {
    Map<String, Model> graphs = new OntologyGraphs(ONTOLOGY, iris).load();
    assertEquals(
        Set.of(iris.ontologyGraph().getURI(), iris.vocabularyGraph().getURI()), graphs.keySet());
    Model vocabulary = graphs.get(iris.vocabularyGraph().getURI());
    assertTrue(vocabulary.contains(iris.charge("separatism"), RDF.type, SKOS.Concept));
    assertTrue(vocabulary.contains(iris.scheme("relations"), RDF.type, SKOS.ConceptScheme));
  }

  @Test
  void eventTypeSchemeHasExactlyTheSlugsOfEventType() {
    Model vocabulary =
        new OntologyGraphs(ONTOLOGY, iris).load().get(iris.vocabularyGraph().getURI());
    Set<String> inScheme =
        vocabulary
            .listSubjectsWithProperty(SKOS.inScheme, iris.scheme("event-types"))
            .toList()
            .stream()
            .map(Resource::getURI)
            .collect(Collectors.toSet());
    Set<String> expected =
        Stream.of(EventType.values())
            .map(t -> iris.eventType(t.slug()).getURI())
            .collect(Collectors.toSet());
    assertEquals(expected, inScheme);
  }

  @Test
  void everyConceptHasLabelDefinitionAndScheme() {
    Model vocabulary =
        new OntologyGraphs(ONTOLOGY, iris).load().get(iris.vocabularyGraph().getURI());
    for (Resource c : vocabulary.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
      assertTrue(c.hasProperty(SKOS.prefLabel), c + " has no prefLabel");
      assertTrue(c.hasProperty(SKOS.definition), c + " has no definition");
      assertTrue(c.hasProperty(SKOS.inScheme), c + " is in no scheme");
      String label = c.getProperty(SKOS.prefLabel).getString();
      assertEquals(label.toLowerCase(java.util.Locale.ROOT), label, c + " label not lower case");
    }
  }

  @Test
  void syntaxErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("vocab"));
    Files.writeString(dir.resolve("pfkg.ttl"), "@prefix ex: <http://example.org/> .\n");
    Path broken = dir.resolve("vocab/broken.ttl");
    Files.writeString(broken, "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ;\n ex:d .\n");
    InputException e =
        assertThrows(InputException.class, () -> new OntologyGraphs(dir, iris).load());
    assertEquals(broken, e.location().file());
    assertEquals(4, e.location().line());
    assertTrue(e.getMessage().contains("broken.ttl:4"), e.getMessage());
  }
}
