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
 */
public record BuildConfig(
    Path dataDir,
    Path ontologyDir,
    Path outDir,
    boolean keepGoing,
    String baseIri,
    boolean allowSynthetic) {
  public static final Path DEFAULT_DATA = Path.of("data");
  public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");
  public static final Path DEFAULT_OUT = Path.of("target", "kg");
  public static final String DEFAULT_BASE = "https://w3id.org/pfkg/";

  public BuildConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(ontologyDir, "ontologyDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(baseIri, "baseIri");
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
  }

  public static BuildConfig defaults() {
    return new BuildConfig(DEFAULT_DATA, DEFAULT_ONTOLOGY, DEFAULT_OUT, false, DEFAULT_BASE, false);
  }
}
