package org.w3id.pfkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.Provenance;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.Slug;

/** Writes who says so and where: document, credited party, publisher, evidence and rule. */
final class ProvenanceWriter {
  private final MappingContext ctx;
  private final EvidenceWriter evidence;

  ProvenanceWriter(MappingContext ctx) {
    this.ctx = ctx;
    this.evidence = new EvidenceWriter(ctx);
  }

  void write(Resource subject, Provenance p) {
    write(subject, p.attribution(), p.evidence());
  }

  void write(Resource subject, Attribution attribution, Evidence ev) {
    Model m = ctx.model();
    m.add(subject, PROV.wasDerivedFrom, ctx.iris().document(ev.documentId()));
    attribution.accordingTo().ifPresent(s -> m.add(subject, PF.accordingTo, source(s)));
    attribution.reportedBy().ifPresent(s -> m.add(subject, PF.reportedBy, source(s)));
    m.add(subject, PF.evidence, evidence.write(ev));
    ctx.addText(subject, PF.extractionRule, ev.rule());
  }

  /** The node of a credited party; every kind gets a type and a label so that pages can name it. */
  Resource source(Source source) {
    Model m = ctx.model();
    Resource node =
        switch (source.kind()) {
          case ORGANIZATION -> typed(ctx.iris().org(source.key()), SCHEMA.Organization);
          case PERSON -> typed(ctx.iris().person(source.key()), SCHEMA.Person);
          case AUTHORITY -> authority(source.name());
          case DESCRIBED ->
              typed(
                  ctx.iris().describedSource(ctx.caseId(), Slug.of(source.name())),
                  PF.DescribedSource);
        };
    m.add(node, RDF.type, PROV.Agent);
    m.add(node, RDFS.label, source.name());
    if (source.kind() != org.w3id.pfkg.facts.SourceKind.DESCRIBED) {
      m.add(node, SCHEMA.name, source.name());
    }
    return node;
  }

  /**
   * Authorities are named as loosely as the text names them ("police", "authorities"), so their
   * nodes belong to the case: the police of one country's case are not those of another's.
   */
  Resource authority(String name) {
    Resource node = typed(ctx.iris().describedSource(ctx.caseId(), Slug.of(name)), PF.Authority);
    ctx.model().add(node, RDFS.label, name);
    ctx.model().add(node, SCHEMA.name, name);
    return node;
  }

  private Resource typed(Resource node, Resource type) {
    ctx.model().add(node, RDF.type, type);
    return node;
  }
}
