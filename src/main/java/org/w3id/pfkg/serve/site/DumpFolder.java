package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The live release's dumps folder ({@code OUT/dumps}, a link through {@code OUT/current}) as the
 * site offers it. Only the regular files listed here can be downloaded: a requested name is looked
 * up in the listing, never resolved as a path, so {@code ..}, encoded or absolute names cannot
 * reach anything else.
 */
final class DumpFolder {
  static final String LATEST = "latest";

  /** A downloadable file. */
  record DumpEntry(String name, long bytes, String sha256, String mediaType, Path file) {}

  private final Optional<Path> dumps;
  private final Map<String, String> checksums = new ConcurrentHashMap<>();

  /**
   * @param dumps the dumps folder; empty when the server was started without a release folder
   */
  DumpFolder(Optional<Path> dumps) {
    this.dumps = dumps;
  }

  Optional<ReleaseInfo> release() {
    return dumps.flatMap(ReleaseInfo::read);
  }

  /** What changed since the previous release, when the manifest records one. */
  Optional<ReleaseChanges> changes() {
    return dumps.flatMap(ReleaseChanges::read);
  }

  List<DumpEntry> listing() {
    if (dumps.isEmpty() || !Files.isDirectory(dumps.get())) {
      return List.of();
    }
    Map<String, String> known = release().map(ReleaseInfo::sha256).orElse(Map.of());
    try (Stream<Path> files = Files.list(dumps.get())) {
      return files
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .map(p -> entry(p, known))
          .flatMap(Optional::stream)
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The entry for a request path below {@code /dumps/}: {@code NAME}, {@code latest/NAME} or {@code
   * RELEASE/NAME} for the live release.
   */
  Optional<DumpEntry> find(String requested) {
    String name = requested;
    int slash = requested.indexOf('/');
    if (slash >= 0) {
      String release = requested.substring(0, slash);
      boolean live =
          release.equals(LATEST)
              || release()
                  .map(r -> r.release().equals(release) && !release.isEmpty())
                  .orElse(false);
      if (!live) {
        return Optional.empty();
      }
      name = requested.substring(slash + 1);
    }
    String wanted = name;
    return listing().stream().filter(e -> e.name().equals(wanted)).findFirst();
  }

  private Optional<DumpEntry> entry(Path file, Map<String, String> known) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      String key = name + ":" + size + ":" + Files.getLastModifiedTime(file).toMillis();
      String sum = known.get(name);
      if (sum == null || sum.isEmpty()) {
        sum = checksums.computeIfAbsent(key, k -> sha256(file));
      }
      return Optional.of(new DumpEntry(name, size, sum, mediaType(name), file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String mediaType(String name) {
    if (name.endsWith(".ttl")) {
      return "text/turtle; charset=utf-8";
    }
    if (name.endsWith(".trig")) {
      return "application/trig; charset=utf-8";
    }
    if (name.endsWith(".nt")) {
      return "application/n-triples; charset=utf-8";
    }
    if (name.endsWith(".jsonld")) {
      return "application/ld+json";
    }
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".gz")) {
      return "application/gzip";
    }
    return "text/plain; charset=utf-8";
  }

  private static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      return "";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
