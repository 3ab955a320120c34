package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * A generic page: any resource with its properties and the things that link to it.
 *
 * @param thingPath the resource's path on this server ({@code id/place/urumqi})
 * @param places where the map shows the resource, when it is a place (at most one)
 */
public record ResourceView(
    Link self,
    String thingPath,
    List<Link> types,
    String description,
    List<PropertyRow> properties,
    List<PropertyRow> incoming,
    List<PlaceMark> places) {

  /** One property with its values; for incoming links the values are the linking things. */
  public record PropertyRow(Link property, List<Link> values) {}
}
