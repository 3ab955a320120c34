package org.w3id.pfkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.facts.ChargeFact;

/**
 * Describes the charges a case states that the vocabulary does not know yet: each is a {@code
 * skos:Concept} of the {@code uncategorised-charges} scheme (ontology/vocab/charges.ttl), with no
 * broader CPJ category, labelled with the text's wording in the text's capitals ({@link
 * QuotedCase}). Its IRI comes from the wording's slug alone, so the same wording in two cases is
 * one concept; once the vocabulary gains a label for it, extraction maps the wording to the
 * vocabulary's concept instead.
 */
final class ChargeConceptWriter {
  static final String SCHEME = "uncategorised-charges";

  private final MappingContext ctx;

  ChargeConceptWriter(MappingContext ctx) {
    this.ctx = ctx;
  }

  void write() {
    Map<String, String> labels = new LinkedHashMap<>();
    ctx.facts()
        .charges()
        .forEach(
            c -> labels.putIfAbsent(c.concept(), QuotedCase.of(c.text(), c.evidence().quote())));
    // Events and claims name charges by key only; a charge curated away keeps a label from its key.
    ctx.facts()
        .events()
        .forEach(
            e -> e.charges().forEach(c -> labels.computeIfAbsent(c, ChargeConceptWriter::label)));
    ctx.facts()
        .claims()
        .forEach(
            k -> k.charges().forEach(c -> labels.computeIfAbsent(c, ChargeConceptWriter::label)));
    Model m = ctx.model();
    labels.forEach(
        (concept, label) -> {
          if (ChargeFact.uncategorised(concept)) {
            Resource c = ctx.iris().charge(concept);
            m.add(c, RDF.type, SKOS.Concept);
            m.add(c, SKOS.prefLabel, m.createLiteral(label, "en"));
            m.add(c, SKOS.inScheme, ctx.iris().scheme(SCHEME));
          }
        });
  }

  private static String label(String concept) {
    return concept.substring(concept.lastIndexOf('/') + 1).replace('-', ' ');
  }
}
