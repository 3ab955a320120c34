package org.w3id.pfkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Compares an example query with the text it had before it was rewritten for speed, kept under
 * {@code src/test/resources/query-reference/} (one {@code NAME.rq} per rewritten {@code
 * queries/NAME.rq}). Both run on the same build, so the check holds whatever the extraction makes
 * of data/: a query written better must give the same rows as the plain one it replaced.
 */
final class QueryAnswers {
  static final Path DIR = Path.of("src/test/resources/query-reference");

  private QueryAnswers() {}

  /** The examples that have a reference text, as (example, reference) pairs. */
  static List<Path[]> rewritten(List<Path> examples) {
    List<Path[]> pairs = new ArrayList<>();
    for (Path example : examples) {
      Path reference = DIR.resolve(example.getFileName().toString());
      if (Files.exists(reference)) {
        pairs.add(new Path[] {example, reference});
      }
    }
    return pairs;
  }

  /**
   * Where {@code actual} differs from {@code expected}, as a message; empty when they hold the same
   * rows (as a multiset, terms compared exactly: datatypes and language tags count) under the same
   * variables. Row order is not compared (rows that tie on ORDER BY may come in any order), nor the
   * order of the parts of a GROUP_CONCAT, which SPARQL leaves undefined.
   */
  static String difference(String query, ResultSetRewindable expected, ResultSetRewindable actual) {
    if (!expected.getResultVars().equals(actual.getResultVars())) {
      return "variables " + actual.getResultVars() + ", reference " + expected.getResultVars();
    }
    Map<String, String> separators = groupConcatSeparators(query);
    List<String> want = rows(expected, separators);
    List<String> got = rows(actual, separators);
    if (want.equals(got)) {
      return "";
    }
    List<String> missing = new ArrayList<>(want);
    got.forEach(missing::remove);
    List<String> extra = new ArrayList<>(got);
    want.forEach(extra::remove);
    return got.size()
        + " rows, reference "
        + want.size()
        + "; missing "
        + missing.stream().limit(3).toList()
        + "; not in the reference "
        + extra.stream().limit(3).toList();
  }

  /** The projected variables that are GROUP_CONCATs, with their separators. */
  private static Map<String, String> groupConcatSeparators(String text) {
    Query query = QueryFactory.create(text);
    Map<String, String> separators = new HashMap<>();
    VarExprList project = query.getProject();
    for (Var v : project.getVars()) {
      Expr e = project.getExpr(v);
      if (e instanceof ExprAggregator agg) {
        Aggregator a = agg.getAggregator();
        if (a instanceof AggGroupConcat g) {
          separators.put(v.getVarName(), g.getSeparator() == null ? " " : g.getSeparator());
        } else if (a instanceof AggGroupConcatDistinct g) {
          separators.put(v.getVarName(), g.getSeparator() == null ? " " : g.getSeparator());
        }
      }
    }
    return separators;
  }

  private static List<String> rows(ResultSetRewindable rs, Map<String, String> separators) {
    rs.reset();
    List<String> rows = new ArrayList<>();
    List<String> vars = rs.getResultVars();
    rs.forEachRemaining(
        b -> {
          StringBuilder row = new StringBuilder();
          for (String v : vars) {
            Node n = b.contains(v) ? b.get(v).asNode() : null;
            String cell = n == null ? "UNDEF" : NodeFmtLib.strNT(n);
            if (n != null && n.isLiteral() && separators.containsKey(v)) {
              String sep = separators.get(v);
              List<String> parts =
                  new ArrayList<>(List.of(n.getLiteralLexicalForm().split(Pattern.quote(sep), -1)));
              Collections.sort(parts);
              cell = "concat" + parts;
            }
            row.append(v).append('=').append(cell).append('\t');
          }
          rows.add(row.toString());
        });
    rs.reset();
    Collections.sort(rows);
    return rows;
  }
}
