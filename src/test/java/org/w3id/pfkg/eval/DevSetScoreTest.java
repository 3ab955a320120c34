package org.w3id.pfkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;

/**
 * Holds the extractor's macro F1 on the dev set (data/cases against data/gold) at or above its
 * floor, so that a change to a rule or vocabulary that makes extraction worse fails the build. The
 * measured figures are in BENCHMARKS.md; raise the floor when they improve.
 */
class DevSetScoreTest {
  private static final double MACRO_F1_FLOOR = 0.822;

  @Test
  void devSetMacroF1StaysAtOrAboveItsFloor() {
    Extractor extractor = new Extractor(Knowledge.load(Path.of("ontology"), Path.of("data")));
    EvalReport report = new Evaluation(extractor).run(Path.of("data/cases"), Path.of("data/gold"));
    assertTrue(
        report.withoutCase().isEmpty(), () -> "gold files without a case: " + report.withoutCase());
    assertTrue(report.macroF1() >= MACRO_F1_FLOOR, report::table);
  }
}
