package org.w3id.pfkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.w3id.pfkg.eval.EvalReport;
import org.w3id.pfkg.eval.QualityMeasurement;
import org.w3id.pfkg.quality.QualityTable;

/**
 * {@code pfkg eval --write-quality FILE}: puts the measurement into the quality table file, in
 * place of the same corpus's, keeping the other corpora's rows as they were.
 */
final class QualityWriting {
  private static final Path DEFAULT_CASES = Path.of("data", "cases");
  private static final Path DEFAULT_GOLD = Path.of("data", "gold");

  private QualityWriting() {}

  static void write(
      Path file,
      String corpus,
      String description,
      Path cases,
      Path gold,
      EvalReport report,
      PrintWriter out) {
    try {
      QualityTable table =
          Files.exists(file)
              ? QualityTable.parse(Files.readString(file, StandardCharsets.UTF_8))
              : new QualityTable(java.util.List.of());
      String key = corpus != null ? corpus : corpusKey(cases);
      String what =
          description != null
              ? description
              : table
                  .find(key)
                  .map(QualityTable.Measurement::description)
                  .orElse(
                      report.documents().size()
                          + " case texts in "
                          + cases
                          + " scored against the gold summaries in "
                          + gold);
      QualityTable.Measurement m =
          QualityMeasurement.of(
              key, what, LocalDate.now(ZoneOffset.UTC), command(cases, gold), report);
      Files.writeString(file, table.with(m).format(), StandardCharsets.UTF_8);
      out.println("wrote the " + key + " rows of " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** data/cases → data, ../../shared/devset/cases → devset, other/texts → texts. */
  static String corpusKey(Path cases) {
    Path normal = cases.toAbsolutePath().normalize();
    Path name = normal.getFileName();
    boolean named = name != null && name.toString().equals("cases") && normal.getParent() != null;
    Path key = named ? normal.getParent().getFileName() : name;
    return key == null ? "cases" : key.toString();
  }

  /** The command to measure it again, with only the options that differ from the defaults. */
  static String command(Path cases, Path gold) {
    StringBuilder b = new StringBuilder("./pfkg eval");
    if (!cases.normalize().equals(DEFAULT_CASES)) {
      b.append(" --cases ").append(cases);
    }
    if (!gold.normalize().equals(DEFAULT_GOLD)) {
      b.append(" --gold ").append(gold);
    }
    return b.toString();
  }
}
