package org.w3id.pfkg.rdf;

import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.vocab.Iris;

/**
 * What every writer of one mapping needs: the IRIs, the model being filled, its input, and the slug
 * of the CPJ category a {@code Charge:} header value names.
 */
record MappingContext(
    Iris iris,
    Model model,
    CaseDocument doc,
    CaseFacts facts,
    Function<String, Optional<String>> cpjCategory) {

  String caseId() {
    return facts.caseId();
  }

  /**
   * The journalist is named after the case, not after each document's spelling: "Gheyrat Niyaz"
   * (CPJ) and "Gheyret Niyaz" (WUC) are one person, and two journalists of the same name are two
   * cases.
   */
  Resource journalist() {
    return iris.journalist(facts.caseId());
  }

  /**
   * The case's own document (its id is the case id) gives the case and the journalist their names;
   * the other documents' spellings become alternate names.
   */
  boolean primary() {
    return doc.documentId().equals(doc.caseId());
  }

  Resource document() {
    return iris.document(doc.documentId());
  }

  /** Adds {@code s p o} unless the literal is blank: empty values carry nothing worth a triple. */
  void addText(Resource s, org.apache.jena.rdf.model.Property p, String value) {
    if (value != null && !value.isBlank()) {
      model.add(s, p, value);
    }
  }

  /** The label a page would show: rdfs:label if written, else the last IRI segment. */
  String labelOf(RDFNode node) {
    if (node.isLiteral()) {
      return node.asLiteral().getLexicalForm();
    }
    Resource r = node.asResource();
    Statement label = model.getProperty(r, RDFS.label);
    if (label != null) {
      return label.getString();
    }
    String uri = r.getURI();
    return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
  }
}
