package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieced dumps: a subject two graphs describe is written once, whole, as one Turtle block; the
 * union dumps read back to the union and TriG to every graph; and a second write that copies the
 * unchanged graphs' pieces gives the same bytes as one that makes them all.
 */
class DumpPiecesTest {
  private static final String EX = "https://example.org/";

  @Test
  void aSubjectOfTwoGraphsIsOneBlockAndCopiedPiecesGiveTheSameBytes(@TempDir Path dir)
      throws IOException {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
    Txn.executeWrite(
        store,
        () -> {
          // a journalist both case graphs say something of, and a triple they both hold
          add(store, "graph-case-b", "journalist-j", "name", "\"Nadia Example\"");
          add(store, "graph-case-a", "journalist-j", "worksFor", "outlet-o");
          add(store, "graph-case-b", "journalist-j", "worksFor", "outlet-o");
          add(store, "graph-case-a", "case-a", "about", "journalist-j");
          add(store, "graph-case-b", "case-b", "about", "journalist-j");
        });
    Path context = dir.resolve("context.jsonld");
    Files.writeString(context, "{\"@context\": {\"ex\": \"" + EX + "\"}}");
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("ex", EX);
    DumpPieces.Written first =
        DumpPieces.write(files(dir, "1"), store, prefixes, context, Optional.empty());
    String ttl = Files.readString(dir.resolve("1.ttl"));
    assertEquals(1, count(ttl, "(?m)^ex:journalist-j\\b"), ttl);
    assertEquals(0, first.reused());
    for (String file : List.of("1.ttl", "1.trig", "1.nt.gz", "1.jsonld")) {
      // the published checksum, taken while writing, is the file's
      assertEquals(DumpWriter.sha256(dir.resolve(file)), first.sha256().get(file), file);
    }

    Graph union = GraphFactory.createGraphMem();
    Txn.executeRead(store, () -> store.getUnionGraph().find().forEachRemaining(union::add));
    assertEquals(4, union.size());
    assertTrue(read(dir.resolve("1.ttl"), Lang.TURTLE).isIsomorphicWith(union));
    try (InputStream nt = new GZIPInputStream(Files.newInputStream(dir.resolve("1.nt.gz")))) {
      Graph back = GraphFactory.createGraphMem();
      RDFParser.source(nt).lang(Lang.NTRIPLES).parse(back);
      assertTrue(back.isIsomorphicWith(union));
    }
    assertTrue(read(dir.resolve("1.jsonld"), Lang.JSONLD).isIsomorphicWith(union));
    DatasetGraph trig = DatasetGraphFactory.createTxnMem();
    RDFParser.source(dir.resolve("1.trig")).lang(Lang.TRIG).parse(trig);
    assertEquals(5, trig.stream().count());

    // Both graphs unchanged: both pieces copied from the first dumps, the same bytes.
    BuildRecord record =
        new BuildRecord(
            "f",
            new TreeMap<>(),
            new TreeMap<>(),
            names("1"),
            first.crc(),
            new TreeMap<>(),
            first.pieces(),
            new TreeMap<>(),
            null);
    DumpPieces.Written second =
        DumpPieces.write(
            files(dir, "2"),
            store,
            prefixes,
            context,
            Optional.of(
                new DumpPieces.Previous(
                    dir, record, Set.of(EX + "graph-case-a", EX + "graph-case-b"))));
    assertEquals(2, second.reused());
    for (String ext : new String[] {"ttl", "trig", "nt.gz", "jsonld"}) {
      assertEquals(
          -1L, Files.mismatch(dir.resolve("1." + ext), dir.resolve("2." + ext)), ext + " differs");
    }
    assertTrue(DumpPieces.checkOut(dir, record));
    Files.writeString(dir.resolve("1.ttl"), ttl.replaceFirst("\\.\\n", " .\\n"));
    assertTrue(!DumpPieces.checkOut(dir, record), "an edited dump does not check out");
    TDBInternal.expel(store);
  }

  private static void add(DatasetGraph store, String g, String s, String p, String o) {
    Node object =
        o.startsWith("\"")
            ? NodeFactory.createLiteralString(o.substring(1, o.length() - 1))
            : NodeFactory.createURI(EX + o);
    store.add(
        NodeFactory.createURI(EX + g),
        NodeFactory.createURI(EX + s),
        NodeFactory.createURI(EX + p),
        object);
  }

  private static Map<DumpFormat, Path> files(Path dir, String name) {
    Map<DumpFormat, Path> files = new EnumMap<>(DumpFormat.class);
    files.put(DumpFormat.TURTLE, dir.resolve(name + ".ttl"));
    files.put(DumpFormat.TRIG, dir.resolve(name + ".trig"));
    files.put(DumpFormat.NTRIPLES_GZ, dir.resolve(name + ".nt.gz"));
    files.put(DumpFormat.JSONLD, dir.resolve(name + ".jsonld"));
    return files;
  }

  private static Map<String, String> names(String name) {
    return Map.of(
        DumpFormat.TURTLE.name(), name + ".ttl",
        DumpFormat.TRIG.name(), name + ".trig",
        DumpFormat.NTRIPLES_GZ.name(), name + ".nt.gz",
        DumpFormat.JSONLD.name(), name + ".jsonld");
  }

  private static Graph read(Path file, Lang lang) {
    Graph g = GraphFactory.createGraphMem();
    RDFParser.source(file).lang(lang).parse(g);
    return g;
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
