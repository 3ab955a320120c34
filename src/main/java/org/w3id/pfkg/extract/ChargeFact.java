package org.w3id.pfkg.extract;

import java.util.Objects;

/**
 * A charge or accusation brought against the journalist.
 *
 * @param concept slug of the charge concept in the SKOS charge vocabulary
 * @param text the charge as the text words it
 */
public record ChargeFact(
    String concept, String text, ChargeStatus status, Attribution attribution, Evidence evidence) {
  public ChargeFact {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
