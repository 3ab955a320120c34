package org.w3id.pfkg.gazetteer;

import java.math.BigDecimal;
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
 * @param point WGS84 coordinates, for places whose source gives them
 * @param population the source's population figure, 0 when it gives none
 */
public record GazetteerEntity(
    String kind,
    String key,
    String name,
    List<String> variants,
    String category,
    Optional<String> description,
    Optional<String> within,
    Optional<Point> point,
    long population) {
  /** A WGS84 latitude and longitude in decimal degrees, as the source writes them. */
  public record Point(BigDecimal lat, BigDecimal lon) {}

  public GazetteerEntity {
    variants = List.copyOf(variants);
  }

  /** An entity without coordinates. */
  public GazetteerEntity(
      String kind,
      String key,
      String name,
      List<String> variants,
      String category,
      Optional<String> description,
      Optional<String> within) {
    this(kind, key, name, variants, category, description, within, Optional.empty(), 0);
  }

  GazetteerEntity withPoint(Optional<Point> p) {
    return new GazetteerEntity(
        kind, key, name, variants, category, description, within, p, population);
  }

  /** The IRI path below {@code id/}, the key of the links table. */
  public String entity() {
    return kind + "/" + key;
  }

  public boolean isPlace() {
    return kind.equals("place");
  }
}
