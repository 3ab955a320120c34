package org.w3id.pfkg.serve.site;

/** A place of arrest or detention that has coordinates, for the map. */
public record PlaceMark(Link place, String what, double lat, double lon) {}
