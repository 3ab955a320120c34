package org.w3id.pfkg.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.pfkg.vocab.Iris;

/**
 * Times the RDF dumps of a built store on their own (the dumps phase without the load before it):
 * {@code java -cp 'target/test-classes:target/pfkg.jar:target/lib/*'
 * org.w3id.pfkg.publish.DumpBench STORE CONTEXT OUT}.
 */
public final class DumpBench {
  private DumpBench() {}

  public static void main(String[] args) throws Exception {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Map<DumpFormat, Path> files = new EnumMap<>(DumpFormat.class);
    for (DumpFormat f : DumpFormat.values()) {
      files.put(f, out.resolve(f.versionedName("bench")));
    }
    long t0 = System.nanoTime();
    DumpPieces.Written w =
        DumpPieces.write(
            files,
            store,
            new Iris(Iris.DEFAULT_BASE).prefixes(),
            Path.of(args[1]),
            Optional.empty());
    long t1 = System.nanoTime();
    for (Path p : w.files()) {
      DumpWriter.sha256(p);
    }
    long t2 = System.nanoTime();
    System.out.printf(
        "pieces %.1f s, sha256 %.1f s, %d graphs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, w.made());
  }
}
