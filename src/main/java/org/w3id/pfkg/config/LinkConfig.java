package org.w3id.pfkg.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.problem.ConfigException;

/**
 * Settings of the reconciler ({@code pfkg link}), validated once.
 *
 * @param dataDir the corpus (gazetteer/, links/)
 * @param apiUrl the MediaWiki API of Wikidata, or a stand-in; precedence: {@code --api}, then the
 *     environment variable {@value #API_ENV}, then {@link #DEFAULT_API}
 * @param cacheDir where answers are kept, so that runs are reproducible offline
 * @param reviewFile the TSV written for the reviewer
 * @param threshold 0..1: proposals at or above it are marked likely, the rest review
 * @param language language of the search and labels
 * @param limit most candidates per entity
 * @param offline answer from the cache only; never call the API
 */
public record LinkConfig(
    Path dataDir,
    URI apiUrl,
    Path cacheDir,
    Path reviewFile,
    double threshold,
    String language,
    int limit,
    boolean offline) {
  public static final URI DEFAULT_API = URI.create("https://www.wikidata.org/w/api.php");
  public static final String API_ENV = "PFKG_WIKIDATA_API";
  public static final Path DEFAULT_CACHE = Path.of("data", "links", "cache");
  public static final Path DEFAULT_REVIEW = Path.of("target", "links", "review.tsv");
  public static final double DEFAULT_THRESHOLD = 0.85;
  public static final String DEFAULT_LANGUAGE = "en";
  public static final int DEFAULT_LIMIT = 5;

  public LinkConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(reviewFile, "reviewFile");
    if (!Files.isDirectory(dataDir.resolve("gazetteer"))) {
      throw new ConfigException("--data " + dataDir + ": expected a folder with gazetteer/");
    }
    String scheme = apiUrl.getScheme();
    if (!apiUrl.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new ConfigException("Wikidata API <" + apiUrl + "> must be an http(s) URL");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new ConfigException("threshold " + threshold + " must be in (0, 1]");
    }
    if (limit < 1 || limit > 50) {
      throw new ConfigException("limit " + limit + " must be between 1 and 50 (the API's cap)");
    }
    if (language == null || !language.matches("[a-z]{2,3}(-[a-z0-9]+)*")) {
      throw new ConfigException("language '" + language + "' is not a language code like en");
    }
  }

  /** The API URL by precedence: the flag if given, then the environment, then the default. */
  public static URI apiUrl(Optional<URI> flag, Optional<String> environment) {
    return flag.orElseGet(
        () -> environment.filter(s -> !s.isBlank()).map(URI::create).orElse(DEFAULT_API));
  }
}
