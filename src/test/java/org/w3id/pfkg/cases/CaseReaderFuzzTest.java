package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Fuzz targets for the two case readers, from raw bytes (so that the strict UTF-8 decoding is
 * fuzzed too) to a {@link CaseDocument} or an {@link org.w3id.pfkg.problem.InputException}.
 * Anything else thrown is a crash; an input that takes over one second is a hang.
 *
 * <p>In {@code mvn verify} they run the committed inputs of {@code
 * src/test/resources/org/w3id/pfkg/cases/CaseReaderFuzzTestInputs/} (regression mode); with {@code
 * JAZZER_FUZZ=1} they fuzz (see benchmarks/reliability.md).
 */
class CaseReaderFuzzTest {
  // Fuzzing (JAZZER_FUZZ set) hunts slow inputs at 1 s; the replay in `mvn verify` shares a busy
  // machine, where only a hang (catastrophic backtracking: minutes) is a failure.
  static final long BUDGET_NANOS =
      System.getenv("JAZZER_FUZZ") != null ? 1_000_000_000L : 10_000_000_000L;

  private final ProfileTextReader profileText = new ProfileTextReader();
  private final JsonRecordReader jsonRecord = new JsonRecordReader();

  /** Class loading and the JIT must not count against the first input's time budget. */
  @BeforeAll
  static void warmUp() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("data/cases/gulmire-imin.txt"));
    for (int i = 0; i < 20; i++) {
      new ProfileTextReader().read(Path.of("seed.txt"), Utf8Text.decode(Path.of("seed.txt"), seed));
      new JsonRecordReader().read(Path.of("seed.json"), "{\"name\": \"A\", \"text\": \"B\"}");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void profileText(byte[] input) {
    read(input, Path.of("fuzz.txt"), text -> profileText.read(Path.of("fuzz.txt"), text));
  }

  @FuzzTest(maxDuration = "30s")
  void jsonRecord(byte[] input) {
    read(input, Path.of("fuzz.json"), text -> jsonRecord.read(Path.of("fuzz.json"), text));
  }

  private static void read(byte[] input, Path file, Function<String, CaseDocument> reader) {
    long started = System.nanoTime();
    try {
      CaseDocument doc = reader.apply(Utf8Text.decode(file, input));
      assertTrue(!doc.narrative().isBlank(), "a document read has a narrative");
      assertTrue(!doc.documentId().isEmpty(), "a document read has an id");
    } catch (PfkgException expected) {
      // Bad input, worded with its location: the behaviour under test.
    }
    long took = System.nanoTime() - started;
    assertTrue(took < BUDGET_NANOS, "one input took " + took / 1_000_000 + " ms");
  }
}
