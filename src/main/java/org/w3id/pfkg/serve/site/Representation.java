package org.w3id.pfkg.serve.site;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The forms a resource is served in: its HTML page or its description in one RDF syntax. */
enum Representation {
  // Order matters: for "*/*" or equal q-values the first offered wins, and browsers get HTML.
  HTML("text/html", "html", null),
  TURTLE("text/turtle", "ttl", Lang.TURTLE),
  JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
  NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
  RDFXML("application/rdf+xml", "rdf", Lang.RDFXML);

  private final String mediaType;
  private final String extension;
  private final Lang lang;

  Representation(String mediaType, String extension, Lang lang) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.lang = lang;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  /** The RDF syntax; absent for HTML. */
  Optional<Lang> lang() {
    return Optional.ofNullable(lang);
  }

  boolean isRdf() {
    return lang != null;
  }

  static Optional<Representation> byMediaType(String mediaType) {
    return Arrays.stream(values()).filter(r -> r.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  /** The RDF representation a {@code /data/...} file extension names. */
  static Optional<Representation> rdfByExtension(String extension) {
    return Arrays.stream(values())
        .filter(r -> r.isRdf() && r.extension.equals(extension))
        .findFirst();
  }
}
