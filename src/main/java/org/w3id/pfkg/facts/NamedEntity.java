package org.w3id.pfkg.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outlet, organisation, place or facility named in a case.
 *
 * @param key slug that names it across cases (the gazetteer key when the vocabulary knows it)
 * @param name the name as the text writes it
 * @param kind what it is
 * @param description what the text says it is ("a Uighur-language cultural website", "a women's
 *     prison")
 * @param within the key of the place it lies in, when the text says
 * @param evidence every sentence that names it
 * @param mentions the forms the text names it by, first mention first ("CPJ" for the Committee to
 *     Protect Journalists)
 */
public record NamedEntity(
    String key,
    String name,
    EntityKind kind,
    Optional<String> description,
    Optional<String> within,
    List<Evidence> evidence,
    List<String> mentions) {
  public NamedEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(within, "within");
    evidence = List.copyOf(evidence);
    mentions = mentions.isEmpty() ? List.of(name) : List.copyOf(mentions);
  }

  /** An entity named only by its name. */
  public NamedEntity(
      String key,
      String name,
      EntityKind kind,
      Optional<String> description,
      Optional<String> within,
      List<Evidence> evidence) {
    this(key, name, kind, description, within, evidence, List.of(name));
  }
}
