package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.quality.QualityTable;

/**
 * The extraction's measured quality as the landing page shows it, read from {@code
 * site/extraction-quality.tsv} (written by {@code pfkg eval --write-quality} through QualityTable,
 * shipped in the jar) rather than written into a template: one table per corpus measured, read by
 * QualityTable, the file's one reader. The rows of our own corpus ({@link #CHECKED_CORPUS}) are
 * recomputed by the build's tests, which fail when they differ; the others are figures recorded on
 * the day they name, on corpora the repository does not hold.
 */
record ExtractionQuality(List<Corpus> corpora) {
  static final String TABLE = "site/extraction-quality.tsv";

  /** The key of data/'s measurement, the one the tests recompute. */
  static final String CHECKED_CORPUS = "data";

  /**
   * One corpus's figures.
   *
   * @param key e.g. {@code data}, {@code devset}
   * @param description what the corpus is, for people
   * @param measured the day measured, ISO
   * @param command the command that measured it
   * @param checked true for the corpus whose figures the build recomputes
   */
  record Corpus(
      String key,
      String description,
      String measured,
      String command,
      String macroF1,
      List<Slot> slots,
      boolean checked) {}

  /** One slot's figures, as printed by {@code pfkg eval}. */
  record Slot(String slot, String precision, String recall, String f1) {}

  /** The table, or empty when the jar has none (the page then says nothing about quality). */
  static Optional<ExtractionQuality> fromClasspath() {
    try (InputStream in = ExtractionQuality.class.getClassLoader().getResourceAsStream(TABLE)) {
      return in == null
          ? Optional.empty()
          : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's text read by its one reader; a broken table fails where it is read. */
  static ExtractionQuality parse(String text) {
    return new ExtractionQuality(
        QualityTable.parse(text).measurements().stream().map(ExtractionQuality::corpus).toList());
  }

  private static Corpus corpus(QualityTable.Measurement m) {
    return new Corpus(
        m.corpus(),
        m.description(),
        m.measured(),
        m.command(),
        m.macroF1(),
        m.slots().stream().map(r -> new Slot(r.slot(), r.precision(), r.recall(), r.f1())).toList(),
        m.corpus().equals(CHECKED_CORPUS));
  }
}
