package org.w3id.pfkg.serve.site;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.pfkg.WorldBuild;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The release of the whole of {@code data/} ({@link WorldBuild}, built once per test JVM and shared
 * read-only), served for the cases table, the census and the editor's views: the seed alone has one
 * journalist, too few to filter. These classes once built a release of their own from eight of its
 * cases; serving the shared one saves that build (about 4 % of the test JVM's CPU) and puts the
 * pages under the corpus researchers see. Served the way {@code pfkg serve} serves it, as {@link
 * SeedRelease} serves the seed's.
 */
final class WorldRelease {
  /**
   * Journalists of {@code data/cases/} from several countries (their case files' names, which are
   * their IRIs' slugs): the cases table lists each of them.
   */
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

  private static final BuiltRelease RELEASE = new BuiltRelease(WorldBuild.out());

  private WorldRelease() {}

  static Dataset dataset() {
    return RELEASE.dataset();
  }

  static PfkgServer start() {
    return RELEASE.start();
  }
}
