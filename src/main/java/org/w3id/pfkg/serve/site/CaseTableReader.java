package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.pfkg.vocab.Iris;

/**
 * Reads the cases table from the live release by SPARQL over the union of its graphs, one query per
 * column, and keeps it for as long as the same store is served: a release never changes, so
 * filtering, sorting and paging are done on the rows in memory rather than by a query per request.
 * The patterns name no graph, so they hold whether shared entities (places, outlets) are described
 * in each case graph or once in {@code graph/entities}.
 */
final class CaseTableReader {

  private final Dataset dataset;
  private final SitePaths paths;
  private final String prologue;
  private volatile Cached cached = new Cached(null, List.of());

  /** The rows and the store they were read from (each store has its own context object). */
  private record Cached(Object store, List<CaseRow> rows) {}

  CaseTableReader(Dataset dataset, SitePaths paths, Iris iris) {
    this.dataset = dataset;
    this.paths = paths;
    this.prologue = prologue(iris);
  }

  /** Every journalist's row, by name. */
  List<CaseRow> rows() {
    Object store = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getContext());
    Cached c = cached;
    if (c.store() == store) {
      return c.rows();
    }
    List<CaseRow> rows = Txn.calculateRead(dataset, this::read);
    cached = new Cached(store, rows);
    return rows;
  }

  private static String prologue(Iris iris) {
    StringBuilder b = new StringBuilder();
    PrefixMapping pm = iris.prefixes();
    pm.getNsPrefixMap()
        .forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    b.append("PREFIX et: <").append(iris.eventType("").getURI()).append(">\n");
    return b.toString();
  }

  private List<CaseRow> read() {
    Map<String, String[]> main = new HashMap<>();
    select(
        "SELECT ?j ?name ?gender ?status WHERE { ?j a pf:Journalist ; schema:name ?name ."
            + " OPTIONAL { ?j schema:gender ?gender } OPTIONAL { ?j pf:status/skos:prefLabel ?status } }",
        s ->
            main.putIfAbsent(
                s.getResource("j").getURI(),
                new String[] {text(s, "name"), gender(s.get("gender")), text(s, "status")}));
    Map<String, TreeSet<String>> aliases = pairs("?j schema:alternateName ?v");
    Map<String, TreeSet<String>> outlets = pairs("?j pf:outlet ?x ." + label("?x"));
    Map<String, TreeSet<String>> charges = pairs("?j pf:chargedWith ?x . ?x skos:prefLabel ?v");
    Map<String, TreeSet<String>> categories =
        pairs(
            "{ ?j pf:chargedWith/skos:broader* ?x . ?x a pf:CpjChargeCategory }"
                + " UNION { ?case pf:journalist ?j ; pf:cpjChargeCategory ?x }"
                + " ?x skos:prefLabel ?v");
    Map<String, TreeSet<String>> heldIn = pairs("?j pf:heldIn ?x ." + label("?x"));
    Map<String, TreeSet<String>> places =
        pairs("{ ?e pf:concerns ?j ; schema:location ?x } UNION { ?j pf:heldIn ?x }" + label("?x"));
    // The case's one derived country (rdf.CaseCountry): a case whose acts lie in two countries has
    // none, rather than a row in each.
    Map<String, TreeSet<String>> countries = pairs("?j pf:country/schema:name ?v");
    Map<String, TreeSet<String>> media =
        pairs("?case pf:journalist ?j ; pf:medium ?x . ?x skos:prefLabel ?v");
    Map<String, TreeSet<String>> localOrForeign =
        pairs("?case pf:journalist ?j ; pf:localOrForeign ?v");
    Map<String, String[]> arrests = firstArrests();
    Map<String, Term> terms = latestTerms();

    List<CaseRow> rows = new ArrayList<>();
    main.forEach(
        (j, m) -> {
          String[] arrest = arrests.getOrDefault(j, new String[] {"", ""});
          Term term = terms.getOrDefault(j, Term.NONE);
          TreeSet<String> alias = new TreeSet<>(aliases.getOrDefault(j, new TreeSet<>()));
          alias.remove(m[0]);
          rows.add(
              new CaseRow(
                  j,
                  paths.pageHref(j),
                  m[0],
                  List.copyOf(alias),
                  list(countries, j),
                  list(outlets, j),
                  arrest[0],
                  arrest[0].length() >= 4 ? arrest[0].substring(0, 4) : "",
                  list(charges, j),
                  list(categories, j),
                  term.words(),
                  term.sortKey(),
                  m[2],
                  list(heldIn, j),
                  list(places, j),
                  m[1],
                  list(media, j),
                  list(localOrForeign, j)));
        });
    rows.sort(
        Comparator.comparing((CaseRow r) -> r.name().toLowerCase(Locale.ROOT))
            .thenComparing(CaseRow::journalist));
    return List.copyOf(rows);
  }

  /** The first arrest or detention of each journalist: its date as written, by earliest day. */
  private Map<String, String[]> firstArrests() {
    Map<String, String[]> first = new HashMap<>();
    select(
        "SELECT ?j ?earliest ?date WHERE { ?e pf:concerns ?j ; pf:eventType ?t ;"
            + " pf:earliestDate ?earliest . FILTER (?t IN (et:arrest, et:detention))"
            + " OPTIONAL { ?e pf:date ?date } } ORDER BY ?j ?earliest",
        s -> {
          String shown = s.contains("date") ? text(s, "date") : text(s, "earliest");
          first.putIfAbsent(s.getResource("j").getURI(), new String[] {shown});
        });
    return first;
  }

  private Map<String, Term> latestTerms() {
    Map<String, Term> terms = new HashMap<>();
    select(
        "SELECT ?j ?months ?life ?death ?suspended ?label WHERE { ?j a pf:Journalist ;"
            + " pf:latestSentence ?t . OPTIONAL { ?t pf:totalMonths ?months }"
            + " OPTIONAL { ?t pf:isLife ?life } OPTIONAL { ?t pf:isDeath ?death }"
            + " OPTIONAL { ?t pf:isSuspended ?suspended } OPTIONAL { ?t rdfs:label ?label } }",
        s ->
            terms.putIfAbsent(
                s.getResource("j").getURI(),
                new Term(
                    s.contains("months") ? s.getLiteral("months").getLong() : -1,
                    flag(s, "life"),
                    flag(s, "death"),
                    flag(s, "suspended"),
                    text(s, "label"))));
    return terms;
  }

  /** Journalist IRI to the sorted values ?v of a pattern over ?j (a journalist). */
  private Map<String, TreeSet<String>> pairs(String pattern) {
    Map<String, TreeSet<String>> values = new HashMap<>();
    select(
        "SELECT DISTINCT ?j ?v WHERE { ?j a pf:Journalist . " + pattern + " }",
        s ->
            values
                .computeIfAbsent(s.getResource("j").getURI(), k -> new TreeSet<>())
                .add(text(s, "v")));
    return values;
  }

  /** ?v: the thing's name, else its label, else its IRI. */
  private static String label(String thing) {
    return " OPTIONAL { "
        + thing
        + " schema:name ?n_ } OPTIONAL { "
        + thing
        + " rdfs:label ?l_ } BIND (COALESCE(?n_, ?l_, STR("
        + thing
        + ")) AS ?v)";
  }

  private void select(String query, Consumer<QuerySolution> row) {
    try (QueryExecution exec =
        QueryExecution.create()
            .dataset(dataset)
            .query(prologue + query)
            .set(TDB2.symUnionDefaultGraph, true)
            .build()) {
      exec.execSelect().forEachRemaining(row);
    }
  }

  private static List<String> list(Map<String, TreeSet<String>> values, String j) {
    TreeSet<String> v = values.get(j);
    return v == null ? List.of() : List.copyOf(v);
  }

  private static String text(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private static boolean flag(QuerySolution s, String var) {
    return s.contains(var) && s.getLiteral(var).getBoolean();
  }

  /** schema:Female to "female"; any other gender IRI by its local name. */
  private static String gender(RDFNode node) {
    if (node == null || !node.isURIResource()) {
      return "";
    }
    String iri = node.asResource().getURI();
    String local = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    return local.toLowerCase(Locale.ROOT);
  }
}
