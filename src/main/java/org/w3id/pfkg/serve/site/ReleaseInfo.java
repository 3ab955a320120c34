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
 */
public record ReleaseInfo(
    String release, String created, long triples, Map<String, String> sha256) {
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
              Map.copyOf(sums)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
