package org.w3id.pfkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.Evidence;

/**
 * Writes a plain fact twice: as the triple, for easy queries, and as an RDF 1.1 {@code
 * rdf:Statement} carrying its provenance (RDF 1.2 triple terms are kept out of the dumps on
 * purpose).
 */
final class StatementWriter {
  private final MappingContext ctx;
  private final ProvenanceWriter provenance;

  StatementWriter(MappingContext ctx, ProvenanceWriter provenance) {
    this.ctx = ctx;
    this.provenance = provenance;
  }

  /** Writes the fact and its statement node, and returns the statement node. */
  Resource write(Resource s, Property p, RDFNode o, Attribution attribution, Evidence evidence) {
    ctx.model().add(s, p, o);
    return reify(s, p, o, attribution, evidence);
  }

  /**
   * Writes only the statement node, for what a source says but the graph does not assert as such (a
   * status that a later document overtook).
   */
  Resource reify(Resource s, Property p, RDFNode o, Attribution attribution, Evidence evidence) {
    Model m = ctx.model();
    Resource st = ctx.iris().statement(ctx.caseId(), evidence.documentId(), s, p, o);
    m.add(st, RDF.type, RDF.Statement);
    m.add(st, RDF.subject, s);
    m.add(st, RDF.predicate, p);
    m.add(st, RDF.object, o);
    m.add(st, RDFS.label, ctx.labelOf(s) + " " + p.getLocalName() + " " + ctx.labelOf(o));
    provenance.write(st, attribution, evidence);
    return st;
  }
}
