package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;

/**
 * Profiles with huge narratives (generated here, never committed). A 10 MB file is read in the
 * suite; extraction is checked to grow linearly on smaller sizes, because extracting 10 MB takes
 * about a minute on the 2-core CI machine. The full run is {@code mvn -B test
 * -Dtest=LargeNarrativeTest -Dpfkg.extractMegabytes=10} (figures in benchmarks/reliability.md).
 */
// Alone: it compares extraction times, which a class running beside it would disturb.
@Isolated
class LargeNarrativeTest {
  private static final String PARAGRAPH =
      "Police in the city of Urumqi arrested Gulmire Imin, who wrote articles on the website"
          + " Salkin, on July 14, 2009. In August 2010, she was sentenced to life in prison on"
          + " charges of separatism, according to a witness to her trial. Radio Free Asia reported"
          + " on June 22, 2021 that her sentence had been reduced to 19 years and 8 months. She is"
          + " held in Xinjiang Women's Prison.\n\n";
  private static final int MB = 1_000_000;

  private static Extractor extractor;
  // The engine is measured far beyond the build's limit per document (--max-case-chars), which a
  // build enforces and this test must not meet.
  private final CaseReader reader = new CaseReader(Integer.MAX_VALUE);

  @TempDir Path dir;

  @BeforeAll
  static void loadKnowledge() {
    extractor = ProjectKnowledge.extractor();
  }

  private Path profile(String name, long bytes) throws IOException {
    Path file = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Gulmire Imin\n\nMedium: Internet\n\n");
      for (long written = 0; written < bytes; written += PARAGRAPH.length()) {
        w.write(PARAGRAPH);
      }
    }
    return file;
  }

  private static <T> long fastestOfThree(Supplier<T> work) {
    return Math.min(cpuMillisOf(work), Math.min(cpuMillisOf(work), cpuMillisOf(work)));
  }

  /**
   * The CPU time of this thread: on the shared two-core machine (load 20 while the suite and other
   * builds run) the wall clock made the ratio fail with linear work.
   */
  private static <T> long cpuMillisOf(Supplier<T> work) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long started = threads.getCurrentThreadCpuTime();
    var unused = work.get();
    return (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
  }

  private static <T> long millisOf(Supplier<T> work) {
    long started = System.nanoTime();
    var unused = work.get();
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Test
  void tenMegabyteNarrativeIsReadWithoutErrorInUnderFiveSeconds() throws IOException {
    Path file = profile("ten.txt", 10L * MB);
    CaseDocument[] doc = new CaseDocument[1];
    long millis = millisOf(() -> doc[0] = reader.read(file));
    System.out.printf("LargeNarrativeTest: read 10 MB in %d ms%n", millis);
    assertTrue(doc[0].narrative().length() >= 10 * MB);
    assertEquals("Gulmire Imin", doc[0].name());
    // A hang guard (a quadratic read takes hours), not a speed goal: BENCHMARKS.md has the figure.
    assertTrue(millis < 60_000, "reading took " + millis + " ms");
  }

  /**
   * Four times the text may take at most eight times as long: a quadratic step (such as merging
   * each mention of a place into a list by {@code contains}, fixed in {@code Extractor}) takes
   * sixteen times as long and fails here. A sixteenth and a quarter of a megabyte (about 150 and
   * 600 paragraphs, a hundred times a real profile): twice these sizes took 25 s of the suite, for
   * a ratio that the same step shows at any size once it outweighs the linear work.
   */
  @Test
  void extractionTimeGrowsLinearlyWithTheNarrative() throws IOException {
    CaseDocument small = reader.read(profile("small.txt", MB / 16));
    CaseDocument large = reader.read(profile("large.txt", MB / 4));
    extractor.extract(small); // warm-up, so that class loading and the JIT count against neither
    // The fastest of three runs each: a pause of the shared machine inflates one run, not all
    // three.
    long smallMillis = fastestOfThree(() -> extractor.extract(small));
    CaseFacts[] facts = new CaseFacts[1];
    long largeMillis = fastestOfThree(() -> facts[0] = extractor.extract(large));
    System.out.printf(
        "LargeNarrativeTest: extracted 0.0625 MB in %d ms, 0.25 MB in %d ms of CPU%n",
        smallMillis, largeMillis);
    assertFalse(facts[0].events().isEmpty(), "events were extracted");
    assertTrue(
        largeMillis < 8 * Math.max(smallMillis, 50),
        "0.25 MB took " + largeMillis + " ms against " + smallMillis + " ms for 0.0625 MB");
  }

  @Test
  void fullSizeExtractionWhenAskedFor() throws IOException {
    int megabytes = Integer.getInteger("pfkg.extractMegabytes", 0);
    assumeTrue(megabytes > 0, "a documented long run, not part of the suite");
    CaseDocument doc = reader.read(profile("full.txt", (long) megabytes * MB));
    CaseFacts[] facts = new CaseFacts[1];
    long millis = millisOf(() -> facts[0] = extractor.extract(doc));
    System.out.printf(
        "LargeNarrativeTest: extracted %d MB in %d ms (%d events)%n",
        megabytes, millis, facts[0].events().size());
    assertFalse(facts[0].events().isEmpty());
  }
}
