package org.w3id.pfkg.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * A named person other than the journalist who takes part in the case.
 *
 * @param key slug of the name
 * @param name as written
 * @param relation the relation to the journalist in the text's words ("husband", "lawyer")
 * @param residence key of the place the text says the person lives in
 */
public record PersonFact(
    String key,
    String name,
    String relation,
    Optional<String> residence,
    Attribution attribution,
    Evidence evidence) {
  public PersonFact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(residence, "residence");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
