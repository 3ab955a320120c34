package org.w3id.pfkg.build;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.CaseSummary;
import org.w3id.pfkg.rdf.EntityDescriptions;
import org.w3id.pfkg.rdf.SharedEntities;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * SHACL validation of one case while its graph is still in memory, before it reaches the store: the
 * union of the case's document graphs (with their own descriptions of the shared entities they
 * name, merged as the entities graph merges them) together with the ontology and vocabulary graphs.
 *
 * <p>This equals validating the union of all published graphs because no shape of {@code
 * ontology/shapes.ttl} spans two cases: every focus node (case, journalist, event, sentence term,
 * evidence, selector, statement, claim) is minted under its own case's IRIs and described in that
 * case's graph only; what a shape looks up beyond the focus node is either in the same case graph
 * (source document, evidence), in the ontology and vocabulary graphs (classes for {@code
 * sh:targetClass} and {@code sh:class}, {@code skos:inScheme} of concepts), or in the description
 * of a shared entity (the label of an uncategorised charge), which the case's documents carry until
 * the build moves it to the entities graph ({@link SharedEntities}). The shared graphs, with the
 * merged entity descriptions, are validated once ({@link #checkShared}). A future shape that counts
 * across cases (e.g. "a journalist's name is unique") would need a union-wide SPARQL check on the
 * loaded store.
 */
final class CaseCheck {
  private final ShaclValidator validator;
  private final Graph schema;
  private final Iris iris;
  private final CaseCountry countries;
  private final CaseCustody custody;
  private final SharedEntities shared;

  /**
   * @param schema the ontology and vocabulary graphs, which every case is validated with
   */
  CaseCheck(ShaclValidator validator, Graph schema, Iris iris) {
    this(validator, schema, iris, CaseCountry.NONE, CaseCustody.NONE);
  }

  /**
   * @param countries the rule of the cases' pf:country, as CaseSummaries will apply it
   * @param custody the rule of the journalists' custody spans, as CaseSummaries will apply it
   */
  CaseCheck(
      ShaclValidator validator,
      Graph schema,
      Iris iris,
      CaseCountry countries,
      CaseCustody custody) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.iris = Objects.requireNonNull(iris, "iris");
    this.countries = Objects.requireNonNull(countries, "countries");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.shared = new SharedEntities(iris);
  }

  /** Validates one case made of the graphs of its documents (one or more). */
  ValidationResult check(List<Graph> documents) {
    Graph caseGraph;
    if (documents.size() == 1) {
      caseGraph = documents.get(0);
    } else {
      // The documents' descriptions of a shared entity merged as the entities graph merges them.
      caseGraph = GraphFactory.createGraphMem();
      EntityDescriptions entities = new EntityDescriptions();
      for (Graph g : documents) {
        SharedEntities.Parts parts = shared.split(g);
        GraphUtil.addInto(caseGraph, parts.caseGraph());
        entities.add(parts.entities());
      }
      GraphUtil.addInto(caseGraph, entities.resolve(Graph.emptyGraph));
    }
    // With the case's summary (status, latest sentence, country) as CaseSummaries will store it.
    Graph summary = CaseSummary.of(caseGraph, iris, countries, custody).getGraph();
    return validator.validate(new Union(new Union(caseGraph, summary), schema));
  }

  /** The summary of the case made of {@code documents} as its own documents give it. */
  DraftSummary draft(List<DocumentCache.Entry> documents) {
    return DraftSummary.of(documents, shared, iris, countries, custody);
  }

  /** Validates the shared graphs (ontology, vocabularies, entities) on their own. */
  ValidationResult checkShared(Graph shared) {
    return validator.validate(shared);
  }
}
