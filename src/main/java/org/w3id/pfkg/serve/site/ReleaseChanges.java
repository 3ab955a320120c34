package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed since the previous release, as the live release's {@code manifest.json} records it
 * (the build writes {@code previous} and {@code changes} when a release was live before it): cases
 * added and removed (their named graphs), cases whose graphs changed, and the change in triples.
 *
 * @param previous the previous release's id
 * @param triples the change in the union dump's triples
 * @param added names of the cases new in this release
 * @param removed names of the cases no longer in it
 * @param changed names of the cases whose graphs changed size
 * @param otherGraphs names of the other graphs (vocabulary, entities, ...) that changed size
 */
public record ReleaseChanges(
    String previous,
    long triples,
    List<String> added,
    List<String> removed,
    List<String> changed,
    List<String> otherGraphs) {
  private static final String CASE_GRAPH = "graph/case/";

  /** The changes, or empty for a first release or a manifest that does not record them. */
  static Optional<ReleaseChanges> read(Path dumps) {
    Path file = dumps.resolve(ReleaseInfo.MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      JsonNode previous = root.path("previous");
      if (!previous.isObject()) {
        return Optional.empty();
      }
      return Optional.of(
          of(
              previous.path("release").asText(""),
              root.path("triples").asLong() - previous.path("triples").asLong(),
              counts(previous.path("graphs")),
              counts(root.path("graphs"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static ReleaseChanges of(
      String previous, long triples, Map<String, Long> before, Map<String, Long> after) {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> other = new ArrayList<>();
    TreeMap<String, Long> all = new TreeMap<>(before);
    after.forEach(all::putIfAbsent);
    for (String graph : all.keySet()) {
      boolean isCase = graph.contains(CASE_GRAPH);
      String name =
          isCase ? graph.substring(graph.indexOf(CASE_GRAPH) + CASE_GRAPH.length()) : graph;
      Long was = before.get(graph);
      Long is = after.get(graph);
      if (was == null) {
        (isCase ? added : other).add(name);
      } else if (is == null) {
        (isCase ? removed : other).add(name);
      } else if (!was.equals(is)) {
        (isCase ? changed : other).add(name);
      }
    }
    return new ReleaseChanges(
        previous,
        triples,
        List.copyOf(added),
        List.copyOf(removed),
        List.copyOf(changed),
        List.copyOf(other));
  }

  private static Map<String, Long> counts(JsonNode graphs) {
    Map<String, Long> out = new TreeMap<>();
    graphs.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }
}
