package org.w3id.pfkg.serve.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Who was in custody on a day, by the example query {@code queries/census-on-a-date.rq} run with
 * that day in its {@code VALUES ?census} line: the page and the published query cannot disagree, as
 * they are one text. The custody rule is the query's, stated in its header and on the page.
 */
final class CensusQuery {
  static final String QUERY = "census-on-a-date";
  private static final Pattern CENSUS_DATE =
      Pattern.compile("VALUES \\?census \\{ \"\\d{4}-\\d{2}-\\d{2}\"\\^\\^xsd:date \\}");

  private final Dataset dataset;
  private final SitePaths paths;
  private final String text;

  CensusQuery(Dataset dataset, SitePaths paths, ExampleQueries queries) {
    this.dataset = dataset;
    this.paths = paths;
    this.text =
        queries
            .find(QUERY)
            .orElseThrow(() -> new PfkgException("the example query " + QUERY + " is missing"))
            .text();
    if (!CENSUS_DATE.matcher(text).find()) {
      throw new PfkgException(
          "the example query "
              + QUERY
              + " has no line VALUES ?census { \"YYYY-MM-DD\"^^xsd:date }");
    }
  }

  /** The query text for one day. */
  String textFor(LocalDate day) {
    String literal = "VALUES ?census { \"" + day + "\"^^xsd:date }";
    return CENSUS_DATE.matcher(text).replaceFirst(Matcher.quoteReplacement(literal));
  }

  Census on(LocalDate day) {
    List<Census.Held> rows = new ArrayList<>();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution exec =
              QueryExecution.create()
                  .dataset(dataset)
                  .query(textFor(day))
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            exec.execSelect().forEachRemaining(s -> rows.add(held(s)));
          }
        });
    return Census.of(day, rows);
  }

  private Census.Held held(QuerySolution s) {
    String journalist = s.getResource("journalist").getURI();
    return new Census.Held(
        journalist,
        paths.pageHref(journalist),
        text(s, "name"),
        Arrays.stream(text(s, "countries").split("; ")).filter(c -> !c.isEmpty()).toList(),
        text(s, "fromStated"),
        text(s, "untilStated"),
        text(s, "lastEvidenceStated"),
        s.getLiteral("onRecord").getBoolean());
  }

  private static String text(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }
}
