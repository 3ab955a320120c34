package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.PF;

/**
 * The published JSON-LD context ({@code context.jsonld}): the prefixes, a key per pf: property of
 * the ontology (its local name; object properties coerced to {@code @id}, datatype properties with
 * one non-string range to that datatype) and a key per reused property listed in {@code
 * ontology/jsonld-terms.tsv}. It depends on the ontology and that table only, never on the data, so
 * that it stays the same from release to release while the ontology does.
 */
public final class JsonLdContext {
  static final String FILE = "context.jsonld";
  public static final String TERMS_FILE = "jsonld-terms.tsv";

  private JsonLdContext() {}

  /** The context document, {@code {"@context": {...}}}. */
  public static ObjectNode build(Model ontology, PrefixMapping prefixes, Path termsFile) {
    Map<String, Object> terms = new TreeMap<>();
    PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    for (Resource p : ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList()) {
      if (p.getURI().startsWith(PF.NS)) {
        put(terms, p.getLocalName(), term(pm.shortForm(p.getURI()), "@id"), "ontology");
      }
    }
    for (Resource p : ontology.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList()) {
      if (p.getURI().startsWith(PF.NS)) {
        put(terms, p.getLocalName(), term(pm.shortForm(p.getURI()), coercion(p, pm)), "ontology");
      }
    }
    readTable(termsFile).forEach((key, def) -> put(terms, key, def, termsFile.toString()));
    ObjectMapper json = new ObjectMapper();
    ObjectNode context = json.createObjectNode();
    new TreeMap<>(prefixes.getNsPrefixMap()).forEach(context::put);
    terms.forEach((key, def) -> context.set(key, json.valueToTree(def)));
    ObjectNode root = json.createObjectNode();
    root.set("@context", context);
    return root;
  }

  /** The datatype a literal of {@code p} always has, or null when it may have several. */
  private static String coercion(Resource p, PrefixMapping pm) {
    var ranges = p.listProperties(RDFS.range).mapWith(Statement::getResource).toList();
    if (ranges.size() != 1 || !ranges.get(0).isURIResource()) {
      return null;
    }
    String range = ranges.get(0).getURI();
    boolean plain = range.equals(XSD.xstring.getURI()) || range.equals(RDFS.Literal.getURI());
    return plain ? null : pm.shortForm(range);
  }

  private static Object term(String id, String type) {
    if (type == null) {
      return id;
    }
    Map<String, String> def = new TreeMap<>();
    def.put("@id", id);
    def.put("@type", type);
    return def;
  }

  private static void put(Map<String, Object> terms, String key, Object def, String where) {
    if (terms.putIfAbsent(key, def) != null) {
      throw new PfkgException(
          "JSON-LD key '" + key + "' is defined twice (again in " + where + ")");
    }
  }

  /** Lines {@code key TAB prefixed-property [TAB type]}; {@code #} starts a comment. */
  private static Map<String, Object> readTable(Path file) {
    Map<String, Object> terms = new TreeMap<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols.length > 3) {
          throw new PfkgException(
              file + ":" + n + ": expected 'key<TAB>property[<TAB>type]', got: " + line);
        }
        put(terms, cols[0], term(cols[1], cols.length == 3 ? cols[2] : null), file + ":" + n);
      }
      return terms;
    } catch (IOException e) {
      throw new PfkgException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
