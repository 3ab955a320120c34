package org.w3id.pfkg.serve.site;

/**
 * A place of an event or of detention, where the map shows it.
 *
 * @param what what happened there ("arrest", "held in")
 * @param near the label of the place whose coordinates stand in (a facility's city), or "" when the
 *     place has its own
 */
public record PlaceMark(Link place, String what, double lat, double lon, String near) {}
