package org.w3id.pfkg.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a release's {@code dumps/manifest.json} says (docs/DUMPS.md): written once by {@link
 * DumpWriter}, read back by the next build ({@link PreviousRelease}) and by {@link ReleaseLayout}.
 * The JSON keeps the field names and order of the map it replaced, so older readers and manifests
 * still fit; fields a reader does not know are ignored, and a field an old manifest lacks reads as
 * null or 0.
 *
 * @param release the release id
 * @param created when the build started (ISO-8601, UTC)
 * @param base the base of every IRI minted
 * @param endpoint the SPARQL endpoint the description names
 * @param synthetic built from {@code pfkg synth} cases, never to be served as data
 * @param cases cases published
 * @param documents documents read into them
 * @param triples triples of the union dump, the description included
 * @param describedTriples the VoID's {@code void:triples} (the description's own triples left out)
 * @param graphs triples per named graph
 * @param previous the release that was live when this one was built; null for the first
 * @param changes what changed since {@code previous}; null for the first
 * @param files every dumps file written before the manifest; null until {@link #withFiles}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "release",
  "created",
  "base",
  "endpoint",
  "synthetic",
  "cases",
  "documents",
  "triples",
  "describedTriples",
  "graphs",
  "previous",
  "changes",
  "files"
})
public record ReleaseManifest(
    String release,
    String created,
    String base,
    String endpoint,
    boolean synthetic,
    long cases,
    long documents,
    long triples,
    long describedTriples,
    SortedMap<String, Long> graphs,
    PreviousRelease previous,
    Changes changes,
    List<DumpFile> files) {
  static final String FILE = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ReleaseManifest {
    graphs = graphs == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(graphs));
    files = files == null ? null : List.copyOf(files);
  }

  /**
   * What changed since the previous release.
   *
   * @param triples the difference of the union dumps' counts
   * @param graphs per graph in either release, the change in triples; graphs without one left out
   */
  record Changes(long triples, SortedMap<String, Long> graphs) {
    Changes {
      graphs = Collections.unmodifiableSortedMap(new TreeMap<>(graphs));
    }
  }

  /**
   * A manifest without its file list, with {@code previous} and {@code changes} when a release was
   * live before this one.
   */
  public static ReleaseManifest of(
      Facts facts, Map<String, Long> graphs, Optional<PreviousRelease> previous) {
    SortedMap<String, Long> sorted = new TreeMap<>(graphs);
    return new ReleaseManifest(
        facts.release(),
        facts.created(),
        facts.base(),
        facts.endpoint(),
        facts.synthetic(),
        facts.cases(),
        facts.documents(),
        facts.triples(),
        facts.describedTriples(),
        sorted,
        previous.orElse(null),
        previous
            .map(p -> new Changes(facts.triples() - p.triples(), p.changesTo(sorted)))
            .orElse(null),
        null);
  }

  /** The counts and names of a release, the part of the manifest a build states itself. */
  public record Facts(
      String release,
      String created,
      String base,
      String endpoint,
      boolean synthetic,
      long cases,
      long documents,
      long triples,
      long describedTriples) {}

  ReleaseManifest withFiles(List<DumpFile> written) {
    return new ReleaseManifest(
        release,
        created,
        base,
        endpoint,
        synthetic,
        cases,
        documents,
        triples,
        describedTriples,
        graphs,
        previous,
        changes,
        written);
  }

  void write(Path file) throws IOException {
    JSON.writeValue(file.toFile(), this);
  }

  /**
   * The manifest of a dumps folder; empty when there is none or it is not a manifest (e.g. a
   * truncated file).
   */
  public static Optional<ReleaseManifest> read(Path dumps) {
    Path file = dumps.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readValue(file.toFile(), ReleaseManifest.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the manifest of a dumps folder says {@code "synthetic": true}; empty when it cannot be
   * read. Reads up to that field only: the manifest of a large release lists every graph (6 MB for
   * 100 000 cases), and parsing all of it in a cold JVM delayed the server's start by a second.
   */
  static Optional<Boolean> readSynthetic(Path dumps) {
    try (JsonParser json = new JsonFactory().createParser(dumps.resolve(FILE).toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("synthetic")) {
          return Optional.of(value == JsonToken.VALUE_TRUE);
        }
        json.skipChildren();
      }
      return Optional.of(false);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
