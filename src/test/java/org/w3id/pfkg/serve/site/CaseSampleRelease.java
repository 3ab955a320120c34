package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.publish.BuildPipeline;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * A release of a few real cases of {@code data/cases/} from several countries (with their second
 * documents), built once per test run by the real pipeline, for the cases table and the census: the
 * seed alone has one journalist, too few to filter; the whole corpus takes minutes to build.
 */
final class CaseSampleRelease {
  /** File-name prefixes of the cases in the sample. */
  static final List<String> CASES =
      List.of(
          "gulmire-imin",
          "memetjan-abdulla",
          "tursunjan-hezim",
          "alaa-abd-el-fattah",
          "jovo-martinovic",
          "reeyot-alemu",
          "agnes-uwimana-nkusi",
          "dawit-isaak");

  private static Path out;
  private static Dataset dataset;

  private CaseSampleRelease() {}

  static synchronized Path out() {
    if (out == null) {
      try {
        out = Files.createTempDirectory("pfkg-cases-test");
        Path data = copyData(out.resolve("data"));
        new BuildPipeline(
                new BuildConfig(
                    data, Path.of("ontology"), out, false, BuildConfig.DEFAULT_BASE, false))
            .run(p -> {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static synchronized Dataset dataset() {
    if (dataset == null) {
      try {
        Path store = new ReleaseLayout(out()).store().toRealPath();
        dataset = TDB2Factory.connectDataset(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataset;
  }

  static PfkgServer start() {
    return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset(), Optional.of(out()));
  }

  /** data/ without gold, curation and the cases outside the sample. */
  private static Path copyData(Path target) throws IOException {
    Path source = Path.of("data");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path relative = source.relativize(p);
        if (relative.startsWith("gold") || relative.startsWith("curation")) {
          continue;
        }
        if (relative.startsWith("cases")
            && relative.getNameCount() > 1
            && CASES.stream().noneMatch(c -> relative.getFileName().toString().startsWith(c))) {
          continue;
        }
        Path to = target.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }
}
