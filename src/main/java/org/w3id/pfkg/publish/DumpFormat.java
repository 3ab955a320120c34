package org.w3id.pfkg.publish;

/**
 * The RDF dumps of a release. Each is written under a versioned name ({@code pfkg-<release>.ttl}),
 * so that a downloaded file says which release it is, and linked under a stable name ({@code
 * pfkg.ttl}), so that {@code OUT/dumps/pfkg.ttl} is always the latest (docs/DUMPS.md).
 */
enum DumpFormat {
  TURTLE("ttl", "text/turtle", null, "Turtle: the union of all graphs"),
  TRIG("trig", "application/trig", null, "TriG: every named graph"),
  NTRIPLES_GZ(
      "nt.gz", "application/n-triples", "application/gzip", "N-Triples, gzipped: the union"),
  JSONLD(
      "jsonld",
      "application/ld+json",
      null,
      "JSON-LD compacted with the published context: the union");

  private final String extension;
  private final String mediaType;
  private final String compression;
  private final String title;

  DumpFormat(String extension, String mediaType, String compression, String title) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.compression = compression;
    this.title = title;
  }

  String versionedName(String releaseId) {
    return "pfkg-" + releaseId + "." + extension;
  }

  String stableName() {
    return "pfkg." + extension;
  }

  /** The media type of the content, after decompression. */
  String mediaType() {
    return mediaType;
  }

  /** The media type of the compression, or null for an uncompressed file. */
  String compression() {
    return compression;
  }

  String title() {
    return title;
  }
}
