package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.cases.DocumentFormat;
import org.w3id.pfkg.cases.HeaderField;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Fuzz target for the extractor over any name, header values and narrative a reader could hand it:
 * it returns facts for the document or throws a {@link PfkgException}; anything else is a crash,
 * over one second for one input a hang. Regression inputs live in {@code
 * src/test/resources/org/w3id/pfkg/extract/ExtractorFuzzTestInputs/extract/}.
 */
class ExtractorFuzzTest {
  // Fuzzing (JAZZER_FUZZ set) hunts slow inputs at 1 s; the replay in `mvn verify` shares a busy
  // machine, where only a hang (catastrophic backtracking: minutes) is a failure.
  private static final long BUDGET_NANOS =
      System.getenv("JAZZER_FUZZ") != null ? 1_000_000_000L : 10_000_000_000L;
  private static Extractor extractor;

  @BeforeAll
  static void loadKnowledge() {
    extractor = ProjectKnowledge.extractor();
    // Warm-up on the seed, so that class loading and the JIT do not count against the first input.
    CaseDocument seed = new CaseReader().read(Path.of("data/cases/gulmire-imin.txt"));
    for (int i = 0; i < 3; i++) {
      extractor.extract(document(seed.name(), "Anti-State", seed.narrative()));
    }
  }

  private static CaseDocument document(String name, String charge, String narrative) {
    return new CaseDocument(
        Path.of("fuzz.txt"),
        "fuzz",
        "fuzz",
        DocumentFormat.PROFILE_TEXT,
        name,
        List.of(
            new HeaderField("Charge", charge, 3),
            new HeaderField("Beats Covered", charge, 4),
            new HeaderField("Medium", charge, 5)),
        narrative,
        7,
        Optional.empty(),
        Optional.empty());
  }

  @FuzzTest(maxDuration = "60s")
  void extract(FuzzedDataProvider data) {
    String name = data.consumeString(80);
    String charge = data.consumeString(60);
    String narrative = data.consumeRemainingAsString();
    long started = System.nanoTime();
    try {
      CaseFacts facts = extractor.extract(document(name, charge, narrative));
      assertEquals("fuzz", facts.caseId());
    } catch (PfkgException expected) {
      // A document the extractor refuses, with a message: allowed.
    }
    long took = System.nanoTime() - started;
    assertTrue(took < BUDGET_NANOS, "one input took " + took / 1_000_000 + " ms");
  }
}
