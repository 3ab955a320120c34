package org.w3id.pfkg.facts;

import java.util.Objects;

/**
 * Where the journalist is held, according to whom.
 *
 * @param facility key of the facility entity
 */
public record DetentionFact(String facility, Attribution attribution, Evidence evidence) {
  public DetentionFact {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
