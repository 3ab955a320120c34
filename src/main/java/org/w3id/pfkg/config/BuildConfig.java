package org.w3id.pfkg.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.w3id.pfkg.problem.ConfigException;

/**
 * Everything a build needs, validated before any work starts.
 *
 * @param dataDir the corpus: {@code cases/}, {@code gazetteer/}, {@code rules/}, {@code curation/}
 * @param ontologyDir {@code pfkg.ttl}, {@code shapes.ttl} and the SKOS vocabularies of {@code
 *     vocab/}
 * @param outDir where releases, the live store and the dumps go
 * @param keepGoing publish the good cases when some are rejected, instead of refusing to publish
 * @param baseIri the canonical base of every IRI minted
 * @param allowSynthetic accept documents marked {@code Synthetic: yes}: for benchmarks only; such a
 *     build is marked synthetic in its manifest and must never be published
 * @param endpointBase the public address of the server that serves this build ({@code sparql},
 *     {@code dumps/}), as written into the dataset description; ends in {@code /}
 */
public record BuildConfig(
    Path dataDir,
    Path ontologyDir,
    Path outDir,
    boolean keepGoing,
    String baseIri,
    boolean allowSynthetic,
    String endpointBase) {
  public static final Path DEFAULT_DATA = Path.of("data");
  public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");
  public static final Path DEFAULT_OUT = Path.of("target", "kg");
  public static final String DEFAULT_BASE = "https://w3id.org/pfkg/";
  public static final String DEFAULT_ENDPOINT_BASE = "http://localhost:3030/";

  /** A build served at the default endpoint address. */
  public BuildConfig(
      Path dataDir,
      Path ontologyDir,
      Path outDir,
      boolean keepGoing,
      String baseIri,
      boolean allowSynthetic) {
    this(dataDir, ontologyDir, outDir, keepGoing, baseIri, allowSynthetic, DEFAULT_ENDPOINT_BASE);
  }

  public BuildConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(ontologyDir, "ontologyDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(baseIri, "baseIri");
    Objects.requireNonNull(endpointBase, "endpointBase");
    if (!Files.isDirectory(dataDir.resolve("cases"))) {
      throw new ConfigException(
          "--data " + dataDir + ": expected a folder with a cases/ subfolder");
    }
    if (!Files.isRegularFile(ontologyDir.resolve("shapes.ttl"))) {
      throw new ConfigException("ontology folder " + ontologyDir + ": expected shapes.ttl in it");
    }
    if (!baseIri.matches("https?://\\S+/")) {
      throw new ConfigException("base IRI " + baseIri + ": expected an http(s) IRI ending in /");
    }
    if (!endpointBase.matches("https?://\\S+/")) {
      throw new ConfigException(
          "endpoint base " + endpointBase + ": expected an http(s) URL ending in /");
    }
  }

  public static BuildConfig defaults() {
    return new BuildConfig(DEFAULT_DATA, DEFAULT_ONTOLOGY, DEFAULT_OUT, false, DEFAULT_BASE, false);
  }
}
