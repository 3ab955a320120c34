package org.w3id.pfkg.serve.site;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.pfkg.vocab.PF;

/**
 * What the corpus covers, for the landing page, counted from the release itself so the page never
 * claims a scope the data do not have: cases, source documents, the countries where the cases'
 * events and detentions took place, and the years the dated events span. A served store does not
 * change, so the answer is kept per store (a new release is a new store).
 */
final class CorpusScope {
  /**
   * The scope.
   *
   * @param countries countries (or territories) with a case, by number of cases, most first
   * @param firstYear the year of the earliest dated event, 0 when none is dated
   */
  record Scope(long cases, long documents, List<Country> countries, int firstYear, int lastYear) {
    /** The cases that have no country (acts in two countries, or in places not located). */
    long casesWithoutCountry() {
      return cases - countries.stream().mapToLong(Country::cases).sum();
    }
  }

  /** A country and how many cases have it as their country. */
  record Country(Link place, long cases) {}

  /**
   * A case counts under its one derived country ({@code pf:country}, rdf.CaseCountry): the country
   * where the state acted. A case whose acts lie in two countries, or in places the gazetteer does
   * not locate, has none and is counted apart, never once per country it mentions.
   */
  private static final String COUNTRIES =
      "PREFIX pf: <"
          + PF.NS
          + ">\n"
          + "SELECT ?country (COUNT(DISTINCT ?case) AS ?n) WHERE {\n"
          + "  ?case a pf:Case ; pf:country ?country .\n"
          + "} GROUP BY ?country ORDER BY DESC(?n) ?country";

  private static final String TOTALS =
      "PREFIX pf: <"
          + PF.NS
          + ">\n"
          + "SELECT (COUNT(DISTINCT ?case) AS ?cases) (COUNT(DISTINCT ?d) AS ?documents) WHERE {\n"
          + "  { ?case a pf:Case } UNION { ?d a pf:SourceDocument }\n"
          + "}";

  /** Apart from the counts: MIN and MAX are left unbound over rows where the date is unbound. */
  private static final String YEARS =
      "PREFIX pf: <"
          + PF.NS
          + ">\n"
          + "SELECT (MIN(?from) AS ?first) (MAX(?from) AS ?last) WHERE {\n"
          + "  ?e a pf:Event ; pf:earliestDate ?from\n"
          + "}";

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private final Dataset dataset;
  private final SitePaths paths;
  private volatile Object store;
  private volatile Scope scope;

  CorpusScope(Dataset dataset, SitePaths paths) {
    this.dataset = dataset;
    this.paths = paths;
  }

  Scope scope() {
    Object current = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getContext());
    Scope known = scope;
    if (known != null && store == current) {
      return known;
    }
    Scope counted = Txn.calculateRead(dataset, this::count);
    scope = counted;
    store = current;
    return counted;
  }

  private Scope count() {
    var union =
        org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
            dataset.asDatasetGraph().getUnionGraph());
    ModelReading r = new ModelReading(union, paths);
    List<Country> countries =
        select(COUNTRIES).stream()
            .map(
                row ->
                    new Country(r.link(row.getResource("country")), row.getLiteral("n").getLong()))
            .toList();
    List<QuerySolution> totals = select(TOTALS);
    List<QuerySolution> years = select(YEARS);
    return new Scope(
        totals.isEmpty() ? 0 : totals.get(0).getLiteral("cases").getLong(),
        totals.isEmpty() ? 0 : totals.get(0).getLiteral("documents").getLong(),
        countries,
        years.isEmpty() ? 0 : year(years.get(0), "first"),
        years.isEmpty() ? 0 : year(years.get(0), "last"));
  }

  private static int year(QuerySolution row, String var) {
    if (!row.contains(var)) {
      return 0;
    }
    String lexical = row.getLiteral(var).getLexicalForm();
    return lexical.length() >= 4 ? Integer.parseInt(lexical.substring(0, 4)) : 0;
  }

  /**
   * The rows, or none when the query outlives {@link #LIMIT}: on a store of millions of triples the
   * landing page then leaves the country list out rather than hang (the answer is kept all the
   * same, so it is not asked again for that store).
   */
  private List<QuerySolution> select(String query) {
    try (QueryExecution exec =
        QueryExecution.create()
            .dataset(dataset)
            .query(query)
            .set(TDB2.symUnionDefaultGraph, true)
            .timeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      return org.apache.jena.atlas.iterator.Iter.toList(exec.execSelect());
    } catch (QueryCancelledException e) {
      return List.of();
    }
  }
}
