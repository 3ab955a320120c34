package org.w3id.pfkg.serve.site;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WGS84;

/**
 * Where a place goes on a map: its own coordinates, else those of the nearest place that contains
 * it ({@code schema:containedInPlace}, e.g. a prison's city), so a facility the gazetteer does not
 * locate still shows, marked as being near that place. Reads the model it is given (the union
 * graph, where entities live whichever graph holds them).
 */
final class PlaceLocator {
  private final ModelReading r;

  PlaceLocator(ModelReading r) {
    this.r = r;
  }

  Optional<PlaceMark> mark(RDFNode place, String what) {
    if (!place.isURIResource()) {
      return Optional.empty();
    }
    Set<Resource> seen = new HashSet<>();
    for (Resource at = place.asResource(); at != null && seen.add(at); at = container(at)) {
      Optional<double[]> point = point(at);
      if (point.isPresent()) {
        return Optional.of(
            new PlaceMark(
                r.link(place),
                what,
                point.get()[0],
                point.get()[1],
                at.equals(place) ? "" : r.label(at)));
      }
    }
    return Optional.empty();
  }

  private Resource container(Resource place) {
    Statement up = r.model().getProperty(place, SCHEMA.containedInPlace);
    return up != null && up.getObject().isURIResource() ? up.getResource() : null;
  }

  private Optional<double[]> point(Resource place) {
    String lat = r.text(place, WGS84.lat);
    String lon = r.text(place, WGS84.long_);
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new double[] {Double.parseDouble(lat), Double.parseDouble(lon)});
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
