package org.w3id.pfkg.serve.site;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.pfkg.vocab.OA;
import org.w3id.pfkg.vocab.PF;

/** Reads values for pages from a model (normally the union graph), labelled and sorted. */
final class ModelReading {
  private final Model model;
  private final LabelIndex labels;
  private final SitePaths paths;

  ModelReading(Model model, SitePaths paths) {
    this.model = model;
    this.labels = new LabelIndex(model.getGraph());
    this.paths = paths;
  }

  Model model() {
    return model;
  }

  Link link(RDFNode node) {
    if (node.isLiteral()) {
      String lexical = node.asLiteral().getLexicalForm();
      return new Link(lexical, "", readable(node.asLiteral().getDatatypeURI(), lexical));
    }
    if (node.isAnon()) {
      return new Link("", "", labels.label(node.asNode()));
    }
    String iri = node.asResource().getURI();
    return new Link(iri, paths.pageHref(iri), labels.label(node.asNode()));
  }

  /** Durations and dates as people read them (Humanise); other literals as written. */
  static String readable(String datatype, String lexical) {
    if (XSDDatatype.XSDduration.getURI().equals(datatype)) {
      return Humanise.duration(lexical);
    }
    if (XSDDatatype.XSDdate.getURI().equals(datatype)
        || XSDDatatype.XSDgYearMonth.getURI().equals(datatype)) {
      return Humanise.date(lexical);
    }
    return lexical;
  }

  /** The objects of {@code s p}, labelled, sorted by label. */
  List<Link> links(Resource s, Property p) {
    return model.listObjectsOfProperty(s, p).toList().stream()
        .map(this::link)
        .sorted(Comparator.comparing(Link::label).thenComparing(Link::iri))
        .toList();
  }

  /** The subjects of {@code ? p o}. */
  List<Resource> subjects(Property p, RDFNode o) {
    return model.listSubjectsWithProperty(p, o).toList().stream()
        .sorted(Comparator.comparing(Resource::toString))
        .toList();
  }

  /** One literal value of {@code s p} as text (the smallest, for determinism), or "". */
  String text(Resource s, Property p) {
    return model.listObjectsOfProperty(s, p).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(n -> n.asLiteral().getLexicalForm())
        .sorted()
        .findFirst()
        .orElse("");
  }

  List<String> texts(Resource s, Property p) {
    return model.listObjectsOfProperty(s, p).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(n -> n.asLiteral().getLexicalForm())
        .sorted()
        .distinct()
        .toList();
  }

  /** The exact quotes of the evidence of {@code s} ({@code pf:evidence}, quote selectors). */
  List<String> quotes(Resource s) {
    return model.listObjectsOfProperty(s, PF.evidence).toList().stream()
        .filter(RDFNode::isResource)
        .flatMap(e -> model.listObjectsOfProperty(e.asResource(), OA.hasSelector).toList().stream())
        .filter(RDFNode::isResource)
        .flatMap(sel -> model.listObjectsOfProperty(sel.asResource(), OA.exact).toList().stream())
        .map(n -> n.asLiteral().getLexicalForm())
        .sorted()
        .distinct()
        .toList();
  }

  String label(RDFNode node) {
    return labels.label(node.asNode());
  }

  List<Statement> statementsAbout(Resource s) {
    return model.listStatements(s, null, (RDFNode) null).toList();
  }
}
