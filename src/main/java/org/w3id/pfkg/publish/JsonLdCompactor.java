package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Node objects of JSON-LD 1.1 compacted form, made straight from a subject's triples against the
 * published context. A general processor (titanium) converts the triples to expanded JSON-LD and
 * compacts that, checking every term of the context for every IRI: at 3 000 cases that was a fifth
 * of a build's CPU. This class does what compaction does for the features our context uses, and
 * refuses a context that uses more ({@code @vocab}, {@code @base}, containers, languages, ...):
 *
 * <ul>
 *   <li>a term per property, plain or coerced to {@code @id} or a datatype; of several terms for
 *       one IRI the shortest (then the least) is taken, as JSON-LD's inverse context does;
 *   <li>a value takes the term coerced to its kind (an IRI or blank node: {@code @id}; a literal:
 *       its datatype), else the plain term with a value object, else the property's compact IRI;
 *   <li>prefixes (terms whose IRI ends in {@code /}, {@code #}, ...) give compact IRIs, the
 *       shortest, then the least; {@code rdf:type} with IRI objects becomes {@code @type}.
 * </ul>
 *
 * <p>Literals keep their lexical forms (no native JSON numbers or booleans), so the node objects
 * read back to exactly the triples they came from. JsonLdCompactorTest holds the output to
 * titanium's compaction of the same triples and to the triples read back.
 */
final class JsonLdCompactor {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final String ID = "@id";
  private static final String TYPE = "@type";

  /** A key of the context and what its values are coerced to: null, {@code @id} or a datatype. */
  private record Term(String key, String coercion) {}

  private record Prefix(String name, String namespace) {}

  private final Map<String, List<Term>> termsByIri;
  private final Set<String> keys;
  private final List<Prefix> prefixes;

  private JsonLdCompactor(
      Map<String, List<Term>> termsByIri, Set<String> keys, List<Prefix> prefixes) {
    this.termsByIri = termsByIri;
    this.keys = keys;
    this.prefixes = prefixes;
  }

  /** The compactor for a context document, {@code {"@context": {...}}}. */
  static JsonLdCompactor of(JsonNode contextDocument) {
    JsonNode context = contextDocument.path("@context");
    if (!context.isObject()) {
      throw new PfkgException("the JSON-LD context document has no @context object");
    }
    Map<String, String> namespaces = new HashMap<>();
    context
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isTextual() && isPrefix(e.getKey(), e.getValue().asText())) {
                namespaces.put(e.getKey(), e.getValue().asText());
              }
            });
    List<Prefix> prefixes = new ArrayList<>();
    namespaces.forEach((name, ns) -> prefixes.add(new Prefix(name, ns)));
    Map<String, List<Term>> byIri = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, JsonNode> e : context.properties()) {
      String key = e.getKey();
      JsonNode def = e.getValue();
      if (key.startsWith("@")) {
        throw unsupported(key);
      }
      String iri;
      String coercion = null;
      if (def.isTextual()) {
        iri = expand(def.asText(), namespaces);
      } else if (def.isObject() && def.path(ID).isTextual()) {
        for (Map.Entry<String, JsonNode> field : def.properties()) {
          if (!field.getKey().equals(ID) && !field.getKey().equals(TYPE)) {
            throw unsupported(key + " " + field.getKey());
          }
        }
        iri = expand(def.get(ID).asText(), namespaces);
        if (def.has(TYPE)) {
          String type = def.get(TYPE).asText();
          if (type.startsWith("@") && !type.equals(ID)) {
            throw unsupported(key + " @type " + type);
          }
          coercion = type.equals(ID) ? ID : expand(type, namespaces);
        }
      } else {
        throw unsupported(key);
      }
      keys.add(key);
      byIri.computeIfAbsent(iri, k -> new ArrayList<>()).add(new Term(key, coercion));
    }
    Comparator<Term> inverseContextOrder =
        Comparator.comparingInt((Term t) -> t.key().length()).thenComparing(Term::key);
    byIri.values().forEach(list -> list.sort(inverseContextOrder));
    return new JsonLdCompactor(byIri, keys, prefixes);
  }

  /**
   * The node objects of {@code triples} (grouped by subject, as the dump's pieces are), a subject
   * with more than {@code maxTriples} triples as several node objects with the same {@code @id}.
   */
  List<ObjectNode> nodes(List<Triple> triples, int maxTriples) {
    List<ObjectNode> nodes = new ArrayList<>();
    int from = 0;
    while (from < triples.size()) {
      Node subject = triples.get(from).getSubject();
      int to = from;
      while (to < triples.size()
          && to - from < maxTriples
          && triples.get(to).getSubject().equals(subject)) {
        to++;
      }
      nodes.add(node(subject, triples.subList(from, to)));
      from = to;
    }
    return nodes;
  }

  /** One subject's node object: {@code @id}, {@code @type}, then the properties by their IRIs. */
  private ObjectNode node(Node subject, List<Triple> triples) {
    List<String> types = new ArrayList<>();
    TreeMap<String, List<Node>> byProperty = new TreeMap<>();
    Triple previous = null;
    for (Triple t : triples) {
      if (t.equals(previous)) {
        continue;
      }
      previous = t;
      if (t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral()) {
        types.add(compactIri(t.getObject(), true));
      } else {
        byProperty
            .computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>())
            .add(t.getObject());
      }
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put(ID, compactIri(subject, false));
    if (types.size() == 1) {
      node.put(TYPE, types.get(0));
    } else if (types.size() > 1) {
      types.forEach(node.putArray(TYPE)::add);
    }
    // The keys in the order of their properties' IRIs, each with its values in the triples' order;
    // a property's values may go to different keys (an IRI to its @id term, a literal elsewhere).
    Map<String, List<JsonNode>> values = new LinkedHashMap<>();
    byProperty.forEach(
        (property, objects) -> {
          for (Node o : objects) {
            Term term = termFor(property, o);
            // No term fits the value: the compact IRI, never a term coerced otherwise (a literal
            // under an @id term would read back as an IRI).
            String key = term != null ? term.key() : compactIri(property, false);
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value(o, term));
          }
        });
    values.forEach(
        (key, list) -> {
          if (list.size() == 1) {
            node.set(key, list.get(0));
          } else {
            list.forEach(node.putArray(key)::add);
          }
        });
    return node;
  }

  /** The term a value of {@code property} is written under, or null for the compact IRI. */
  private Term termFor(String property, Node o) {
    List<Term> terms = termsByIri.get(property);
    if (terms == null) {
      return null;
    }
    String wanted;
    if (!o.isLiteral()) {
      wanted = ID;
    } else if (!o.getLiteralLanguage().isEmpty() || o.getLiteralDatatypeURI().equals(XSD_STRING)) {
      wanted = null;
    } else {
      wanted = o.getLiteralDatatypeURI();
    }
    Term plain = null;
    for (Term t : terms) {
      if (wanted != null && wanted.equals(t.coercion())) {
        return t;
      }
      if (t.coercion() == null && plain == null) {
        plain = t;
      }
    }
    return plain;
  }

  private JsonNode value(Node o, Term term) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    String coercion = term == null ? null : term.coercion();
    if (!o.isLiteral()) {
      String id = compactIri(o, false);
      return ID.equals(coercion) ? json.textNode(id) : json.objectNode().put(ID, id);
    }
    String lexical = o.getLiteralLexicalForm();
    if (!o.getLiteralLanguage().isEmpty()) {
      return json.objectNode().put("@value", lexical).put("@language", o.getLiteralLanguage());
    }
    String datatype = o.getLiteralDatatypeURI();
    if (datatype.equals(XSD_STRING) || datatype.equals(coercion)) {
      return json.textNode(lexical);
    }
    return json.objectNode().put("@value", lexical).put(TYPE, compactIri(datatype, true));
  }

  private String compactIri(Node node, boolean vocab) {
    return node.isBlank() ? "_:" + node.getBlankNodeLabel() : compactIri(node.getURI(), vocab);
  }

  /**
   * An IRI as a term (only where {@code vocab}: a type or a datatype, never a subject or object),
   * else the shortest compact IRI, else itself.
   */
  private String compactIri(String iri, boolean vocab) {
    if (vocab) {
      List<Term> terms = termsByIri.get(iri);
      if (terms != null) {
        // As JSON-LD's term selection for an IRI standing alone: a term coerced to @id first,
        // then a plain one; a datatype-coerced term never names an IRI.
        for (String wanted : new String[] {ID, null}) {
          for (Term t : terms) {
            if (wanted == null ? t.coercion() == null : wanted.equals(t.coercion())) {
              return t.key();
            }
          }
        }
      }
    }
    String best = null;
    for (Prefix p : prefixes) {
      if (iri.length() <= p.namespace().length() || !iri.startsWith(p.namespace())) {
        continue;
      }
      String suffix = iri.substring(p.namespace().length());
      // "x://..." would read as an absolute IRI, not as a compact one.
      if (suffix.startsWith("//")) {
        continue;
      }
      String candidate = p.name() + ":" + suffix;
      if (keys.contains(candidate)) {
        continue;
      }
      if (best == null
          || candidate.length() < best.length()
          || (candidate.length() == best.length() && candidate.compareTo(best) < 0)) {
        best = candidate;
      }
    }
    return best != null ? best : iri;
  }

  /** A simple term usable as a prefix: its IRI ends in a JSON-LD gen-delim character. */
  private static boolean isPrefix(String key, String iri) {
    return !key.startsWith("@")
        && !key.contains(":")
        && !key.contains("/")
        && !iri.isEmpty()
        && ":/?#[]@".indexOf(iri.charAt(iri.length() - 1)) >= 0;
  }

  private static String expand(String value, Map<String, String> namespaces) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String ns = namespaces.get(value.substring(0, colon));
      String rest = value.substring(colon + 1);
      if (ns != null && !rest.startsWith("//")) {
        return ns + rest;
      }
      return value;
    }
    throw new PfkgException("JSON-LD context: '" + value + "' is not an IRI or a compact IRI");
  }

  private static PfkgException unsupported(String what) {
    return new PfkgException(
        "JSON-LD context: '"
            + what
            + "' uses a feature the dump writer does not compact (terms, prefixes and @id or"
            + " datatype coercion only)");
  }
}
