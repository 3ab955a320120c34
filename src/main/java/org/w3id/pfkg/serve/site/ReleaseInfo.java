package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the live release's {@code manifest.json} (written by the publish stage) says: its id,
 * creation time, triple count and each dump file's checksum.
 *
 * @param triples the triples of the union of all graphs, the dataset description included: the
 *     count of the dumps, of {@code pfkg build}'s line and of the landing page
 * @param describedTriples the VoID's {@code void:triples}: the data the description describes,
 *     without the description's own triples (-1 when the manifest does not say)
 */
public record ReleaseInfo(
    String release,
    String created,
    long triples,
    Map<String, String> sha256,
    long describedTriples) {
  /** The triples of the dataset description itself: why the VoID's count is lower. */
  public long descriptionTriples() {
    return describedTriples < 0 ? 0 : triples - describedTriples;
  }

  static final String MANIFEST = "manifest.json";

  /** The manifest of a dumps folder, or empty when there is none or it cannot be read. */
  static Optional<ReleaseInfo> read(Path dumps) {
    Path file = dumps.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      Map<String, String> sums = new HashMap<>();
      root.path("files").forEach(f -> sums.put(f.path("name").asText(), f.path("sha256").asText()));
      return Optional.of(
          new ReleaseInfo(
              root.path("release").asText(""),
              root.path("created").asText(""),
              root.path("triples").asLong(-1),
              Map.copyOf(sums),
              root.path("describedTriples").asLong(-1)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
