package org.w3id.pfkg.curate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.facts.CaseFacts;

/**
 * The facts of one document after curation, with a note for each operation applied to it; facts
 * without an editor's hand have no note.
 */
public record CuratedFacts(CaseFacts facts, List<CurationNote> notes) {
  public CuratedFacts {
    Objects.requireNonNull(facts, "facts");
    notes = List.copyOf(notes);
  }

  /** Facts as extracted, untouched. */
  public static CuratedFacts uncurated(CaseFacts facts) {
    return new CuratedFacts(facts, List.of());
  }

  /** The last note on a fact that is still in the facts (an addition or a correction). */
  public Optional<CurationNote> noteOn(FactKind kind, String key) {
    return notes.stream()
        .filter(n -> n.action() != Action.REMOVE)
        .filter(n -> n.selector().kind() == kind && n.selector().key().equals(key))
        .reduce((a, b) -> b);
  }
}
