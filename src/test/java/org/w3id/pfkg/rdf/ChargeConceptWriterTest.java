package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/** A charge the vocabulary lacks is published as a concept of its own, not lost. */
class ChargeConceptWriterTest {
  private static final Iris IRIS = Iris.defaults();

  @Test
  void aChargeTheVocabularyLacksBecomesALabelledUncategorisedConcept(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("tomas-varga.txt");
    Files.writeString(
        file,
        "Tomas Varga\n\nTomas Varga was charged with obstructing a census officer and with"
            + " defamation on March 3, 2019.\n");
    CaseDocument doc = new CaseReader().read(file);
    CaseFacts facts = ProjectKnowledge.extractor().extract(doc);
    Model model = new CaseMapper(IRIS).map(doc, facts);

    Resource minted = IRIS.charge("uncategorised/obstructing-a-census-officer");
    Resource journalist = IRIS.journalist("tomas-varga");
    assertTrue(model.contains(journalist, PF.chargedWith, minted));
    assertTrue(model.contains(journalist, PF.chargedWith, IRIS.charge("defamation")));
    assertTrue(model.contains(minted, RDF.type, SKOS.Concept));
    assertTrue(model.contains(minted, SKOS.inScheme, IRIS.scheme("uncategorised-charges")));
    assertEquals(
        "obstructing a census officer",
        model.getProperty(minted, SKOS.prefLabel).getLiteral().getLexicalForm());
    // The vocabulary's own concepts are described in the vocabulary graph, not in the case.
    assertFalse(model.contains(IRIS.charge("defamation"), SKOS.prefLabel));

    // As the build does once per case: the current status and latest sentence of the case.
    Model union =
        ModelFactory.createDefaultModel().add(model).add(CaseSummary.of(model.getGraph(), IRIS));
    new OntologyGraphs(Path.of("ontology"), IRIS).load().values().forEach(union::add);
    var result = new ShaclValidator(Path.of("ontology/shapes.ttl")).validate(union.getGraph());
    assertTrue(result.conforms(), result.report());
  }

  @Test
  void aChargeWithoutLabelOrSchemeViolatesTheShapes() {
    Model m = ModelFactory.createDefaultModel();
    m.add(IRIS.journalist("x"), PF.chargedWith, IRIS.charge("uncategorised/made-up"));
    var result = new ShaclValidator(Path.of("ontology/shapes.ttl")).validate(m.getGraph());
    assertFalse(result.conforms());
    assertTrue(result.report().contains("skos:prefLabel"), result.report());
  }
}
