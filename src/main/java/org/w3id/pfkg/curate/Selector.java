package org.w3id.pfkg.curate;

import java.util.Objects;

/**
 * Names one fact of one document by a stable key: an event key ({@code other-undated}), a claim
 * key, a charge, role or relation concept, a person, outlet, place, organisation or facility key,
 * or the facility of a detention.
 *
 * @param document the document the fact was read from (the case's own document by default)
 */
public record Selector(FactKind kind, String key, String document) {
  public Selector {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(document, "document");
  }

  /** {@code event other-undated in gulmire-imin}: the text of {@code pf:removedFact}. */
  public String text() {
    return kind.word() + " " + key + " in " + document;
  }
}
