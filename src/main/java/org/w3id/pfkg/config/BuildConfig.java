package org.w3id.pfkg.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.vocab.Iris;

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
 * @param maxCaseChars the most characters (code points) one case document may have, headers and
 *     narrative together; a longer one is refused when it is read, before any extraction (the time
 *     and memory of extraction and mapping grow with the text: a 5 MB narrative took 669 s and 7.2
 *     GB)
 * @param maxCaseTriples the most triples the graph of one case document may have once mapped; a
 *     larger one is refused before it is validated or loaded
 * @param shrinkLimit how much smaller than the live release a release may be and still be published
 */
public record BuildConfig(
    Path dataDir,
    Path ontologyDir,
    Path outDir,
    boolean keepGoing,
    String baseIri,
    boolean allowSynthetic,
    String endpointBase,
    int maxCaseChars,
    int maxCaseTriples,
    ShrinkLimit shrinkLimit) {
  public static final Path DEFAULT_DATA = Path.of("data");
  public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");
  public static final Path DEFAULT_OUT = Path.of("target", "kg");
  public static final String DEFAULT_ENDPOINT_BASE = "http://localhost:3030/";

  /**
   * 200 000 characters: seventy times the longest profile of the corpus (2 700), room for a long
   * dossier, and a size one build worker extracts in seconds.
   */
  public static final int DEFAULT_MAX_CASE_CHARS = 200_000;

  /** Above what a document of {@link #DEFAULT_MAX_CASE_CHARS} characters maps to. */
  public static final int DEFAULT_MAX_CASE_TRIPLES = 100_000;

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

  /** A build with the default limits per case document. */
  public BuildConfig(
      Path dataDir,
      Path ontologyDir,
      Path outDir,
      boolean keepGoing,
      String baseIri,
      boolean allowSynthetic,
      String endpointBase) {
    this(
        dataDir,
        ontologyDir,
        outDir,
        keepGoing,
        baseIri,
        allowSynthetic,
        endpointBase,
        DEFAULT_MAX_CASE_CHARS,
        DEFAULT_MAX_CASE_TRIPLES);
  }

  /** A build with the default shrink limit. */
  public BuildConfig(
      Path dataDir,
      Path ontologyDir,
      Path outDir,
      boolean keepGoing,
      String baseIri,
      boolean allowSynthetic,
      String endpointBase,
      int maxCaseChars,
      int maxCaseTriples) {
    this(
        dataDir,
        ontologyDir,
        outDir,
        keepGoing,
        baseIri,
        allowSynthetic,
        endpointBase,
        maxCaseChars,
        maxCaseTriples,
        ShrinkLimit.DEFAULT);
  }

  public BuildConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(ontologyDir, "ontologyDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(baseIri, "baseIri");
    Objects.requireNonNull(endpointBase, "endpointBase");
    Objects.requireNonNull(shrinkLimit, "shrinkLimit");
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
    if (maxCaseChars < 1 || maxCaseTriples < 1) {
      throw new ConfigException(
          "--max-case-chars "
              + maxCaseChars
              + ", --max-case-triples "
              + maxCaseTriples
              + ": expected limits of at least 1");
    }
  }

  public static BuildConfig defaults() {
    return new BuildConfig(
        DEFAULT_DATA, DEFAULT_ONTOLOGY, DEFAULT_OUT, false, Iris.DEFAULT_BASE, false);
  }
}
