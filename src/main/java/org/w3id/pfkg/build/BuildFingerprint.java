package org.w3id.pfkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.curate.Curation;
import org.w3id.pfkg.publish.Hashing;

/**
 * What every document's graph depends on besides its own text and curation file: the code that
 * extracts, maps and validates it (the jar, or the class folder when run from the build tree), the
 * ontology folder (shapes, vocabularies), every data file outside {@code cases/} and {@code
 * curation/} (rules, gazetteer, links, country rules) and the build options that change a graph
 * (base IRI, limits). One SHA-256 over all of it: a change to any of them changes every cache key,
 * so that a rebuild re-extracts everything rather than reuse a graph made by other rules.
 */
final class BuildFingerprint {
  /** Bumped when the cache's entry format or what a key covers changes. */
  static final String FORMAT = "pfkg-document-cache-1";

  private static volatile String codeVersion;

  private BuildFingerprint() {}

  static String of(BuildConfig config) {
    MessageDigest digest = Hashing.sha256();
    Hashing.update(digest, FORMAT);
    Hashing.update(digest, codeVersion());
    Hashing.update(digest, config.baseIri());
    Hashing.update(digest, config.maxCaseChars() + "/" + config.maxCaseTriples());
    Path out = config.outDir().toAbsolutePath().normalize();
    hashTree(digest, config.ontologyDir(), p -> true);
    Path data = config.dataDir();
    // An output folder inside the data folder holds no knowledge; a data folder inside the output
    // folder (--data kg/input) is still all knowledge.
    boolean dataInsideOut = data.toAbsolutePath().normalize().startsWith(out);
    hashTree(
        digest,
        data,
        p -> {
          Path rel = data.relativize(p);
          String top = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
          return !top.equals("cases")
              && !top.equals(Curation.FOLDER)
              && (dataInsideOut || !p.toAbsolutePath().normalize().startsWith(out));
        });
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The code's identity: a hash of the jar this class was loaded from, or of every file of the
   * class folder. Computed once per JVM.
   */
  static String codeVersion() {
    String v = codeVersion;
    if (v == null) {
      synchronized (BuildFingerprint.class) {
        if (codeVersion == null) {
          codeVersion = computeCodeVersion();
        }
        v = codeVersion;
      }
    }
    return v;
  }

  private static String computeCodeVersion() {
    Path code;
    try {
      code =
          Path.of(
              BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      // No known code source: a key no other run can share, so nothing is ever reused.
      return "unknown-" + System.nanoTime();
    }
    MessageDigest digest = Hashing.sha256();
    hashTree(digest, code, p -> true);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void hashTree(
      MessageDigest digest, Path root, java.util.function.Predicate<Path> include) {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(include).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      try {
        Hashing.update(
            digest,
            (Files.isDirectory(root) ? root.relativize(f).toString() : "") + "/" + Files.size(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
