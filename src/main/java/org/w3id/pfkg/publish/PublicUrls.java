package org.w3id.pfkg.publish;

import org.w3id.pfkg.vocab.Iris;

/**
 * Where a release is found on the web: the canonical IRIs under the base, and the server's own
 * address (the endpoint base) for the SPARQL endpoint and the dumps.
 *
 * @param iris the canonical IRIs
 * @param endpointBase the public address of the server, ending in {@code /}
 */
public record PublicUrls(Iris iris, String endpointBase) {
  public String sparql() {
    return endpointBase + "sparql";
  }

  /** The download URL of a file of the live release's dumps folder. */
  String download(String fileName) {
    return endpointBase + "dumps/" + fileName;
  }

  /** The JSON-LD context's published address, under the canonical base. */
  String context() {
    return iris.jsonLdContext();
  }
}
