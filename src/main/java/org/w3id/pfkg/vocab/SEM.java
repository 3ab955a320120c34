package org.w3id.pfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Simple Event Model terms our events and their uncertain times align to. */
public final class SEM {
  public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  public static final String PREFIX = "sem";

  private SEM() {}

  public static final Resource Event = ResourceFactory.createResource(NS + "Event");
  public static final Property hasActor = ResourceFactory.createProperty(NS, "hasActor");
  public static final Property accordingTo = ResourceFactory.createProperty(NS, "accordingTo");
  public static final Property hasEarliestBeginTimeStamp =
      ResourceFactory.createProperty(NS, "hasEarliestBeginTimeStamp");
  public static final Property hasLatestEndTimeStamp =
      ResourceFactory.createProperty(NS, "hasLatestEndTimeStamp");
}
