package org.w3id.pfkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.Span;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.OA;
import org.w3id.pfkg.vocab.PF;

/**
 * Writes evidence as Web Annotation specific resources. Web Annotation counts text positions in
 * Unicode code points, while Java strings (and so {@link Span}) count UTF-16 units; this is where
 * the two are reconciled.
 */
final class EvidenceWriter {
  /** How much context the quote selector keeps on each side, in code points. */
  static final int CONTEXT = 32;

  private final MappingContext ctx;

  EvidenceWriter(MappingContext ctx) {
    this.ctx = ctx;
  }

  Resource write(Evidence evidence) {
    if (!evidence.documentId().equals(ctx.doc().documentId())) {
      throw new PfkgException(
          "evidence from document '"
              + evidence.documentId()
              + "' mapped with document '"
              + ctx.doc().documentId()
              + "': "
              + evidence.quote());
    }
    return evidence.span().map(s -> inNarrative(evidence, s)).orElseGet(() -> inHeader(evidence));
  }

  private Resource inNarrative(Evidence evidence, Span span) {
    String text = ctx.doc().narrative();
    if (span.end() > text.length()) {
      throw new PfkgException(
          "evidence span "
              + span
              + " lies beyond the narrative of '"
              + evidence.documentId()
              + "'");
    }
    int start = text.codePointCount(0, span.start());
    int end = start + text.codePointCount(span.start(), span.end());
    Resource node = ctx.iris().evidence(evidence.documentId(), start, end);
    Resource quote = quote(node, span.of(text), evidence.quote());
    ctx.addText(quote, OA.prefix, lastCodePoints(text.substring(0, span.start())));
    ctx.addText(quote, OA.suffix, firstCodePoints(text.substring(span.end())));
    Resource position = ctx.iris().positionSelector(node);
    Model m = ctx.model();
    m.add(node, OA.hasSelector, position);
    m.add(position, RDF.type, OA.TextPositionSelector);
    m.add(position, RDFS.label, "position " + start + "-" + end);
    m.add(position, OA.start, nonNegative(start));
    m.add(position, OA.end, nonNegative(end));
    return node;
  }

  /** Header lines have no narrative offsets: the quote alone locates them. */
  private Resource inHeader(Evidence evidence) {
    Resource node = ctx.iris().headerEvidence(evidence.documentId(), evidence.quote());
    quote(node, evidence.quote(), evidence.quote());
    return node;
  }

  private Resource quote(Resource node, String exact, String label) {
    Model m = ctx.model();
    m.add(node, RDF.type, OA.SpecificResource);
    m.add(node, RDF.type, PF.Evidence);
    m.add(node, RDFS.label, label);
    m.add(node, OA.hasSource, ctx.iris().document(ctx.doc().documentId()));
    Resource quote = ctx.iris().quoteSelector(node);
    m.add(node, OA.hasSelector, quote);
    m.add(quote, RDF.type, OA.TextQuoteSelector);
    m.add(quote, RDFS.label, "quote");
    m.add(quote, OA.exact, exact);
    return quote;
  }

  private static org.apache.jena.rdf.model.Literal nonNegative(int value) {
    return ResourceFactory.createTypedLiteral(
        Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }

  static String lastCodePoints(String s) {
    int n = s.codePointCount(0, s.length());
    return n <= CONTEXT ? s : s.substring(s.offsetByCodePoints(0, n - CONTEXT));
  }

  static String firstCodePoints(String s) {
    int n = s.codePointCount(0, s.length());
    return n <= CONTEXT ? s : s.substring(0, s.offsetByCodePoints(0, CONTEXT));
  }
}
