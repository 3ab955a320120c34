package org.w3id.pfkg.serve.site;

import java.util.List;
import java.util.function.Function;

/**
 * The facets the cases table can be filtered by, each with its request parameter and the values a
 * row has for it. A facet no row has a value for is not offered (the page says so).
 */
enum CaseFacet {
  COUNTRY("country", "Country", CaseRow::countries),
  YEAR("year", "Year of arrest", r -> one(r.arrestYear())),
  CATEGORY("category", "CPJ charge category", CaseRow::categories),
  CHARGE("charge", "Charge", CaseRow::charges),
  STATUS("status", "Current status", r -> one(r.status())),
  GENDER("gender", "Gender", r -> one(r.gender())),
  MEDIUM("medium", "Medium", CaseRow::media),
  LOCAL("local", "Local or foreign", CaseRow::localOrForeign);

  private final String param;
  private final String label;
  private final Function<CaseRow, List<String>> values;

  CaseFacet(String param, String label, Function<CaseRow, List<String>> values) {
    this.param = param;
    this.label = label;
    this.values = values;
  }

  String param() {
    return param;
  }

  String label() {
    return label;
  }

  List<String> valuesOf(CaseRow row) {
    return values.apply(row);
  }

  private static List<String> one(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }
}
