package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Writes a release's dumps folder (docs/DUMPS.md), in an order that lets each file describe the
 * ones before it: the RDF dumps under versioned names ({@link DumpPieces}: one piece per named
 * graph, so that a rebuild copies the unchanged graphs' pieces), each also linked under its stable
 * name; the JSON-LD context; {@code void.ttl} (the dataset description plus the RDF dumps' sizes
 * and checksums); {@code manifest.json} (every file so far); {@code SHA256SUMS} (every file but
 * itself, in the format of {@code sha256sum -c}).
 */
public final class DumpWriter {
  static final String VOID = "void.ttl";
  static final String CHECKSUMS = "SHA256SUMS";
  static final String MANIFEST = ReleaseManifest.FILE;

  /**
   * What goes into the dumps.
   *
   * @param release id, date and addresses of the release
   * @param store the TDB2 store with every named graph, description included, streamed from
   * @param prefixes the prefixes of the Turtle and TriG dumps
   * @param description the content of the description graph
   * @param context the JSON-LD context document
   * @param manifest the manifest before its file list
   */
  public record Contents(
      DatasetDescription.Release release,
      DatasetGraph store,
      PrefixMapping prefixes,
      Model description,
      ObjectNode context,
      ReleaseManifest manifest) {}

  private DumpWriter() {}

  /**
   * Writes every dump into {@code dir}, copying the pieces of unchanged graphs from {@code
   * previous} ({@link DumpPieces}), and returns where each graph's piece lies.
   */
  public static DumpPieces.Written write(
      Path dir, Contents c, Optional<DumpPieces.Previous> previous) {
    try {
      Files.createDirectories(dir);
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Path context = dir.resolve(JsonLdContext.FILE);
      json.writeValue(context.toFile(), c.context());
      String id = c.release().id();
      List<DumpFile> files = new ArrayList<>();
      Map<DumpFormat, Path> rdf = new EnumMap<>(DumpFormat.class);
      for (DumpFormat format : DumpFormat.values()) {
        rdf.put(format, dir.resolve(format.versionedName(id)));
      }
      DumpPieces.Written written =
          DumpPieces.write(rdf, c.store(), c.prefixes(), context, previous);
      for (Path file : written.files()) {
        files.add(taken(file, written));
      }
      for (DumpFormat format : DumpFormat.values()) {
        Path stable = dir.resolve(format.stableName());
        Path versioned = dir.resolve(format.versionedName(id));
        link(stable, versioned);
        DumpFile same = taken(versioned, written);
        files.add(new DumpFile(format.stableName(), same.bytes(), same.sha256()));
      }
      files.add(checksummed(context));
      Path voidFile = dir.resolve(VOID);
      try (OutputStream out = Files.newOutputStream(voidFile)) {
        Model full = DatasetDescription.withFileDetails(c.description(), c.release(), files);
        RDFDataMgr.write(out, full, RDFFormat.TURTLE_PRETTY);
      }
      files.add(checksummed(voidFile));
      Path manifest = dir.resolve(MANIFEST);
      c.manifest().withFiles(files).write(manifest);
      files.add(checksummed(manifest));
      StringBuilder sums = new StringBuilder();
      files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
      Files.writeString(dir.resolve(CHECKSUMS), sums, StandardCharsets.US_ASCII);
      return written;
    } catch (IOException | UncheckedIOException e) {
      throw new PfkgException("cannot write dumps to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The stable name as a hard link: a plain file to every reader and server (no symlink to follow),
   * and no second copy on disk. Copies where the file system has no hard links.
   */
  private static void link(Path stable, Path versioned) throws IOException {
    try {
      Files.createLink(stable, versioned);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(versioned, stable);
    }
  }

  /** A dump file with the checksum taken while it was written. */
  private static DumpFile taken(Path file, DumpPieces.Written written) throws IOException {
    String sha256 = written.sha256().get(file.getFileName().toString());
    if (sha256 == null) {
      throw new IllegalStateException("no checksum was taken of " + file);
    }
    return new DumpFile(file.getFileName().toString(), Files.size(file), sha256);
  }

  private static DumpFile checksummed(Path file) throws IOException {
    return new DumpFile(file.getFileName().toString(), Files.size(file), sha256(file));
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
