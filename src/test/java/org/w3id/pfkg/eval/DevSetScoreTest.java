package org.w3id.pfkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.quality.QualityTable;

/**
 * Holds the extractor's macro F1 on the dev set (data/cases against data/gold) at or above its
 * floor, so that a change to a rule or vocabulary that makes extraction worse fails the build. The
 * measured figures are in BENCHMARKS.md; raise the floor when they improve. The same measurement
 * checks the data rows of the landing page's quality table, so that the page never shows figures
 * the engine no longer has.
 */
class DevSetScoreTest {
  private static final double MACRO_F1_FLOOR = 0.822;
  private static final Path QUALITY_TABLE =
      Path.of("src", "main", "resources", "site", "extraction-quality.tsv");

  private static EvalReport report;

  @BeforeAll
  static void measure() {
    Extractor extractor = ProjectKnowledge.extractor();
    report = new Evaluation(extractor).run(Path.of("data/cases"), Path.of("data/gold"));
  }

  @Test
  void devSetMacroF1StaysAtOrAboveItsFloor() {
    assertTrue(
        report.withoutCase().isEmpty(), () -> "gold files without a case: " + report.withoutCase());
    assertTrue(report.macroF1() >= MACRO_F1_FLOOR, report::table);
  }

  @Test
  void theLandingPagesQualityTableHoldsTheseFiguresForData() throws IOException {
    QualityTable committed = QualityTable.parse(Files.readString(QUALITY_TABLE));
    QualityTable.Measurement recorded = committed.find("data").orElseThrow();
    QualityTable.Measurement now =
        QualityMeasurement.of("data", "", LocalDate.now(ZoneOffset.UTC), "./pfkg eval", report);
    assertEquals(
        now.macroF1() + "\n" + now.slots(),
        recorded.macroF1() + "\n" + recorded.slots(),
        () ->
            QUALITY_TABLE
                + " shows other figures than the engine's on data/: run"
                + " `./pfkg eval --write-quality "
                + QUALITY_TABLE
                + "` and commit the table");
  }
}
