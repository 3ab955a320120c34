package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Writes a release's dumps: the union of all graphs as Turtle and gzipped N-Triples (plain RDF 1.1,
 * readable by every tool), the named graphs as TriG, {@code SHA256SUMS} in the format of {@code
 * sha256sum -c}, and {@code manifest.json} with counts, sizes and checksums.
 */
final class DumpWriter {
  static final String TURTLE = "pfkg.ttl";
  static final String TRIG = "pfkg.trig";
  static final String NTRIPLES_GZ = "pfkg.nt.gz";
  static final String CHECKSUMS = "SHA256SUMS";
  static final String MANIFEST = "manifest.json";

  /** A dump file with its size and checksum. */
  record DumpFile(String name, long bytes, String sha256) {}

  private DumpWriter() {}

  /** Writes every dump into {@code dir} and returns the files written, checksummed. */
  static List<DumpFile> write(Path dir, Dataset dataset, Model union, Map<String, Object> facts) {
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(dir.resolve(TURTLE))) {
        RDFDataMgr.write(out, union, RDFFormat.TURTLE_PRETTY);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(TRIG))) {
        RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
      }
      try (OutputStream out =
          new GZIPOutputStream(Files.newOutputStream(dir.resolve(NTRIPLES_GZ)))) {
        RDFDataMgr.write(out, union, Lang.NTRIPLES);
      }
      List<DumpFile> files = new ArrayList<>();
      for (String name : List.of(TURTLE, TRIG, NTRIPLES_GZ)) {
        Path file = dir.resolve(name);
        files.add(new DumpFile(name, Files.size(file), sha256(file)));
      }
      StringBuilder sums = new StringBuilder();
      files.forEach(f -> sums.append(f.sha256()).append("  ").append(f.name()).append('\n'));
      Files.writeString(dir.resolve(CHECKSUMS), sums, StandardCharsets.US_ASCII);
      writeManifest(dir.resolve(MANIFEST), files, facts);
      return List.copyOf(files);
    } catch (IOException e) {
      throw new PfkgException("cannot write dumps to " + dir + ": " + e.getMessage(), e);
    }
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

  private static void writeManifest(Path file, List<DumpFile> files, Map<String, Object> facts)
      throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.valueToTree(new LinkedHashMap<>(facts));
    ArrayNode list = root.putArray("files");
    files.forEach(
        f ->
            list.addObject()
                .put("name", f.name())
                .put("bytes", f.bytes())
                .put("sha256", f.sha256()));
    json.writeValue(file.toFile(), root);
  }
}
