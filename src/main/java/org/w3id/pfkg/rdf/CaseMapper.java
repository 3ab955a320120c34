package org.w3id.pfkg.rdf;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.Slug;

/**
 * Turns the facts of one case document into the triples of its case's named graph, as docs/MODEL.md
 * lays them out. A pure function: the same input gives the same triples, with deterministic IRIs
 * only (no blank nodes), so dumps diff cleanly.
 */
public final class CaseMapper {
  private final Iris iris;
  private final Function<String, Optional<String>> cpjCategory;

  /**
   * A mapper whose {@code Charge:} header values name CPJ categories by {@code cpjCategory} (the
   * engine's reading of the charges vocabulary, {@code Extractor.cpjCategory}); a value it does not
   * resolve gets no category IRI, the header itself stays in the document's graph.
   */
  public CaseMapper(Iris iris, Function<String, Optional<String>> cpjCategory) {
    this.iris = Objects.requireNonNull(iris, "iris");
    this.cpjCategory = Objects.requireNonNull(cpjCategory, "cpjCategory");
  }

  /** A mapper without the vocabulary, for tools and tests: a category is its value's slug. */
  public CaseMapper(Iris iris) {
    this(iris, value -> Optional.of(Slug.of(value)));
  }

  /**
   * Every triple of {@code facts}, read from {@code doc}, for the graph {@code graph/case/{case}}.
   */
  public Model map(CaseDocument doc, CaseFacts facts) {
    return map(doc, CuratedFacts.uncurated(facts));
  }

  /**
   * The triples of curated facts: as {@link #map(CaseDocument, CaseFacts)}, plus a {@code
   * pf:curation} note for each editor's operation on this document.
   */
  public Model map(CaseDocument doc, CuratedFacts curated) {
    CaseFacts facts = Objects.requireNonNull(curated, "curated").facts();
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(facts, "facts");
    if (!doc.documentId().equals(facts.documentId())) {
      throw new PfkgException(
          "facts of document '"
              + facts.documentId()
              + "' mapped with document '"
              + doc.documentId()
              + "'");
    }
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefixes(iris.prefixes());
    MappingContext ctx = new MappingContext(iris, model, doc, facts, cpjCategory);
    ProvenanceWriter provenance = new ProvenanceWriter(ctx);
    StatementWriter statements = new StatementWriter(ctx, provenance);
    EntityWriter entities = new EntityWriter(ctx);

    new DocumentWriter(ctx).write();
    // Entities before facts, so that statement labels can use the entities' names.
    entities.write();
    new JournalistWriter(ctx, statements).write();
    new ChargeConceptWriter(ctx).write();
    new EventWriter(ctx, provenance, statements).write();
    new ClaimWriter(ctx, provenance).write();
    CurationWriter curation = new CurationWriter(ctx);
    curated.notes().forEach(curation::write);
    entities.labelBarePlaces();
    oneDescriptionPerEntity(model);
    return model;
  }

  /**
   * One name and label per shared entity even within a document ("CPJ" as a source, "Committee to
   * Protect Journalists" as an organisation named in the text): the rule of {@link
   * EntityDescriptions}, which the build applies again over all documents.
   */
  private void oneDescriptionPerEntity(Model model) {
    Graph entities = new SharedEntities(iris).split(model.getGraph()).entities();
    Graph resolved = EntityDescriptions.resolveAlone(entities);
    entities.find().forEachRemaining(model.getGraph()::delete);
    GraphUtil.addInto(model.getGraph(), resolved);
  }
}
