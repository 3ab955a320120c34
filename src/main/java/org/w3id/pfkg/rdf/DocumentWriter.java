package org.w3id.pfkg.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.HeaderField;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.Slug;

/** Writes the case node and the source document with its header fields. */
final class DocumentWriter {
  private final MappingContext ctx;

  DocumentWriter(MappingContext ctx) {
    this.ctx = ctx;
  }

  void write() {
    writeCase();
    writeDocument();
  }

  private void writeCase() {
    Model m = ctx.model();
    CaseFacts facts = ctx.facts();
    Resource c = ctx.iris().caseIri(ctx.caseId());
    String name = facts.journalist().name();
    m.add(c, RDF.type, PF.Case);
    if (ctx.primary()) {
      m.add(c, SCHEMA.name, name);
      m.add(c, RDFS.label, "Case of " + name);
    }
    m.add(c, PF.journalist, ctx.journalist());
    m.add(c, PF.sourceDocument, ctx.document());
    // The status and the latest sentence are the case's, from all its documents: CaseSummary.
    facts.cpjChargeCategory().stream()
        .flatMap(v -> values(v).stream())
        .flatMap(v -> ctx.cpjCategory().apply(v).stream())
        .forEach(slug -> m.add(c, PF.cpjChargeCategory, ctx.iris().charge(slug)));
    facts.medium().stream()
        .flatMap(v -> values(v).stream())
        .forEach(v -> m.add(c, PF.medium, ctx.iris().medium(Slug.of(v))));
    facts.beats().stream()
        .flatMap(v -> values(v).stream())
        .forEach(v -> m.add(c, PF.beat, ctx.iris().beat(Slug.of(v))));
    facts.localOrForeign().ifPresent(v -> ctx.addText(c, PF.localOrForeign, v));
  }

  /** CPJ headers may list several values ("Internet, Print"). */
  private static List<String> values(String header) {
    return Arrays.stream(header.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private void writeDocument() {
    Model m = ctx.model();
    CaseDocument doc = ctx.doc();
    Resource d = ctx.document();
    m.add(d, RDF.type, PF.SourceDocument);
    m.add(d, RDFS.label, doc.name() + " (" + doc.documentId() + ")");
    m.add(d, PF.text, doc.narrative());
    m.add(d, PF.fileName, doc.file().getFileName().toString());
    m.add(d, PF.documentFormat, doc.format().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    doc.sourceUrl().ifPresent(u -> m.add(d, SCHEMA.url, ResourceFactory.createResource(u)));
    doc.retrieved()
        .ifPresent(
            r ->
                m.add(
                    d,
                    PF.retrieved,
                    ResourceFactory.createTypedLiteral(r.toString(), XSDDatatype.XSDdate)));
    doc.sources().forEach(u -> m.add(d, DCTerms.source, ResourceFactory.createResource(u)));
    List<HeaderField> headers = doc.headers();
    for (int i = 0; i < headers.size(); i++) {
      HeaderField h = headers.get(i);
      Resource f = ctx.iris().headerField(doc.documentId(), i + 1);
      m.add(d, PF.headerField, f);
      m.add(f, RDF.type, PF.HeaderField);
      m.add(f, RDFS.label, h.name() + ": " + h.value());
      m.add(f, PF.fieldName, h.name());
      // Kept even when empty: an empty "Beats Covered:" says the source had the field.
      m.add(f, PF.fieldValue, h.value());
    }
  }
}
