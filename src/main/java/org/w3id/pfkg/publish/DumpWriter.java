package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Writes a release's dumps folder (docs/DUMPS.md), in an order that lets each file describe the
 * ones before it: the RDF dumps under versioned names, each also linked under its stable name; the
 * JSON-LD context; {@code void.ttl} (the dataset description plus the RDF dumps' sizes and
 * checksums); {@code manifest.json} (every file so far); {@code SHA256SUMS} (every file but itself,
 * in the format of {@code sha256sum -c}).
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

  /** Writes every dump into {@code dir} and returns the files written, checksummed. */
  public static List<DumpFile> write(Path dir, Contents c) {
    try {
      Files.createDirectories(dir);
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Path context = dir.resolve(JsonLdContext.FILE);
      json.writeValue(context.toFile(), c.context());
      String id = c.release().id();
      List<DumpFile> files = new ArrayList<>();
      for (Path file : writeRdf(dir, c, context)) {
        files.add(checksummed(file));
      }
      for (DumpFormat format : DumpFormat.values()) {
        Path stable = dir.resolve(format.stableName());
        link(stable, dir.resolve(format.versionedName(id)));
        files.add(checksummed(stable));
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
      return List.copyOf(files);
    } catch (IOException | UncheckedIOException e) {
      throw new PfkgException("cannot write dumps to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the RDF dumps, streamed from the store so that memory stays flat whatever its size, in
   * two read transactions at once (the store takes any number of readers): one scan of the union
   * feeds Turtle, N-Triples and JSON-LD (decoding each triple's nodes once for the three), the
   * other writes TriG graph by graph; JSON-LD compacts its chunks on every core. Turtle and TriG
   * use Jena's "blocks" style (a subject's triples grouped, no whole-model analysis). Returns the
   * files in {@link DumpFormat} order.
   */
  private static List<Path> writeRdf(Path dir, Contents c, Path context) {
    Map<DumpFormat, Path> files = new EnumMap<>(DumpFormat.class);
    for (DumpFormat format : DumpFormat.values()) {
      files.put(format, dir.resolve(format.versionedName(c.release().id())));
    }
    ExecutorService writers = Workers.pool("pfkg-dump", 2);
    ExecutorService compactors = Workers.perCore("pfkg-jsonld");
    try {
      CompletableFuture<Void> union =
          CompletableFuture.runAsync(() -> writeUnion(files, c, context, compactors), writers);
      CompletableFuture<Void> graphs =
          CompletableFuture.runAsync(() -> writeTrig(files.get(DumpFormat.TRIG), c), writers);
      // Both end before either's failure is thrown: no reader may outlive the build's store.
      CompletableFuture.allOf(union, graphs).exceptionally(e -> null).join();
      Workers.result(union);
      Workers.result(graphs);
      return List.copyOf(files.values());
    } finally {
      writers.shutdownNow();
      compactors.shutdownNow();
    }
  }

  private static void writeUnion(
      Map<DumpFormat, Path> files, Contents c, Path context, ExecutorService compactors) {
    StoreScan scan = new StoreScan(c.store());
    Txn.executeRead(
        c.store(),
        () -> {
          try (OutputStream ttlOut = buffered(Files.newOutputStream(files.get(DumpFormat.TURTLE)));
              OutputStream ntOut =
                  buffered(
                      new GZIPOutputStream(
                          Files.newOutputStream(files.get(DumpFormat.NTRIPLES_GZ)), 1 << 16));
              JsonLdDump jsonld =
                  JsonLdDump.open(files.get(DumpFormat.JSONLD), context, compactors)) {
            StreamRDF ttl = StreamRDFWriter.getWriterStream(ttlOut, RDFFormat.TURTLE_BLOCKS);
            StreamRDF nt = StreamRDFWriter.getWriterStream(ntOut, RDFFormat.NTRIPLES);
            ttl.start();
            nt.start();
            c.prefixes().getNsPrefixMap().forEach(ttl::prefix);
            scan.forEachTriple(
                t -> {
                  ttl.triple(t);
                  nt.triple(t);
                  jsonld.accept(t);
                });
            ttl.finish();
            nt.finish();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void writeTrig(Path file, Contents c) {
    StoreScan scan = new StoreScan(c.store());
    Txn.executeRead(
        c.store(),
        () -> {
          try (OutputStream out = buffered(Files.newOutputStream(file))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            w.start();
            c.prefixes().getNsPrefixMap().forEach(w::prefix);
            scan.forEachQuad(w::quad);
            w.finish();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static OutputStream buffered(OutputStream out) {
    return new BufferedOutputStream(out, 1 << 16);
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

  private static DumpFile checksummed(Path file) throws IOException {
    return new DumpFile(file.getFileName().toString(), Files.size(file), sha256(file));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
