package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Checks on a published output folder that tests share: checksums, manifest, store. */
public final class ReleaseFiles {
  private ReleaseFiles() {}

  /** SHA-256 of every file under a folder (links followed), by relative path. */
  public static Map<String, String> checksums(Path dir) {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        sums.put(dir.relativize(p).toString(), sha256(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sums;
  }

  public static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every line of {@code dumps/SHA256SUMS} matches the file it names (as sha256sum -c does). */
  public static void assertDumpsMatchTheirChecksums(Path dumps) throws IOException {
    List<String> lines = Files.readAllLines(dumps.resolve("SHA256SUMS"));
    for (String line : lines) {
      String[] parts = line.split("\\s+\\*?", 2);
      assertEquals(parts[0], sha256(dumps.resolve(parts[1])), "checksum of " + parts[1]);
    }
  }

  public static JsonNode manifest(Path dumps) throws IOException {
    return new ObjectMapper().readTree(dumps.resolve("manifest.json").toFile());
  }

  /** Opens a release's store, counts the triples of the union of its graphs and closes it again. */
  public static long storeTriples(Path store) {
    Dataset dataset = TDB2Factory.connectDataset(store.toString());
    try {
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return Txn.calculateRead(
          dataset,
          () -> {
            try (var exec =
                QueryExecutionFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", dataset)) {
              return exec.execSelect().next().getLiteral("n").getLong();
            }
          });
    } finally {
      TDBInternal.expel(dataset.asDatasetGraph());
    }
  }
}
