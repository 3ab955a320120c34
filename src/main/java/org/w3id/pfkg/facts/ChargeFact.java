package org.w3id.pfkg.facts;

import java.util.Objects;

/**
 * A charge or accusation brought against the journalist.
 *
 * @param concept slug of the charge concept in the SKOS charge vocabulary, or {@code
 *     uncategorised/<slug>} for a charge the vocabulary does not know yet
 * @param text the charge as the text words it
 */
public record ChargeFact(
    String concept, String text, ChargeStatus status, Attribution attribution, Evidence evidence) {
  /**
   * The key prefix of the charges the text states and the vocabulary lacks: each becomes a concept
   * of its own, {@code id/charge/uncategorised/<slug>}, whose CPJ category is unknown.
   */
  public static final String UNCATEGORISED = "uncategorised/";

  /** Whether a charge key names a charge the vocabulary does not know yet. */
  public static boolean uncategorised(String concept) {
    return concept.startsWith(UNCATEGORISED);
  }

  public ChargeFact {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
