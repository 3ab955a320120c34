package org.w3id.pfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms pfkg uses, in the {@code http:} form that Wikidata and schema.org's own
 * JSON-LD context use.
 */
public final class SCHEMA {
  public static final String NS = "http://schema.org/";
  public static final String PREFIX = "schema";

  private SCHEMA() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  public static final Resource Person = resource("Person");
  public static final Resource Organization = resource("Organization");
  public static final Resource NewsMediaOrganization = resource("NewsMediaOrganization");
  public static final Resource GovernmentOrganization = resource("GovernmentOrganization");
  public static final Resource Place = resource("Place");
  public static final Resource Event = resource("Event");
  public static final Resource CreativeWork = resource("CreativeWork");
  public static final Resource Female = resource("Female");
  public static final Resource Male = resource("Male");

  public static final Property name = property("name");
  public static final Property alternateName = property("alternateName");
  public static final Property description = property("description");
  public static final Property mentions = property("mentions");
  public static final Property gender = property("gender");
  public static final Property spouse = property("spouse");
  public static final Property author = property("author");
  public static final Property homeLocation = property("homeLocation");
  public static final Property location = property("location");
  public static final Property containedInPlace = property("containedInPlace");
  public static final Property url = property("url");
  public static final Property affiliation = property("affiliation");
}
