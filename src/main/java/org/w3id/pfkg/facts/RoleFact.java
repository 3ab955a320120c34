package org.w3id.pfkg.facts;

import java.util.Objects;

/**
 * A role the journalist held: a concept of the role vocabulary and the words that showed it.
 *
 * @param concept slug of the role concept ({@code journalist}, {@code website-moderator})
 * @param label the role as the text phrases it
 */
public record RoleFact(String concept, String label, Attribution attribution, Evidence evidence) {
  public RoleFact {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
