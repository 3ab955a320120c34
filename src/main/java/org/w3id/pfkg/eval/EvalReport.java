package org.w3id.pfkg.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of scoring a folder of cases against a folder of gold summaries.
 *
 * @param documents the documents scored (those with a gold file)
 * @param withoutCase gold files whose case document was not found
 * @param differences the items on which extraction and gold disagree, document by document
 */
public record EvalReport(
    List<SlotScore> slots,
    double macroF1,
    List<String> documents,
    List<String> withoutCase,
    List<Difference> differences) {
  public EvalReport {
    slots = List.copyOf(slots);
    documents = List.copyOf(documents);
    withoutCase = List.copyOf(withoutCase);
    differences = List.copyOf(differences);
  }

  /**
   * One line per disagreement, grouped by document: {@code -} a gold item missed, {@code +} a
   * predicted item that matched no gold item; optionally only those of one slot.
   */
  public String details(java.util.Optional<String> onlySlot) {
    StringBuilder b = new StringBuilder();
    String current = null;
    for (Difference d : differences) {
      if (onlySlot.isPresent() && !onlySlot.get().equals(d.slot())) {
        continue;
      }
      if (!d.document().equals(current)) {
        current = d.document();
        b.append("== ").append(current).append('\n');
      }
      b.append(d.kind() == Difference.Kind.MISSED ? "  - " : "  + ")
          .append(d.slot())
          .append(": ")
          .append(d.item())
          .append('\n');
    }
    return b.toString();
  }

  /** A plain-text table: one line per slot with its counts, precision, recall and F1. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-20s %7s %7s %7s %9s %7s %7s%n",
            "slot",
            "matched",
            "pred",
            "gold",
            "precision",
            "recall",
            "F1"));
    for (SlotScore s : slots) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-20s %7d %7d %7d %9.3f %7.3f %7s%n",
              s.slot(),
              s.matched(),
              s.predicted(),
              s.gold(),
              s.precision(),
              s.recall(),
              s.f1().isPresent() ? String.format(Locale.ROOT, "%.3f", s.f1().getAsDouble()) : "-"));
    }
    b.append(
        String.format(Locale.ROOT, "macro F1 %.3f over %d documents%n", macroF1, documents.size()));
    if (!withoutCase.isEmpty()) {
      b.append("gold files without a case document: ")
          .append(String.join(", ", withoutCase))
          .append('\n');
    }
    return b.toString();
  }
}
