package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the manifest of the release that was live before a build says: its id and counts, so that
 * the new manifest can say what changed and the build can refuse to shrink ({@link ShrinkGate}).
 *
 * @param release its id
 * @param cases cases it published (0 when its manifest predates the count)
 * @param triples triples of its union dump
 * @param graphs triples per named graph
 */
public record PreviousRelease(
    String release, long cases, long triples, SortedMap<String, Long> graphs) {
  public PreviousRelease {
    graphs = Collections.unmodifiableSortedMap(new TreeMap<>(graphs == null ? Map.of() : graphs));
  }

  /**
   * The previous release, read from {@code dumps/manifest.json} of its folder; empty when there is
   * none or its manifest is unreadable (an old layout), and then nothing is compared with it.
   */
  public static Optional<PreviousRelease> read(Path releaseDir) {
    return ReleaseManifest.read(releaseDir.resolve("dumps"))
        .map(m -> new PreviousRelease(m.release(), m.cases(), m.triples(), m.graphs()));
  }

  /** Per graph in either release, the change in triples from this release to {@code graphs}. */
  SortedMap<String, Long> changesTo(Map<String, Long> current) {
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
