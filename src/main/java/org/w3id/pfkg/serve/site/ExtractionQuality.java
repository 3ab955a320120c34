package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extraction's measured quality as the landing page shows it, read from {@code
 * site/extraction-quality.tsv} (written by {@code pfkg eval --write-quality}, eval's QualityTable,
 * shipped in the jar) rather than written into a template: one table per corpus measured. The
 * serving layer does not depend on eval, so it reads the file itself; ExtractionQualityTest reads
 * what QualityTable writes. The rows of our own corpus ({@link #CHECKED_CORPUS}) are recomputed by
 * the build's tests, which fail when they differ; the others are figures recorded on the day they
 * name, on corpora the repository does not hold.
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

  /**
   * For each corpus a {@code corpus KEY DESCRIPTION} line, {@code measured}, {@code command} and
   * {@code macro F1} lines, a {@code slot} header and a row per slot; blank lines and {@code #}
   * comments skipped; any other line is an error, so a broken table fails where it is read.
   */
  static ExtractionQuality parse(String text) {
    List<Corpus> list = new ArrayList<>();
    String[] head = null;
    List<Slot> slots = new ArrayList<>();
    boolean inRows = false;
    for (String line : text.split("\r?\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols[0].equals("corpus") && cols.length == 3) {
        if (head != null) {
          list.add(corpus(head, slots));
        }
        head = new String[] {cols[1], cols[2], "", "", ""};
        slots = new ArrayList<>();
        inRows = false;
      } else if (head == null) {
        throw new IllegalStateException(TABLE + ": a corpus line must come first: " + line);
      } else if (inRows && cols.length == 4) {
        slots.add(new Slot(cols[0], cols[1], cols[2], cols[3]));
      } else if (cols[0].equals("slot") && cols.length == 4) {
        inRows = true;
      } else if (cols.length == 2 && cols[0].equals("measured")) {
        head[2] = cols[1];
      } else if (cols.length == 2 && cols[0].equals("command")) {
        head[3] = cols[1];
      } else if (cols.length == 2 && cols[0].equals("macro F1")) {
        head[4] = cols[1];
      } else {
        throw new IllegalStateException(TABLE + ": unexpected line: " + line);
      }
    }
    if (head != null) {
      list.add(corpus(head, slots));
    }
    return new ExtractionQuality(List.copyOf(list));
  }

  private static Corpus corpus(String[] head, List<Slot> slots) {
    return new Corpus(
        head[0],
        head[1],
        head[2],
        head[3],
        head[4],
        List.copyOf(slots),
        head[0].equals(CHECKED_CORPUS));
  }
}
