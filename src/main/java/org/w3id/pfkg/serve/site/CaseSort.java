package org.w3id.pfkg.serve.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The columns the cases table sorts by; rows without a value sort last either way. */
public enum CaseSort {
  NAME("name", Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT))),
  COUNTRY("country", byText(r -> first(r.countries()))),
  ARRESTED("arrested", byText(CaseRow::arrested)),
  SENTENCE("sentence", Comparator.comparingLong(CaseRow::sentenceMonths)),
  STATUS("status", byText(CaseRow::status));

  private final String param;
  private final Comparator<CaseRow> order;

  CaseSort(String param, Comparator<CaseRow> order) {
    this.param = param;
    this.order = order;
  }

  public String param() {
    return param;
  }

  /** The order of this column, then by name; missing values last in both directions. */
  Comparator<CaseRow> comparator(boolean descending) {
    Comparator<CaseRow> byColumn = descending ? order.reversed() : order;
    Comparator<CaseRow> missingLast =
        Comparator.comparing((CaseRow r) -> missing(r) ? 1 : 0).thenComparing(byColumn);
    return missingLast.thenComparing(NAME.order).thenComparing(CaseRow::journalist);
  }

  private boolean missing(CaseRow r) {
    return switch (this) {
      case NAME -> false;
      case COUNTRY -> r.countries().isEmpty();
      case ARRESTED -> r.arrested().isEmpty();
      case SENTENCE -> r.sentenceMonths() < 0;
      case STATUS -> r.status().isEmpty();
    };
  }

  static CaseSort of(String param) {
    for (CaseSort s : values()) {
      if (s.param.equals(param)) {
        return s;
      }
    }
    return NAME;
  }

  private static Comparator<CaseRow> byText(java.util.function.Function<CaseRow, String> key) {
    return Comparator.comparing(r -> key.apply(r).toLowerCase(Locale.ROOT));
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? "" : values.get(0);
  }
}
