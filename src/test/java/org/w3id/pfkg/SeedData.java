package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A data folder for tests that holds the repository's knowledge (gazetteer, rules, links) and only
 * the seed case, so that tests asserting the seed's exact rows do not change whenever a case is
 * added to {@code data/cases/}.
 */
public final class SeedData {
  public static final String SEED = "gulmire-imin.txt";

  private SeedData() {}

  /**
   * Copies {@code data/} into {@code dir/data} with the seed as its only case; returns that folder.
   */
  public static Path copyTo(Path dir) {
    return copyTo(dir, SEED::equals);
  }

  /**
   * Copies {@code data/} into {@code dir/data} without gold and curation, with only the case files
   * whose name {@code keepCase} accepts; returns that folder.
   */
  public static Path copyTo(Path dir, Predicate<String> keepCase) {
    return copy(
        Path.of("data"),
        dir.resolve("data"),
        relative ->
            !(relative.startsWith("cases")
                    && relative.getNameCount() > 1
                    && !keepCase.test(relative.getFileName().toString()))
                && !relative.startsWith("gold")
                && !relative.startsWith("curation"));
  }

  /**
   * Copies {@code ontology/} into {@code dir/ontology}, for tests that change a shape; returns it.
   */
  public static Path copyOntologyTo(Path dir) {
    return copy(Path.of("ontology"), dir.resolve("ontology"), relative -> true);
  }

  private static Path copy(Path source, Path target, Predicate<Path> keep) {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path relative = source.relativize(p);
        if (!keep.test(relative)) {
          continue;
        }
        Path to = target.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
