package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the manifest of the release that was live before a build says: its id and triple counts, so
 * that the new manifest can say what changed.
 *
 * @param release its id
 * @param triples triples of its union dump
 * @param graphs triples per named graph
 */
public record PreviousRelease(String release, long triples, SortedMap<String, Long> graphs) {
  public PreviousRelease {
    graphs = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(graphs));
  }

  /**
   * The previous release, read from {@code dumps/manifest.json} of its folder; empty when there is
   * none or its manifest is unreadable (an old layout): the change record is a help, not a gate.
   */
  public static Optional<PreviousRelease> read(Path releaseDir) {
    Path manifest = releaseDir.resolve("dumps").resolve(DumpWriter.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      JsonNode root = new ObjectMapper().readTree(manifest.toFile());
      SortedMap<String, Long> graphs = new TreeMap<>();
      root.path("graphs")
          .fields()
          .forEachRemaining(e -> graphs.put(e.getKey(), e.getValue().asLong()));
      return Optional.of(
          new PreviousRelease(
              root.path("release").asText(), root.path("triples").asLong(), graphs));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Per graph in either release, the change in triples from this release to {@code graphs}. */
  public SortedMap<String, Long> changesTo(Map<String, Long> current) {
    SortedMap<String, Long> changes = new TreeMap<>();
    TreeSet<String> names = new TreeSet<>(graphs.keySet());
    names.addAll(current.keySet());
    for (String g : names) {
      long delta = current.getOrDefault(g, 0L) - graphs.getOrDefault(g, 0L);
      if (delta != 0) {
        changes.put(g, delta);
      }
    }
    return changes;
  }
}
