package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.pfkg.SeedData;
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

  private static final BuiltRelease RELEASE =
      new BuiltRelease("pfkg-cases-test", out -> copyData(out.resolve("data")));

  private CaseSampleRelease() {}

  static Path out() {
    return RELEASE.out();
  }

  static Dataset dataset() {
    return RELEASE.dataset();
  }

  static PfkgServer start() {
    return RELEASE.start();
  }

  /** data/ without gold, curation and the cases outside the sample. */
  private static Path copyData(Path target) {
    return SeedData.copyTo(target.getParent(), name -> CASES.stream().anyMatch(name::startsWith));
  }
}
