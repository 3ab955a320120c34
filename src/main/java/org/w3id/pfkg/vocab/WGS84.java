package org.w3id.pfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Basic Geo (WGS84) coordinates, which the pages' map reads from places. */
public final class WGS84 {
  public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
  public static final String PREFIX = "geo";

  private WGS84() {}

  public static final Property lat = ResourceFactory.createProperty(NS, "lat");
  public static final Property long_ = ResourceFactory.createProperty(NS, "long");
}
