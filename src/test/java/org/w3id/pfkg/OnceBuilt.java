package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.build.BuildReport;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.vocab.Iris;

/**
 * A release built by the real pipeline with the default settings on first use, once per test JVM,
 * into a temporary folder deleted when the JVM ends ({@link SeedBuild}, {@link WorldBuild}).
 */
final class OnceBuilt {
  private final String prefix;
  private final UnaryOperator<Path> data;
  private Path out;
  private BuildReport report;

  /**
   * @param data given the output folder, the data folder to build (a copy it writes there, or an
   *     existing folder)
   */
  OnceBuilt(String prefix, UnaryOperator<Path> data) {
    this.prefix = prefix;
    this.data = data;
  }

  synchronized Path out() {
    build();
    return out;
  }

  synchronized BuildReport report() {
    build();
    return report;
  }

  private void build() {
    if (out != null) {
      return;
    }
    Path folder = TempFolders.create(prefix);
    report =
        new BuildPipeline(
                new BuildConfig(
                    data.apply(folder),
                    Path.of("ontology"),
                    folder,
                    false,
                    Iris.DEFAULT_BASE,
                    false))
            .withExtractor(ProjectKnowledge.extractor())
            .run(p -> {});
    out = folder;
  }

  /** Copies the output folder, with its relative links as links, into {@code dir}. */
  Path copyTo(Path dir) {
    Path source = out();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path to = dir.resolve(source.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(to, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
