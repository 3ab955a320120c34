package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path source = Path.of("data");
    Path data = dir.resolve("data");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path relative = source.relativize(p);
        boolean otherCase =
            relative.startsWith("cases") && relative.getNameCount() > 1 && !relative.endsWith(SEED);
        if (otherCase || relative.startsWith("gold") || relative.startsWith("curation")) {
          continue;
        }
        Path target = data.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return data;
  }
}
