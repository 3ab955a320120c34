package org.w3id.pfkg.rdf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CPJ charge category a {@code Charge:} header value names, by the labels and notations of the
 * {@code pf:CpjChargeCategory} concepts of ontology/vocab/charges.ttl ("No charge" is {@code
 * no-charge-disclosed}). Kept here because the mapping must stay a pure function of its input;
 * {@code CpjCategoriesTest} keeps it equal to the vocabulary. A value naming none of them gets no
 * category IRI (the header itself stays in the document's graph).
 */
final class CpjCategories {
  private static final Map<String, String> SLUG_BY_NAME =
      Map.ofEntries(
          Map.entry("anti-state", "anti-state"),
          Map.entry("anti-state charge", "anti-state"),
          Map.entry("anti-state charges", "anti-state"),
          Map.entry("false news", "false-news"),
          Map.entry("retaliatory", "retaliatory"),
          Map.entry("retaliatory charge", "retaliatory"),
          Map.entry("retaliatory charges", "retaliatory"),
          Map.entry("no charge disclosed", "no-charge-disclosed"),
          Map.entry("no charges disclosed", "no-charge-disclosed"),
          Map.entry("no charge", "no-charge-disclosed"),
          Map.entry("held without charge", "no-charge-disclosed"),
          Map.entry("without charge", "no-charge-disclosed"),
          Map.entry("no charges have been disclosed", "no-charge-disclosed"),
          Map.entry("no charges were disclosed", "no-charge-disclosed"),
          Map.entry("other", "other"),
          Map.entry("other charges", "other"));

  private CpjCategories() {}

  /** The slug of the category {@code value} names, if it names one. */
  static Optional<String> slugOf(String value) {
    return Optional.ofNullable(SLUG_BY_NAME.get(fold(value)));
  }

  /** Every name the class knows, folded, with its slug: for the test against the vocabulary. */
  static Map<String, String> names() {
    return SLUG_BY_NAME;
  }

  static String fold(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
