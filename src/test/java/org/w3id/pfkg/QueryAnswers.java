package org.w3id.pfkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;

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

  static ResultSetRewindable recorded(Path query) {
    return ResultSetMgr.read(fileOf(query).toString()).rewindable();
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
   * variables. Row order is not compared: rows that tie on ORDER BY may come in any order.
   */
  static String difference(ResultSetRewindable expected, ResultSetRewindable actual) {
    List<String> problems = new ArrayList<>();
    if (!expected.getResultVars().equals(actual.getResultVars())) {
      problems.add(
          "variables " + actual.getResultVars() + ", recorded " + expected.getResultVars());
    }
    if (expected.size() != actual.size()) {
      problems.add(actual.size() + " rows, recorded " + expected.size());
    }
    expected.reset();
    actual.reset();
    if (problems.isEmpty() && !ResultSetCompare.equalsByTerm(expected, actual)) {
      problems.add("same number of rows, different values");
    }
    expected.reset();
    actual.reset();
    return String.join("; ", problems);
  }
}
