package org.w3id.pfkg.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.w3id.pfkg.quality.QualityTable.Measurement;
import org.w3id.pfkg.quality.QualityTable.Row;

/**
 * An evaluation's figures as a row group of the quality table, rounded as {@code pfkg eval} prints.
 */
public final class QualityMeasurement {
  private QualityMeasurement() {}

  /** The measurement of {@code report}, figures rounded to three decimals. */
  public static Measurement of(
      String corpus, String description, LocalDate day, String command, EvalReport report) {
    List<Row> rows =
        report.slots().stream()
            .map(
                s ->
                    new Row(
                        s.slot(),
                        figure(s.precision()),
                        figure(s.recall()),
                        s.f1().isPresent() ? figure(s.f1().getAsDouble()) : "-"))
            .toList();
    return new Measurement(
        corpus, description, day.toString(), command, figure(report.macroF1()), rows);
  }

  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
