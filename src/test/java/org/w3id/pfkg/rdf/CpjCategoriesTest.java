package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.vocab.PF;

class CpjCategoriesTest {
  @Test
  void theNamesAreThoseOfTheCategoriesInTheChargesVocabulary() {
    Model charges = RDFDataMgr.loadModel(Path.of("ontology/vocab/charges.ttl").toString());
    Map<String, String> expected = new HashMap<>();
    for (Resource c : charges.listSubjectsWithProperty(RDF.type, PF.CpjChargeCategory).toList()) {
      String slug = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
      for (var p :
          new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, SKOS.altLabel, SKOS.notation}) {
        for (RDFNode o : charges.listObjectsOfProperty(c, p).toList()) {
          expected.put(CpjCategories.fold(o.asLiteral().getLexicalForm()), slug);
        }
      }
    }
    assertEquals(
        5, charges.listSubjectsWithProperty(RDF.type, PF.CpjChargeCategory).toList().size());
    assertEquals(expected, CpjCategories.names());
  }

  @Test
  void aHeaderValueResolvesWhateverItsCaseAndSpacing() {
    assertEquals(Optional.of("no-charge-disclosed"), CpjCategories.slugOf("No charge"));
    assertEquals(Optional.of("anti-state"), CpjCategories.slugOf(" Anti-State "));
    assertEquals(Optional.of("false-news"), CpjCategories.slugOf("False  News"));
    assertEquals(Optional.empty(), CpjCategories.slugOf("Terrorism"));
  }
}
