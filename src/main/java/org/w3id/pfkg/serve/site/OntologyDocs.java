package org.w3id.pfkg.serve.site;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * The ontology documentation at {@code /page/ontology}, in the manner of pyLODE and Widoco: every
 * class and property of the live release's ontology graph ({@code ontology/pfkg.ttl}) with its
 * label, comment, super-terms, domain and range, the SHACL constraints of {@code
 * ontology/shapes.ttl} that bear on it ({@link ShapeConstraints}), and a few examples from the
 * data; each under an anchor named by its local name, which is where every {@code pf:} link of the
 * site points ({@link SitePaths#pageHref}). Read afresh at each request, so a new release shows at
 * once.
 */
final class OntologyDocs {
  /** Examples shown per term: enough to see the shape of the values. */
  static final int EXAMPLES = 3;

  static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

  private final Dataset dataset;
  private final Iris iris;
  private final SitePaths paths;

  /** Read at the first ontology page, not at launch. */
  private final Lazy<ShapeConstraints> shapes;

  private volatile Cached cached = new Cached(null, null);

  /**
   * The page's model and the store it was read from: a served store does not change (a new release
   * is a new store, with its own context object), and the examples and counts scan the data.
   */
  private record Cached(Object store, Docs docs) {}

  OntologyDocs(Dataset dataset, Iris iris, SitePaths paths) {
    this.dataset = dataset;
    this.iris = iris;
    this.paths = paths;
    this.shapes = new Lazy<>(() -> new ShapeConstraints(shapesFromClasspath(), iris.prefixes()));
  }

  /** One documented term. */
  record Term(
      String id,
      String iri,
      String kind,
      String label,
      String comment,
      List<Link> supers,
      List<Link> subs,
      List<Link> domain,
      List<Link> range,
      List<Link> inDomainOf,
      List<Link> inRangeOf,
      List<String> constraints,
      List<Example> examples,
      long uses) {}

  /** One use of a term in the data: a subject and, for a property, its value. */
  record Example(Link subject, Link value) {}

  /** The whole page's model. */
  record Docs(
      String iri,
      String title,
      String comment,
      String version,
      String license,
      List<Term> classes,
      List<Term> objectProperties,
      List<Term> datatypeProperties,
      List<Term> otherTerms) {}

  Docs read() {
    Object store = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getContext());
    Cached c = cached;
    if (c.store() == store && c.docs() != null) {
      return c.docs();
    }
    Docs docs = Txn.calculateRead(dataset, this::readInTransaction);
    cached = new Cached(store, docs);
    return docs;
  }

  private Docs readInTransaction() {
    Model ontology = ModelFactory.createDefaultModel();
    ontology.add(dataset.getNamedModel(iris.ontologyGraph().getURI()));
    Graph union = dataset.asDatasetGraph().getUnionGraph();
    Resource self = ontology.createResource(PF.NS);
    List<Term> classes = terms(ontology, union, OWL.Class, "class");
    List<Term> objects = terms(ontology, union, OWL.ObjectProperty, "object property");
    List<Term> datatypes = terms(ontology, union, OWL.DatatypeProperty, "datatype property");
    List<Term> other = new ArrayList<>();
    for (Resource r : ontology.listSubjects().toList()) {
      if (r.isURIResource()
          && r.getURI().startsWith(PF.NS)
          && r.getURI().length() > PF.NS.length()
          && !r.hasProperty(RDF.type, OWL.Class)
          && !r.hasProperty(RDF.type, OWL.ObjectProperty)
          && !r.hasProperty(RDF.type, OWL.DatatypeProperty)) {
        other.add(term(ontology, union, r, "term"));
      }
    }
    other.sort(Comparator.comparing(Term::id));
    return new Docs(
        PF.NS,
        text(self, DCTerms.title),
        text(self, RDFS.comment),
        text(self, OWL.versionInfo),
        self.hasProperty(DCTerms.license)
            ? self.getPropertyResourceValue(DCTerms.license).getURI()
            : "",
        classes,
        objects,
        datatypes,
        other);
  }

  private List<Term> terms(Model ontology, Graph union, Resource type, String kind) {
    return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(PF.NS))
        .map(r -> term(ontology, union, r, kind))
        .sorted(Comparator.comparing(Term::id, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private Term term(Model ontology, Graph union, Resource r, String kind) {
    boolean isClass = kind.equals("class");
    Property superOf = isClass ? RDFS.subClassOf : RDFS.subPropertyOf;
    return new Term(
        r.getURI().substring(PF.NS.length()),
        r.getURI(),
        kind,
        text(r, RDFS.label),
        text(r, RDFS.comment),
        links(ontology.listObjectsOfProperty(r, superOf).toList()),
        links(ontology.listSubjectsWithProperty(superOf, r).toList()),
        links(ontology.listObjectsOfProperty(r, RDFS.domain).toList()),
        links(ontology.listObjectsOfProperty(r, RDFS.range).toList()),
        isClass ? links(ontology.listSubjectsWithProperty(RDFS.domain, r).toList()) : List.of(),
        isClass ? links(ontology.listSubjectsWithProperty(RDFS.range, r).toList()) : List.of(),
        isClass ? shapes.get().onClass(r.getURI()) : shapes.get().onProperty(r.getURI()),
        isClass ? instances(union, r.asNode()) : uses(union, r.asNode()),
        count(union, r.asNode(), isClass));
  }

  private List<Example> instances(Graph union, Node cls) {
    LabelIndex labels = new LabelIndex(union);
    return union
        .find(Node.ANY, RDF.type.asNode(), cls)
        .mapWith(t -> new Example(link(labels, t.getSubject()), null))
        .toList()
        .stream()
        .limit(EXAMPLES)
        .toList();
  }

  private List<Example> uses(Graph union, Node property) {
    LabelIndex labels = new LabelIndex(union);
    List<Example> examples = new ArrayList<>();
    var found = union.find(Node.ANY, property, Node.ANY);
    try {
      while (found.hasNext() && examples.size() < EXAMPLES) {
        var t = found.next();
        examples.add(new Example(link(labels, t.getSubject()), link(labels, t.getObject())));
      }
    } finally {
      found.close();
    }
    return examples;
  }

  /** Uses of the term in the data, counted up to a bound so a large store stays quick. */
  private static long count(Graph union, Node term, boolean isClass) {
    var found =
        isClass
            ? union.find(Node.ANY, RDF.type.asNode(), term)
            : union.find(Node.ANY, term, Node.ANY);
    long n = 0;
    try {
      while (found.hasNext() && n < 10_000) {
        found.next();
        n++;
      }
    } finally {
      found.close();
    }
    return n;
  }

  private Link link(LabelIndex labels, Node node) {
    if (node.isLiteral()) {
      String text = node.getLiteralLexicalForm();
      return new Link(text, "", text.length() > 120 ? text.substring(0, 117) + "…" : text);
    }
    if (!node.isURI()) {
      return new Link("", "", "(blank node)");
    }
    return new Link(node.getURI(), paths.pageHref(node.getURI()), labels.label(node));
  }

  private List<Link> links(List<? extends RDFNode> nodes) {
    PrefixMapping prefixes = iris.prefixes();
    return nodes.stream()
        .filter(RDFNode::isURIResource)
        .map(n -> n.asResource().getURI())
        .distinct()
        .sorted()
        .map(u -> new Link(u, paths.pageHref(u), prefixes.shortForm(u)))
        .toList();
  }

  private static String text(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isLiteral)
        .map(o -> o.asLiteral())
        .sorted(Comparator.comparing(l -> l.getLanguage().startsWith("en") ? 0 : 1))
        .map(l -> l.getLexicalForm())
        .findFirst()
        .orElse("");
  }

  /**
   * The shapes shipped in the jar (from {@code ontology/shapes.ttl}, the file the build validates
   * with); the store holds no shapes.
   */
  private static Model shapesFromClasspath() {
    Model shapes = ModelFactory.createDefaultModel();
    try (InputStream in =
        OntologyDocs.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
      if (in != null) {
        RDFDataMgr.read(shapes, in, Lang.TURTLE);
      }
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return Objects.requireNonNull(shapes);
  }
}
