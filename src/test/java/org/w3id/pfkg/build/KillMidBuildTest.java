package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.publish.ReleaseFiles;

/**
 * {@code pfkg build} as its own JVM, killed with SIGKILL at random points, again and again. After
 * every kill the live release is whole: {@code current} names the release that was live before (or
 * the new one, when the kill came after the swap), its dumps match {@code SHA256SUMS} and its store
 * opens and holds the manifest's number of triples. The next build then succeeds and leaves no
 * unpublished folder behind. Half the kills aim at the end of the build, where the swap happens.
 */
@Tag("slow")
class KillMidBuildTest {
  // A fixed number of kills, each at a share of the first build's own duration, so that a busy
  // machine makes the test slower, never failed for want of time. Longer runs: -Dpfkg.kills=100.
  private static final int KILLS = Integer.getInteger("pfkg.kills", 6);

  @TempDir Path tmp;

  private Process build(Path data, Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "org.w3id.pfkg.cli.Main",
            "build",
            "--data",
            data.toString(),
            "--out",
            out.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("build.log").toFile())
        .start();
  }

  /**
   * The seed with the first thousand of the world gazetteer's 20 000 places: what is killed is the
   * staging and the swap, which do not depend on how many places the entity graph holds, and each
   * of the eight builds of this test takes a quarter less without the rest.
   */
  private Path smallSeed() throws IOException {
    Path data = SeedData.copyTo(tmp);
    Path places = data.resolve("gazetteer/world-places.tsv");
    List<String> rows = Files.readAllLines(places);
    Files.write(places, rows.subList(0, Math.min(rows.size(), 1000)));
    return data;
  }

  private static void assertLiveReleaseIsWhole(Path out, String context) throws IOException {
    Path live = out.resolve("current").toRealPath();
    Path dumps = out.resolve("dumps");
    assertEquals(live.resolve("dumps"), dumps.toRealPath(), context + ": dumps go through current");
    ReleaseFiles.assertDumpsMatchTheirChecksums(dumps);
    long manifestTriples = ReleaseFiles.manifest(dumps).get("triples").asLong();
    assertEquals(
        manifestTriples,
        ReleaseFiles.storeTriples(out.resolve("store").toRealPath()),
        context + ": the store holds the manifest's triples");
  }

  @Test
  void killedBuildsNeverBreakTheLiveReleaseAndTheNextBuildSucceeds() throws Exception {
    Path data = smallSeed();
    Path out = tmp.resolve("out");
    long started = System.nanoTime();
    Process first = build(data, out);
    assertEquals(0, first.waitFor(), () -> log());
    long fullMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertLiveReleaseIsWhole(out, "first build");

    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> kills = new ArrayList<>();
    while (kills.size() < KILLS) {
      Path before = out.resolve("current").toRealPath();
      // Two kills in three somewhere in the first half (cheap), one near the end (the swap).
      double at =
          kills.size() % 3 == 2 ? 0.8 + 0.25 * random.nextDouble() : 0.5 * random.nextDouble();
      long delay = (long) (at * fullMillis);
      Process p = build(data, out);
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      p.destroyForcibly();
      p.waitFor();
      Path after = out.resolve("current").toRealPath();
      String what =
          "kill "
              + (kills.size() + 1)
              + " after "
              + delay
              + " ms (seed "
              + seed
              + (finished ? ", build had ended" : "")
              + ")";
      kills.add(what + (after.equals(before) ? "" : " -> new release"));
      assertTrue(
          after.equals(before) || after.getFileName().compareTo(before.getFileName()) > 0,
          what + ": current names " + after + ", was " + before);
      assertLiveReleaseIsWhole(out, what);
    }
    System.out.println("KillMidBuildTest: full build " + fullMillis + " ms; " + kills);

    Process next = build(data, out);
    assertEquals(0, next.waitFor(), () -> log());
    assertLiveReleaseIsWhole(out, "build after the kills");
    String live = out.resolve("current").toRealPath().getFileName().toString();
    try (Stream<Path> releases = Files.list(out.resolve("releases"));
        Stream<Path> top = Files.list(out)) {
      assertTrue(
          releases.allMatch(r -> r.getFileName().toString().compareTo(live) <= 0),
          "no unpublished release folder is left");
      assertTrue(
          top.noneMatch(p -> p.getFileName().toString().startsWith(".current-")),
          "no temporary link is left");
    }
  }

  private String log() {
    try {
      return Files.readString(tmp.resolve("build.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
