package org.w3id.pfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Wikidata's entity namespace ({@code wd:}) and direct-claim namespace ({@code wdt:}); Q-ids are
 * written only after they have been verified (a wrong link is worse than none).
 */
public final class WD {
  public static final String NS = "http://www.wikidata.org/entity/";
  public static final String PREFIX = "wd";
  public static final String DIRECT_NS = "http://www.wikidata.org/prop/direct/";
  public static final String DIRECT_PREFIX = "wdt";

  private WD() {}

  public static Resource entity(String id) {
    return ResourceFactory.createResource(NS + id);
  }

  public static Property direct(String propertyId) {
    return ResourceFactory.createProperty(DIRECT_NS, propertyId);
  }
}
