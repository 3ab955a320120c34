package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.WorldBuild;

/** pfkg link and pfkg export quickstatements as a user runs them on the seed. */
@Tag("slow")
@ResourceLock(value = SharedFixtures.WORLD_RELEASE, mode = READ)
class WikidataCommandsTest {
  // The QuickStatements V1 grammar of QuickStatementsTest, restated for this package.
  private static final String VALUE =
      "(Q[1-9][0-9]*|\"[^\"\\t]*\"|[+-][0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11)|somevalue|novalue)";
  private static final Pattern QS =
      Pattern.compile(
          "CREATE|(Q[1-9][0-9]*|LAST)\\t[LDA][a-z]{2,3}\\t\"[^\"\\t]*\"|(Q[1-9][0-9]*|LAST)\\tP[1-9][0-9]*\\t"
              + VALUE
              + "(\\tP[1-9][0-9]*\\t"
              + VALUE
              + ")*(\\tS[1-9][0-9]*\\t"
              + VALUE
              + ")*");

  @Test
  void quickStatementsForTheSeedAreValidAndSkipsAreReported(@TempDir Path tmp) throws Exception {
    // The release of the whole of data/ (what `build` makes by default), built once per JVM.
    Path kg = WorldBuild.out();
    for (String create : new String[] {"", "--create"}) {
      Path file = tmp.resolve("qs" + create + ".txt");
      List<String> args =
          new java.util.ArrayList<>(
              List.of(
                  "export", "quickstatements", "--kg", kg.toString(), "--out", file.toString()));
      if (!create.isEmpty()) {
        args.add(create);
      }
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      for (String line : Files.readAllLines(file)) {
        assertTrue(QS.matcher(line).matches(), "not QuickStatements V1: " + line);
      }
      // The seed's journalist has no Q-id and its document no source URL: she is reported.
      assertTrue(r.err().contains("skipped: Gulmire Imin"), r.err());
    }
  }

  @Test
  void linkOfflineWithAnEmptyCacheWritesOnlyTheHeader(@TempDir Path tmp) throws Exception {
    Path review = tmp.resolve("review.tsv");
    CliRun r =
        CliRun.of(
            "link",
            "--offline",
            "--cache",
            tmp.resolve("cache").toString(),
            "--out",
            review.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        List.of("entity\tcandidate\tlabel\tdescription\tscore\treason\tdecision"),
        Files.readAllLines(review));
    assertTrue(r.out().contains("nothing was linked"), r.out());
  }
}
