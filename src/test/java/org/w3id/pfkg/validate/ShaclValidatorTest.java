package org.w3id.pfkg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;

class ShaclValidatorTest {
  private final Iris iris = Iris.defaults();
  private final ShaclValidator validator = new ShaclValidator(Path.of("ontology/shapes.ttl"));

  /** A minimal event that has everything but evidence. */
  private Model eventWithoutEvidence(Resource event) {
    Model m = ModelFactory.createDefaultModel();
    Resource doc = iris.document("d");
    Resource arrest = iris.eventType("arrest");
    m.add(doc, RDF.type, PF.SourceDocument);
    m.add(arrest, SKOS.inScheme, iris.scheme("event-types"));
    m.add(event, RDF.type, PF.Event);
    m.add(event, PF.eventType, arrest);
    m.add(event, PF.concerns, iris.journalist("j"));
    m.add(event, PROV.wasDerivedFrom, doc);
    return m;
  }

  @Test
  void eventWithoutEvidenceFailsWithReportNamingTheFocusNode() {
    Resource event = iris.event("c", "arrest-2020");
    ValidationResult r = validator.validate(eventWithoutEvidence(event).getGraph());
    assertFalse(r.conforms());
    assertTrue(r.violations() >= 1);
    assertTrue(r.report().contains("<" + event.getURI() + ">"), r.report());
    assertTrue(r.report().contains("pf:evidence"), r.report());
  }

  @Test
  void eventTypeOutsideTheSchemeFails() {
    Resource event = iris.event("c", "x");
    Model m = eventWithoutEvidence(event);
    m.removeAll(event, PF.eventType, null);
    m.add(event, PF.eventType, iris.charge("separatism"));
    ValidationResult r = validator.validate(m.getGraph());
    assertTrue(r.report().contains("event-types"), r.report());
  }

  @Test
  void reversedDateBoundsFail() {
    Resource event = iris.event("c", "y");
    Model m = eventWithoutEvidence(event);
    m.add(event, PF.earliestDate, m.createTypedLiteral("2010-02-01", XSDDatatype.XSDdate));
    m.add(event, PF.latestDate, m.createTypedLiteral("2010-01-01", XSDDatatype.XSDdate));
    ValidationResult r = validator.validate(m.getGraph());
    assertTrue(r.report().contains("after its pf:latestDate"), r.report());
  }

  @Test
  void termWithNeitherLifeNorDurationFails() {
    Model m = ModelFactory.createDefaultModel();
    Resource term = iris.term("c", "s");
    m.add(term, RDF.type, PF.SentenceTerm);
    m.add(term, PF.isLife, m.createTypedLiteral(false));
    ValidationResult r = validator.validate(m.getGraph());
    assertFalse(r.conforms());
    assertTrue(r.report().contains(term.getURI()), r.report());
  }

  @Test
  void termNamingItsSourceWithoutEvidenceFailsAndWithEvidenceConforms() {
    Model m = ModelFactory.createDefaultModel();
    Resource doc = iris.document("d");
    m.add(doc, RDF.type, PF.SourceDocument);
    Resource term = iris.term("c", "sentencing-2011");
    m.add(term, RDF.type, PF.SentenceTerm);
    m.add(term, PF.isLife, m.createTypedLiteral(true));
    m.add(term, PROV.wasDerivedFrom, doc);
    m.add(term, PF.accordingTo, iris.org("some-watchdog"));
    ValidationResult without = validator.validate(m.getGraph());
    assertFalse(without.conforms());
    assertTrue(without.report().contains("the sentence that gave the term"), without.report());

    Resource evidence = iris.evidence("d", 0, 40);
    m.add(evidence, RDF.type, PF.Evidence);
    m.add(term, PF.evidence, evidence);
    ValidationResult with = validator.validate(m.getGraph());
    assertFalse(with.report().contains("the sentence that gave the term"), with.report());
  }

  @Test
  void emptyGraphConforms() {
    ValidationResult r = validator.validate(ModelFactory.createDefaultModel().getGraph());
    assertTrue(r.conforms(), r.report());
  }
}
