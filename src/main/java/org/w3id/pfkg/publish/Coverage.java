package org.w3id.pfkg.publish;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * What a release covers, for its VoID description: how many cases and journalists, and the
 * countries of its cases: each case's one derived {@code pf:country} (rdf.CaseCountry), the country
 * where the state acted, as the example queries and the landing page count them.
 *
 * @param countries the country IRIs, sorted
 */
public record Coverage(long cases, long journalists, List<String> countries) {
  private static final Query COUNTS =
      QueryFactory.create(
          "PREFIX pf: <"
              + PF.NS
              + ">\nSELECT (COUNT(DISTINCT ?c) AS ?cases) (COUNT(DISTINCT ?j) AS ?journalists)"
              + " WHERE { { ?c a pf:Case } UNION { ?j a pf:Journalist } }");

  private static final Query COUNTRIES =
      QueryFactory.create(
          "PREFIX pf: <"
              + PF.NS
              + ">\nPREFIX schema: <"
              + SCHEMA.NS
              + ">\nSELECT DISTINCT ?top WHERE { ?case a pf:Case ; pf:country ?top ."
              + " FILTER (isIRI(?top)) } ORDER BY ?top");

  private static final Query CASES_BY_COUNTRY =
      QueryFactory.create(
          "PREFIX pf: <"
              + PF.NS
              + ">\nSELECT ?top (COUNT(DISTINCT ?case) AS ?n) WHERE { ?case a pf:Case ;"
              + " pf:country ?top . FILTER (isIRI(?top)) } GROUP BY ?top");

  /**
   * Per country of the union of the store's graphs, its cases (what {@link StoreCounts} keeps to
   * update the countries by the changed graphs); the caller holds a read transaction.
   */
  public static java.util.SortedMap<String, Long> casesByCountry(DatasetGraph store) {
    var union = ModelFactory.createModelForGraph(store.getUnionGraph());
    java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
    try (QueryExecution q = QueryExecution.model(union).query(CASES_BY_COUNTRY).build()) {
      q.execSelect()
          .forEachRemaining(
              r -> counts.put(r.getResource("top").getURI(), r.getLiteral("n").getLong()));
    }
    return counts;
  }

  /** The coverage of the union of the store's graphs; the caller holds a read transaction. */
  public static Coverage of(DatasetGraph store) {
    var union = ModelFactory.createModelForGraph(store.getUnionGraph());
    long cases;
    long journalists;
    try (QueryExecution q = QueryExecution.model(union).query(COUNTS).build()) {
      QuerySolution row = q.execSelect().next();
      cases = row.getLiteral("cases").getLong();
      journalists = row.getLiteral("journalists").getLong();
    }
    List<String> countries;
    try (QueryExecution q = QueryExecution.model(union).query(COUNTRIES).build()) {
      countries =
          org.apache.jena.atlas.iterator.Iter.toList(q.execSelect()).stream()
              .map(r -> r.getResource("top").getURI())
              .toList();
    }
    return new Coverage(cases, journalists, countries);
  }

  /** One sentence for people, e.g. "74 cases of 74 journalists, in 38 countries". */
  String sentence() {
    return cases
        + " cases of "
        + journalists
        + " journalists, in "
        + countries.size()
        + " countries";
  }
}
