package org.w3id.pfkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Times the example queries in-process on built stores (the union default graph, as the endpoint
 * queries it), round by round, the stores alternated within each round, so that a shared machine's
 * load falls on all of them alike. Usage: {@code QueryTimings ROUNDS LABEL=STORE_DIR:QUERY_DIR
 * ...}; queries whose name starts with {@code wikidata-} (SERVICE) are skipped. Prints one line per
 * (label, query): rows, and min / median / max seconds over the rounds.
 */
public final class QueryTimings {
  private QueryTimings() {}

  private static void write(Path file, org.apache.jena.query.ResultSet rs) {
    try (var out = Files.newOutputStream(file)) {
      org.apache.jena.riot.ResultSetMgr.write(
          out, rs, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Map<String, Dataset> stores = new LinkedHashMap<>();
    Map<String, Map<String, String>> queries = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String label = args[i].substring(0, args[i].indexOf('='));
      String[] dirs = args[i].substring(label.length() + 1).split(":");
      stores.put(label, TDB2Factory.connectDataset(dirs[0]));
      Map<String, String> texts = new TreeMap<>();
      try (Stream<Path> files = Files.list(Path.of(dirs[1]))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
          String name = f.getFileName().toString();
          if (!name.startsWith("wikidata-")) {
            texts.put(name, Files.readString(f));
          }
        }
      }
      queries.put(label, texts);
    }
    Map<String, List<Double>> seconds = new TreeMap<>();
    Map<String, Long> rows = new TreeMap<>();
    String answersDir = System.getProperty("answers");
    Path answers = answersDir == null ? null : Files.createDirectories(Path.of(answersDir));
    for (int r = 0; r < rounds; r++) {
      boolean first = r == 0;
      for (String label : stores.keySet()) {
        Dataset ds = stores.get(label);
        for (Map.Entry<String, String> q : queries.get(label).entrySet()) {
          long start = System.nanoTime();
          long n =
              Txn.calculateRead(
                  ds,
                  () -> {
                    try (QueryExecution exec =
                        QueryExecution.dataset(ds)
                            .query(q.getValue())
                            .set(TDB2.symUnionDefaultGraph, true)
                            .build()) {
                      var rs = exec.execSelect();
                      if (answers != null && first) {
                        var copy = org.apache.jena.query.ResultSetFactory.copyResults(rs);
                        write(
                            answers.resolve(label + "-" + q.getKey().replace(".rq", ".srj")), copy);
                        return (long) copy.size();
                      }
                      long count = 0;
                      while (rs.hasNext()) {
                        rs.next();
                        count++;
                      }
                      return count;
                    }
                  });
          double s = (System.nanoTime() - start) / 1e9;
          String key = q.getKey() + " " + label;
          seconds.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
          rows.put(key, n);
          System.err.printf("round %d %s %.3f s%n", r + 1, key, s);
        }
      }
    }
    for (String key : seconds.keySet()) {
      List<Double> v = new ArrayList<>(seconds.get(key));
      v.sort(Double::compare);
      double median =
          v.size() % 2 == 1
              ? v.get(v.size() / 2)
              : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
      System.out.printf(
          "%-45s rows %6d  min %.3f / median %.3f / max %.3f s%n",
          key, rows.get(key), v.get(0), median, v.get(v.size() - 1));
    }
  }
}
