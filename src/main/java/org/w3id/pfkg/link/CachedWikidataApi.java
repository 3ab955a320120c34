package org.w3id.pfkg.link;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Keeps every answer of a {@link WikidataApi} on disk, one JSON file per question, so that a second
 * run asks nothing and a build never needs the network. With no delegate (offline), a question not
 * in the cache is answered with nothing and counted as a miss.
 */
public final class CachedWikidataApi implements WikidataApi {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private record Entry(String name, String language, int limit, List<Candidate> candidates) {}

  private final Path dir;
  private final Optional<WikidataApi> delegate;
  private int misses;

  public CachedWikidataApi(Path dir, Optional<WikidataApi> delegate) {
    this.dir = dir;
    this.delegate = delegate;
  }

  @Override
  public List<Candidate> candidates(String name, String language, int limit) {
    Path file = dir.resolve(key(name, language, limit) + ".json");
    try {
      if (Files.isRegularFile(file)) {
        return JSON.readValue(file.toFile(), new TypeReference<Entry>() {}).candidates();
      }
      if (delegate.isEmpty()) {
        misses++;
        return List.of();
      }
      List<Candidate> answer = delegate.get().candidates(name, language, limit);
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "answer", ".tmp");
      JSON.writeValue(tmp.toFile(), new Entry(name, language, limit, answer));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return answer;
    } catch (IOException e) {
      throw new PfkgException("reconciler cache " + file + ": " + e.getMessage(), e);
    }
  }

  /** Questions that were neither cached nor asked (offline runs only). */
  public int misses() {
    return misses;
  }

  static String key(String name, String language, int limit) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((language + "\n" + limit + "\n" + name).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest contract).
      throw new IllegalStateException(e);
    }
  }
}
