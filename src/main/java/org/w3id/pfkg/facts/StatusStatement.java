package org.w3id.pfkg.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * A document's word on where the journalist stands, and as of when: the date of the sentence that
 * states it, else the document's own date (its dateline, or the latest date it mentions, since a
 * text is written after everything it tells). The case's current status is the statement with the
 * latest date among its documents; the others stay attributed statements.
 *
 * @param asOf empty when neither the sentence nor the document gives any date
 */
public record StatusStatement(
    CaseStatus status, Optional<FactDate> asOf, Attribution attribution, Evidence evidence) {
  public StatusStatement {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
