package org.w3id.pfkg.vocab;

/**
 * The SPARQL 1.1 Service Description vocabulary, and the W3C's IRIs of result formats that a
 * service description names: Jena ships neither as constants.
 */
public final class SD {
  public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
  public static final String FORMATS = "http://www.w3.org/ns/formats/";

  private SD() {}
}
