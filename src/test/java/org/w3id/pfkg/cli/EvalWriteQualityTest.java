package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.quality.QualityTable;

/**
 * {@code pfkg eval --write-quality FILE} on a small corpus of two of our own cases: the table gets
 * the measured corpus's rows (key from the folder, the command that measured it, today's date) and
 * keeps the rows of a corpus measured elsewhere.
 */
class EvalWriteQualityTest {
  private static final List<String> CASES = List.of("gulmire-imin", "dawit-isaak");

  @Test
  void writesTheMeasuredCorpusAndKeepsTheOthers(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("sample");
    Files.createDirectories(corpus.resolve("cases"));
    Files.createDirectories(corpus.resolve("gold"));
    for (String name : CASES) {
      Files.copy(
          Path.of("data", "cases", name + ".txt"), corpus.resolve("cases").resolve(name + ".txt"));
      Files.copy(
          Path.of("data", "gold", name + ".json"), corpus.resolve("gold").resolve(name + ".json"));
    }
    QualityTable.Measurement recorded =
        new QualityTable.Measurement(
            "devset",
            "a corpus kept elsewhere",
            "2026-01-02",
            "./pfkg eval --cases elsewhere/cases --gold elsewhere/gold",
            "0.900",
            List.of(new QualityTable.Row("charges", "0.950", "0.800", "0.869")));
    Path file = dir.resolve("quality.tsv");
    Files.writeString(file, new QualityTable(List.of(recorded)).format());

    CliRun run =
        CliRun.of(
            "eval",
            "--cases",
            corpus.resolve("cases").toString(),
            "--gold",
            corpus.resolve("gold").toString(),
            "--write-quality",
            file.toString());

    assertEquals(0, run.code(), run.err());
    QualityTable table = QualityTable.parse(Files.readString(file));
    assertEquals(recorded, table.find("devset").orElseThrow(), "the other corpus is kept");
    QualityTable.Measurement sample = table.find("sample").orElseThrow();
    assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), sample.measured());
    assertEquals(
        "./pfkg eval --cases " + corpus.resolve("cases") + " --gold " + corpus.resolve("gold"),
        sample.command());
    assertTrue(sample.description().startsWith("2 case texts in "), sample.description());
    assertEquals(11, sample.slots().size(), sample.slots().toString());
    String printed =
        run.out().lines().filter(l -> l.startsWith("macro F1")).findFirst().orElseThrow();
    assertTrue(printed.startsWith("macro F1 " + sample.macroF1() + " "), printed);
  }
}
