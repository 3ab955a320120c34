package org.w3id.pfkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.quality.QualityTable;

/** The landing page's quality table: figures as eval prints them, one corpus replaced at a time. */
class QualityTableTest {
  private static EvalReport report(double macro, SlotScore... slots) {
    return new EvalReport(List.of(slots), macro, List.of("a", "b"), List.of(), List.of());
  }

  private static final QualityTable.Measurement RECORDED =
      new QualityTable.Measurement(
          "devset",
          "development set: texts kept elsewhere",
          "2026-01-02",
          "./pfkg eval --cases x/cases --gold x/gold",
          "0.900",
          List.of(new QualityTable.Row("charges", "0.950", "0.800", "0.869")));

  @Test
  void aMeasurementRoundsAsEvalPrintsAndHasNoF1ForASlotWithoutItems() {
    QualityTable.Measurement m =
        QualityMeasurement.of(
            "data",
            "our corpus",
            LocalDate.of(2026, 3, 4),
            "./pfkg eval",
            report(0.84949, new SlotScore("charges", 2, 3, 4), new SlotScore("people", 0, 0, 0)));
    assertEquals("0.849", m.macroF1());
    assertEquals("2026-03-04", m.measured());
    assertEquals(
        List.of(
            new QualityTable.Row("charges", "0.667", "0.500", "0.571"),
            new QualityTable.Row("people", "1.000", "1.000", "-")),
        m.slots());
  }

  @Test
  void writingOneCorpusKeepsTheOthersAndReadsBackTheSame() {
    QualityTable.Measurement first =
        QualityMeasurement.of(
            "data",
            "our corpus",
            LocalDate.of(2026, 3, 4),
            "./pfkg eval",
            report(0.5, new SlotScore("charges", 1, 2, 2)));
    QualityTable.Measurement again =
        QualityMeasurement.of(
            "data",
            "our corpus",
            LocalDate.of(2026, 3, 5),
            "./pfkg eval",
            report(1.0, new SlotScore("charges", 2, 2, 2)));
    QualityTable table = new QualityTable(List.of(RECORDED)).with(first).with(again);
    assertEquals(List.of(RECORDED, again), table.measurements());
    String text = table.format();
    assertTrue(text.startsWith("#"), "the file says what it is");
    assertEquals(table, QualityTable.parse(text));
    assertTrue(table.find("data").orElseThrow().sameFigures(again));
    assertFalse(first.sameFigures(again));
  }

  @Test
  void aLineThatFitsNowhereFailsWhereTheTableIsRead() {
    String text = new QualityTable(List.of(RECORDED)).format();
    assertThrows(IllegalArgumentException.class, () -> QualityTable.parse(text + "charges\t0.9\n"));
    assertThrows(IllegalArgumentException.class, () -> QualityTable.parse("measured\t2026\n"));
  }
}
