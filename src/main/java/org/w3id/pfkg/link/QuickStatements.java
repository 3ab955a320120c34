package org.w3id.pfkg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.pfkg.vocab.WD;

/**
 * The way back to Wikidata: for each journalist, what our graph knows in Wikidata's terms (place of
 * detention P2632, convicted of P1399, significant event P793 with point in time P585, employer
 * P108), as QuickStatements V1 lines for an editor to review. A pure function of the graph.
 *
 * <p>A statement is written only when its value is a linked item and it can carry a reference to
 * the case source: S854 (reference URL) for each URL of the document it was read from, S248 (stated
 * in) for the linked organisation that reported it, S813 (retrieved) when known. Anything else is
 * skipped and listed, never guessed. A journalist without a Q-id is skipped, unless {@code create}
 * is on and at least one referenced statement exists: then a CREATE block (label, description, P31
 * human, and the statements on LAST) is written, to be used only after a search of Wikidata found
 * no item for the person (see docs/WIKIDATA.md).
 */
public final class QuickStatements {
  /** What was written and what was left out, with why. */
  public record Export(List<String> lines, List<String> skipped) {}

  private static final String PREFIXES =
      """
      PREFIX pf: <https://w3id.org/pfkg/ontology#>
      PREFIX schema: <http://schema.org/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      """;

  private final Model graph;
  private final boolean create;
  private final List<String> skipped = new ArrayList<>();

  public QuickStatements(Model graph, boolean create) {
    this.graph = graph;
    this.create = create;
  }

  public Export export() {
    List<String> lines = new ArrayList<>();
    String q =
        PREFIXES
            + "SELECT DISTINCT ?j ?name { ?j a pf:Journalist ; schema:name ?name } ORDER BY ?j";
    for (QuerySolution row : select(q)) {
      Resource j = row.getResource("j");
      String name = row.getLiteral("name").getString();
      Optional<String> qid = qid(j);
      List<String> statements = statements(j, name, qid.orElse("LAST"));
      if (qid.isPresent()) {
        lines.addAll(statements);
      } else if (statements.isEmpty()) {
        skipped.add(name + ": no Q-id and no referenced statement to write");
      } else if (!create) {
        skipped.add(
            name + ": no Q-id; " + statements.size() + " statement(s) held back (use --create)");
      } else {
        lines.add("CREATE");
        lines.add("LAST\tLen\t" + string(name));
        lines.add("LAST\tDen\t" + string("journalist"));
        lines.add("LAST\tP31\tQ5");
        lines.addAll(statements);
      }
    }
    return new Export(List.copyOf(lines), List.copyOf(skipped));
  }

  private List<String> statements(Resource j, String name, String item) {
    List<String> out = new ArrayList<>();
    String iri = "<" + j.getURI() + ">";
    // Plain facts: their statement nodes carry the document and the reporting party.
    String facts =
        PREFIXES
            + "SELECT ?p ?o ?doc ?by { ?s rdf:subject "
            + iri
            + " ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc ."
            + " OPTIONAL { ?s pf:reportedBy ?by } FILTER (?p IN (pf:heldIn, pf:outlet)) }"
            + " ORDER BY ?p ?o ?doc";
    for (QuerySolution r : select(facts)) {
      String property = r.getResource("p").getLocalName().equals("heldIn") ? "P2632" : "P108";
      value(name, property, r.getResource("o"))
          .ifPresent(
              v ->
                  reference(name, property, r)
                      .ifPresent(ref -> out.add(item + "\t" + property + "\t" + v + ref)));
    }
    String events =
        PREFIXES
            + "SELECT ?e ?type ?date ?charge ?doc ?by { ?e pf:concerns "
            + iri
            + " ; pf:eventType ?type ; prov:wasDerivedFrom ?doc ."
            + " OPTIONAL { ?e pf:date ?date } OPTIONAL { ?e pf:charge ?charge }"
            + " OPTIONAL { ?e pf:reportedBy ?by } } ORDER BY ?e ?charge ?doc";
    Set<String> seen = new LinkedHashSet<>();
    for (QuerySolution r : select(events)) {
      String time = r.contains("date") ? time(r.getLiteral("date")).orElse(null) : null;
      String when = time == null ? "" : "\tP585\t" + time;
      Resource type = r.getResource("type");
      if (type.getURI().endsWith("/sentencing") && r.contains("charge")) {
        value(name, "P1399", r.getResource("charge"))
            .flatMap(
                v -> reference(name, "P1399", r).map(ref -> item + "\tP1399\t" + v + when + ref))
            .filter(seen::add)
            .ifPresent(out::add);
      }
      value(name, "P793", type)
          .flatMap(v -> reference(name, "P793", r).map(ref -> item + "\tP793\t" + v + when + ref))
          .filter(seen::add)
          .ifPresent(out::add);
    }
    return out.stream().distinct().toList();
  }

  /** The Q-id of a value, or a note of why the statement is skipped. */
  private Optional<String> value(String name, String property, Resource o) {
    Optional<String> qid = qid(o);
    if (qid.isEmpty()) {
      skipped.add(name + ": " + property + " " + o.getURI() + " has no Wikidata item");
    }
    return qid;
  }

  private Optional<String> reference(String name, String property, QuerySolution r) {
    Resource doc = r.getResource("doc");
    StringBuilder ref = new StringBuilder();
    if (r.contains("by")) {
      qid(r.getResource("by")).ifPresent(q -> ref.append("\tS248\t").append(q));
    }
    String urls =
        PREFIXES
            + "SELECT DISTINCT ?u { { <"
            + doc.getURI()
            + "> schema:url ?u } UNION { <"
            + doc.getURI()
            + "> dcterms:source ?u } } ORDER BY ?u LIMIT 1";
    for (QuerySolution u : select(urls)) {
      ref.append("\tS854\t").append(string(u.get("u").toString()));
    }
    if (ref.isEmpty()) {
      skipped.add(name + ": " + property + " from " + doc.getURI() + " has no source URL to cite");
      return Optional.empty();
    }
    doc.listProperties(org.w3id.pfkg.vocab.PF.retrieved)
        .nextOptional()
        .flatMap(s -> time(s.getLiteral()))
        .ifPresent(t -> ref.append("\tS813\t").append(t));
    return Optional.of(ref.toString());
  }

  private Optional<String> qid(RDFNode node) {
    if (!node.isURIResource()) {
      return Optional.empty();
    }
    String q =
        PREFIXES
            + "SELECT ?wd { <"
            + node.asResource().getURI()
            + "> owl:sameAs|skos:exactMatch ?wd } ORDER BY ?wd";
    for (QuerySolution r : select(q)) {
      String uri = r.getResource("wd").getURI();
      if (uri.startsWith(WD.NS)
          && WikidataLink.QID.matcher(uri.substring(WD.NS.length())).matches()) {
        return Optional.of(uri.substring(WD.NS.length()));
      }
    }
    return Optional.empty();
  }

  /** A date in QuickStatements form: day precision 11, month 10, year 9. */
  static Optional<String> time(Literal date) {
    String lexical = date.getLexicalForm();
    if (lexical.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.of("+" + lexical + "T00:00:00Z/11");
    }
    if (lexical.matches("\\d{4}-\\d{2}")) {
      return Optional.of("+" + lexical + "-00T00:00:00Z/10");
    }
    if (lexical.matches("\\d{4}")) {
      return Optional.of("+" + lexical + "-00-00T00:00:00Z/9");
    }
    return Optional.empty();
  }

  /** A QuickStatements string: double quotes, no tab or newline, inner quotes dropped. */
  static String string(String s) {
    return "\"" + s.replaceAll("[\\t\\r\\n]+", " ").replace("\"", "'") + "\"";
  }

  private List<QuerySolution> select(String query) {
    try (QueryExecution exec = QueryExecution.model(graph).query(query).build()) {
      List<QuerySolution> rows = new ArrayList<>();
      exec.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }
}
