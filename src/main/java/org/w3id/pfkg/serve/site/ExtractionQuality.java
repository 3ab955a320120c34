package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.eval.QualityTable;

/**
 * The extraction's measured quality as the landing page shows it, read from {@code
 * site/extraction-quality.tsv} (written by {@code pfkg eval --write-quality}, shipped in the jar)
 * rather than written into a template: one table per corpus measured. The rows of our own corpus
 * ({@link #CHECKED_CORPUS}) are recomputed by the build's tests, which fail when they differ; the
 * others are figures recorded on the day they name, on corpora the repository does not hold.
 */
record ExtractionQuality(List<Corpus> corpora) {
  static final String TABLE = "site/extraction-quality.tsv";

  /** The key of data/'s measurement, the one the tests recompute. */
  static final String CHECKED_CORPUS = "data";

  /**
   * One corpus's figures for the page.
   *
   * @param checked true for the corpus whose figures the build recomputes
   */
  record Corpus(QualityTable.Measurement measurement, boolean checked) {
    public String key() {
      return measurement.corpus();
    }

    public String description() {
      return measurement.description();
    }

    public String measured() {
      return measurement.measured();
    }

    public String command() {
      return measurement.command();
    }

    public String macroF1() {
      return measurement.macroF1();
    }

    public List<QualityTable.Row> slots() {
      return measurement.slots();
    }
  }

  /** The table, or empty when the jar has none (the page then says nothing about quality). */
  static Optional<ExtractionQuality> fromClasspath() {
    try (InputStream in = ExtractionQuality.class.getClassLoader().getResourceAsStream(TABLE)) {
      return in == null
          ? Optional.empty()
          : Optional.of(
              of(QualityTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractionQuality of(QualityTable table) {
    return new ExtractionQuality(
        table.measurements().stream()
            .map(m -> new Corpus(m, m.corpus().equals(CHECKED_CORPUS)))
            .toList());
  }
}
