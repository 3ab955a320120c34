package org.w3id.pfkg.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * The Wikidata classes a gazetteer category may or may not be an instance of ({@code
 * data/links/expected-types.tsv}); category {@code *} applies to all.
 */
public final class ExpectedTypes {
  public static final String FILE = "links/expected-types.tsv";

  private final Map<String, Set<String>> accept = new HashMap<>();
  private final Map<String, Set<String>> reject = new HashMap<>();

  public ExpectedTypes add(String category, String qid, boolean accepted) {
    (accepted ? accept : reject).computeIfAbsent(category, k -> new HashSet<>()).add(qid);
    return this;
  }

  public static ExpectedTypes read(Path dataDir) {
    ExpectedTypes types = new ExpectedTypes();
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return types;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : LinkTable.TSV.parse(in)) {
        types.add(row.get("category"), row.get("qid"), row.get("verdict").equals("accept"));
      }
      return types;
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(Location.of(file), "cannot read expected types: " + e, e);
    }
  }

  boolean accepts(String category, String qid) {
    return has(accept, category, qid);
  }

  boolean rejects(String category, String qid) {
    return has(reject, category, qid);
  }

  private static boolean has(Map<String, Set<String>> map, String category, String qid) {
    return map.getOrDefault(category, Set.of()).contains(qid)
        || map.getOrDefault("*", Set.of()).contains(qid);
  }
}
