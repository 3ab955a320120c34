package org.w3id.pfkg.extract;

import java.util.Optional;
import org.w3id.pfkg.facts.EntityKind;

/**
 * A named thing found in one sentence; offsets are within the sentence.
 *
 * @param adjectival true when the name only modifies another word ("U.S. Congress-funded"): it is
 *     masked from other matches but names no participant
 * @param linked for an outlet: the context makes it the journalist's own ("a reporter for X", the
 *     {@code Outlet:} header); an outlet no context links is an organisation of the case
 * @param context where the linking context starts in the sentence ("a reporter for"), so that the
 *     link counts only when that context speaks of the journalist; -1 when the link needs no
 *     context (a known outlet, the header)
 */
record EntityHit(
    EntityKind kind,
    String key,
    String surface,
    int start,
    int end,
    Optional<String> description,
    Optional<String> within,
    boolean adjectival,
    boolean linked,
    int context) {
  /** A hit the context does not tie to the journalist. */
  EntityHit(
      EntityKind kind,
      String key,
      String surface,
      int start,
      int end,
      Optional<String> description,
      Optional<String> within,
      boolean adjectival) {
    this(kind, key, surface, start, end, description, within, adjectival, false, -1);
  }

  /** This outlet, linked to the journalist by the context that starts at {@code at}. */
  EntityHit linkedAt(int at) {
    return new EntityHit(kind, key, surface, start, end, description, within, adjectival, true, at);
  }
}
