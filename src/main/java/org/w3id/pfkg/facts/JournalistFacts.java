package org.w3id.pfkg.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case says about the journalist it concerns.
 *
 * @param name the name of the document's name line
 * @param aliases other names and spellings the text uses
 * @param gender from pronouns and titles, empty when the text gives none
 * @param ethnicities keys of ethnic-group or nationality concepts ({@code uyghur})
 * @param roles what the journalist did or was
 */
public record JournalistFacts(
    String name,
    List<String> aliases,
    Optional<Gender> gender,
    List<String> ethnicities,
    List<RoleFact> roles) {
  public JournalistFacts {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(gender, "gender");
    ethnicities = List.copyOf(ethnicities);
    roles = List.copyOf(roles);
  }
}
