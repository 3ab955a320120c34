package org.w3id.pfkg.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** Writes claims as claims, each with its source, so that disputes stay visible. */
final class ClaimWriter {
  private final MappingContext ctx;
  private final ProvenanceWriter provenance;

  ClaimWriter(MappingContext ctx, ProvenanceWriter provenance) {
    this.ctx = ctx;
    this.provenance = provenance;
  }

  void write() {
    ctx.facts().claims().forEach(this::claim);
  }

  private void claim(ClaimFact c) {
    Model m = ctx.model();
    Resource node = ctx.iris().claim(ctx.caseId(), c.key());
    String kind = c.kind().name().toLowerCase(Locale.ROOT);
    m.add(node, RDF.type, PF.Claim);
    m.add(node, RDFS.label, kind + ": " + c.summary());
    m.add(node, PF.claimKind, kind);
    ctx.addText(node, SCHEMA.description, c.summary());
    m.add(node, PF.about, ctx.journalist());
    c.charges().forEach(ch -> m.add(node, PF.charge, ctx.iris().charge(ch)));
    c.disputes().ifPresent(k -> m.add(node, PF.disputes, ctx.iris().claim(ctx.caseId(), k)));
    provenance.write(node, c.attribution(), c.evidence());
  }
}
