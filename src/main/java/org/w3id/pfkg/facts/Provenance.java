package org.w3id.pfkg.facts;

import java.util.Objects;

/**
 * Where one attribute of a fact comes from: who the text credits with it and the sentence it was
 * read from. An event told in several sentences or documents takes its prison term from one of
 * them; the term keeps that sentence's provenance, so that a figure one source gave is never
 * credited to another source that only told the event.
 */
public record Provenance(Attribution attribution, Evidence evidence) {
  public Provenance {
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
