package org.w3id.pfkg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extraction-quality table the landing page shows, as {@code pfkg eval --write-quality} writes
 * it: one measurement per corpus (its key, what it is, the day and the command that measured it,
 * the macro F1 and each slot's precision, recall and F1, rounded as {@code pfkg eval} prints them).
 * A tab-separated text file, so that a change of figures reads as a diff; writing one corpus keeps
 * the others as they were (the development set is measured outside the repository). Eval writes it
 * and the landing page reads it, so its one reader and writer stand below both.
 */
public record QualityTable(List<Measurement> measurements) {
  public QualityTable {
    measurements = List.copyOf(measurements);
  }

  /**
   * One corpus measured.
   *
   * @param corpus a short key, e.g. {@code data} or {@code devset}
   * @param description what the corpus is, for people ("development set: 48 case texts ...")
   * @param measured the day of the measurement, ISO
   * @param command the command that measured it
   */
  public record Measurement(
      String corpus,
      String description,
      String measured,
      String command,
      String macroF1,
      List<Row> slots) {
    public Measurement {
      slots = List.copyOf(slots);
    }

    /** The same figures (macro F1 and every slot's), whatever the day, command and description. */
    public boolean sameFigures(Measurement other) {
      return macroF1.equals(other.macroF1) && slots.equals(other.slots);
    }
  }

  /** One slot's figures as printed, {@code -} for an F1 that a slot without items lacks. */
  public record Row(String slot, String precision, String recall, String f1) {}

  private static final String HEADER =
      """
      # The extraction's measured quality, shown on the landing page: one measurement per corpus, written
      # by `pfkg eval --write-quality FILE` (rerun it after changing the engine; it replaces the rows of
      # the corpus it measured and keeps the others). The data rows are recomputed by DevSetScoreTest on
      # every build, which fails when they differ from the engine's; the devset rows are the figures
      # recorded on the day named (the development set is kept out of the repository).
      """;

  public Optional<Measurement> find(String corpus) {
    return measurements.stream().filter(m -> m.corpus().equals(corpus)).findFirst();
  }

  /**
   * This table with {@code m} in place of the measurement of the same corpus (at its place), or
   * added at the end.
   */
  public QualityTable with(Measurement m) {
    List<Measurement> list = new ArrayList<>(measurements);
    int at = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).corpus().equals(m.corpus())) {
        at = i;
      }
    }
    if (at >= 0) {
      list.set(at, m);
    } else {
      list.add(m);
    }
    return new QualityTable(list);
  }

  /** The file's text. */
  public String format() {
    StringBuilder b = new StringBuilder(HEADER);
    for (Measurement m : measurements) {
      b.append('\n');
      b.append("corpus\t").append(m.corpus()).append('\t').append(m.description()).append('\n');
      b.append("measured\t").append(m.measured()).append('\n');
      b.append("command\t").append(m.command()).append('\n');
      b.append("macro F1\t").append(m.macroF1()).append('\n');
      b.append("slot\tprecision\trecall\tF1\n");
      for (Row r : m.slots()) {
        b.append(String.join("\t", r.slot(), r.precision(), r.recall(), r.f1())).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Reads a file {@link #format()} wrote: {@code corpus}, {@code measured}, {@code command} and
   * {@code macro F1} lines, then a {@code slot} header and a row per slot, for each corpus; blank
   * lines and {@code #} comments are skipped.
   *
   * @throws IllegalArgumentException on a line that fits nowhere, so that a hand edit that breaks
   *     the table fails where it is read
   */
  public static QualityTable parse(String text) {
    List<Measurement> list = new ArrayList<>();
    String[] head = null;
    List<Row> rows = new ArrayList<>();
    boolean inRows = false;
    for (String line : text.split("\r?\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols[0].equals("corpus") && cols.length == 3) {
        if (head != null) {
          list.add(measurement(head, rows));
        }
        head = new String[] {cols[1], cols[2], "", "", ""};
        rows = new ArrayList<>();
        inRows = false;
      } else if (head == null) {
        throw new IllegalArgumentException("quality table: a corpus line must come first: " + line);
      } else if (inRows && cols.length == 4) {
        rows.add(new Row(cols[0], cols[1], cols[2], cols[3]));
      } else if (cols[0].equals("slot") && cols.length == 4) {
        inRows = true;
      } else if (cols.length == 2 && cols[0].equals("measured")) {
        head[2] = cols[1];
      } else if (cols.length == 2 && cols[0].equals("command")) {
        head[3] = cols[1];
      } else if (cols.length == 2 && cols[0].equals("macro F1")) {
        head[4] = cols[1];
      } else {
        throw new IllegalArgumentException("quality table: unexpected line: " + line);
      }
    }
    if (head != null) {
      list.add(measurement(head, rows));
    }
    return new QualityTable(list);
  }

  private static Measurement measurement(String[] head, List<Row> rows) {
    return new Measurement(head[0], head[1], head[2], head[3], head[4], rows);
  }
}
