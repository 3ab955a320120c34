package org.w3id.pfkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * The answers of the example queries on data/, recorded as SPARQL JSON results under {@code
 * src/test/resources/query-answers/} (one {@code NAME.srj} per {@code queries/NAME.rq}), so that a
 * rewritten query must give the same rows. They were recorded before the queries were rewritten;
 * when data/ or the extraction changes the answers on purpose, record them again with {@code
 * -Dpfkg.recordAnswers=true} and review the diff.
 */
final class QueryAnswers {
  static final Path DIR = Path.of("src/test/resources/query-answers");

  private QueryAnswers() {}

  static boolean recording() {
    return Boolean.getBoolean("pfkg.recordAnswers");
  }

  static Path fileOf(Path query) {
    String name = query.getFileName().toString();
    return DIR.resolve(name.substring(0, name.length() - ".rq".length()) + ".srj");
  }

  static ResultSetRewindable recorded(Path query) throws IOException {
    try (InputStream in = Files.newInputStream(fileOf(query))) {
      return ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
    }
  }

  static void record(Path query, ResultSet answer) throws IOException {
    Files.createDirectories(DIR);
    try (OutputStream out = Files.newOutputStream(fileOf(query))) {
      ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
    }
  }

  /**
   * Where {@code actual} differs from {@code expected}, as a message; empty when they hold the same
   * rows (as a multiset, terms compared exactly: datatypes and language tags count) under the same
   * variables. Row order is not compared (rows that tie on ORDER BY may come in any order), nor the
   * order of the parts of a GROUP_CONCAT, which SPARQL leaves undefined.
   */
  static String difference(String query, ResultSetRewindable expected, ResultSetRewindable actual) {
    if (!expected.getResultVars().equals(actual.getResultVars())) {
      return "variables " + actual.getResultVars() + ", recorded " + expected.getResultVars();
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
        + " rows, recorded "
        + want.size()
        + "; missing "
        + missing.stream().limit(3).toList()
        + "; not recorded "
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
