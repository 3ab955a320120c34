package org.w3id.pfkg.link;

import java.util.List;
import java.util.Optional;

/**
 * A place, outlet or organisation of the gazetteer, as the entities graph and the reconciler see
 * it.
 *
 * @param kind {@code place}, {@code outlet} or {@code org}: the IRI kind
 * @param key the IRI slug
 * @param name the preferred name
 * @param variants other names
 * @param category the gazetteer's type or kind column: {@code country}, {@code region}, {@code
 *     city}, {@code outlet}, {@code organization}, {@code authority}
 * @param description a short description, if the gazetteer gives one
 * @param within the key of the place it lies in, if any
 */
public record GazetteerEntity(
    String kind,
    String key,
    String name,
    List<String> variants,
    String category,
    Optional<String> description,
    Optional<String> within) {
  public GazetteerEntity {
    variants = List.copyOf(variants);
  }

  /** The IRI path below {@code id/}, the key of the links table. */
  public String entity() {
    return kind + "/" + key;
  }

  public boolean isPlace() {
    return kind.equals("place");
  }
}
