package org.w3id.pfkg.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;

/**
 * Where the commands get the extraction engine over the knowledge (rules, vocabularies, gazetteer)
 * of an ontology folder and a data folder: each command loads its own, which takes seconds. The
 * test suite runs about thirty builds and extractions through the command line in one JVM over the
 * project's own knowledge, and answers them from one engine ({@link #prepareWith}); nothing else
 * changes this, so a user's command always loads what its folders hold.
 */
final class CommandKnowledge {
  private static volatile BiFunction<Path, Path, Optional<Extractor>> prepared =
      (ontology, data) -> Optional.empty();

  private CommandKnowledge() {}

  /**
   * Tests: {@code source} answers with an engine made already when its knowledge is what {@link
   * Knowledge#load} would read from the given ontology and data folders, else with empty.
   */
  static void prepareWith(BiFunction<Path, Path, Optional<Extractor>> source) {
    prepared = Objects.requireNonNull(source);
  }

  /** The engine over the folders' knowledge: prepared, or made now. */
  static Extractor extractor(Path ontology, Path data) {
    return prepared
        .apply(ontology, data)
        .orElseGet(() -> new Extractor(Knowledge.load(ontology, data)));
  }

  /**
   * The build over a prepared engine when there is one; else the build itself, which loads the
   * knowledge when its first document needs extracting (a rebuild from the cache may need none).
   */
  static BuildPipeline forBuild(BuildPipeline pipeline, Path ontology, Path data) {
    return prepared.apply(ontology, data).map(pipeline::withExtractor).orElse(pipeline);
  }
}
