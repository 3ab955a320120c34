package org.w3id.pfkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.curate.Action;
import org.w3id.pfkg.curate.CurationNote;
import org.w3id.pfkg.curate.Selector;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * Writes the editors' notes: every note hangs off the case, and an added or corrected fact also
 * points to its note; a removed fact is gone from the graph but its note names it ({@code
 * pf:removedFact}), so that readers see what editors took out and why.
 */
final class CurationWriter {
  private final MappingContext ctx;

  CurationWriter(MappingContext ctx) {
    this.ctx = ctx;
  }

  void write(CurationNote note) {
    Model m = ctx.model();
    Resource node = ctx.iris().curationNote(ctx.caseId(), note.number());
    m.add(node, RDF.type, PF.CurationNote);
    m.add(node, RDFS.label, note.action().code() + " " + note.selector().text());
    m.add(node, SCHEMA.author, note.editor());
    m.add(
        node,
        DCTerms.date,
        ResourceFactory.createTypedLiteral(note.date().toString(), XSDDatatype.XSDdate));
    m.add(node, RDFS.comment, note.reason());
    m.add(node, PF.curationAction, note.action().code());
    note.previousValues().forEach(v -> m.add(node, PF.previousValue, v));
    m.add(ctx.iris().caseIri(ctx.caseId()), PF.curation, node);
    if (note.action() == Action.REMOVE) {
      m.add(node, PF.removedFact, note.selector().text());
    } else {
      m.add(factNode(note.selector()), PF.curation, node);
    }
  }

  /** The node a fact is published as: its own node, or the statement node of a plain fact. */
  private Resource factNode(Selector s) {
    var iris = ctx.iris();
    String doc = s.document();
    Resource j = ctx.journalist();
    return switch (s.kind()) {
      case EVENT -> iris.event(ctx.caseId(), s.key());
      case CLAIM -> iris.claim(ctx.caseId(), s.key());
      case CHARGE -> iris.statement(ctx.caseId(), doc, j, PF.chargedWith, iris.charge(s.key()));
      case ROLE -> iris.statement(ctx.caseId(), doc, j, PF.role, iris.role(s.key()));
      case DETENTION -> iris.statement(ctx.caseId(), doc, j, PF.heldIn, iris.place(s.key()));
      case PERSON -> iris.statement(ctx.caseId(), doc, j, PF.relatedPerson, iris.person(s.key()));
      case OUTLET -> iris.outlet(s.key());
      case ORGANIZATION -> iris.org(s.key());
      case PLACE, FACILITY -> iris.place(s.key());
      case STATUS -> iris.caseIri(ctx.caseId());
    };
  }
}
