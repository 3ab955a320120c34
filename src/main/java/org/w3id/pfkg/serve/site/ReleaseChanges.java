package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.w3id.pfkg.publish.ReleaseManifest;

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
    return ReleaseManifest.read(dumps)
        .filter(m -> m.previous() != null && m.graphs() != null)
        .map(
            m ->
                of(
                    m.previous().release(),
                    m.triples() - m.previous().triples(),
                    m.previous().graphs(),
                    m.graphs()));
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
}
