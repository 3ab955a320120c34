package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.quality.QualityTable;

/** The landing page reads the quality table as QualityTable writes it. */
class ExtractionQualityTest {
  private static final QualityTable TABLE =
      new QualityTable(
          List.of(
              new QualityTable.Measurement(
                  "devset",
                  "a corpus kept elsewhere",
                  "2026-01-02",
                  "./pfkg eval --cases x/cases --gold x/gold",
                  "0.900",
                  List.of(new QualityTable.Row("charges", "0.950", "0.800", "0.869"))),
              new QualityTable.Measurement(
                  "data",
                  "our corpus",
                  "2026-01-03",
                  "./pfkg eval",
                  "0.850",
                  List.of(
                      new QualityTable.Row("charges", "0.900", "0.700", "0.788"),
                      new QualityTable.Row("people", "1.000", "1.000", "-")))));

  @Test
  void readsEveryCorpusQualityTableWritesAndMarksDataAsChecked() {
    ExtractionQuality read = ExtractionQuality.parse(TABLE.format());
    assertEquals(2, read.corpora().size());
    ExtractionQuality.Corpus devset = read.corpora().get(0);
    assertEquals("devset", devset.key());
    assertEquals("a corpus kept elsewhere", devset.description());
    assertEquals("2026-01-02", devset.measured());
    assertEquals("./pfkg eval --cases x/cases --gold x/gold", devset.command());
    assertEquals("0.900", devset.macroF1());
    assertFalse(devset.checked());
    ExtractionQuality.Corpus data = read.corpora().get(1);
    assertTrue(data.checked());
    assertEquals(
        List.of(
            new ExtractionQuality.Slot("charges", "0.900", "0.700", "0.788"),
            new ExtractionQuality.Slot("people", "1.000", "1.000", "-")),
        data.slots());
  }

  @Test
  void theShippedTableReadsAndHoldsDataAndTheDevelopmentSet() {
    ExtractionQuality shipped = ExtractionQuality.fromClasspath().orElseThrow();
    assertEquals(
        List.of("devset", "data"),
        shipped.corpora().stream().map(ExtractionQuality.Corpus::key).toList());
    shipped.corpora().forEach(c -> assertEquals(11, c.slots().size(), c.key()));
  }

  @Test
  void aBrokenTableFailsWhereItIsRead() {
    assertThrows(
        IllegalArgumentException.class, () -> ExtractionQuality.parse(TABLE.format() + "oops\n"));
  }
}
