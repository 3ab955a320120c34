package org.w3id.pfkg.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The four RDF dumps, written as one piece per named graph, graphs in the order of their IRIs and
 * each piece's triples in {@link CanonicalOrder}: so a dump depends only on the store's content,
 * not on the order in which its nodes reached TDB2, and a rebuild copies the pieces of the graphs
 * that did not change from the previous release's dumps, byte for byte, and makes only the others.
 *
 * <p>TriG gets every graph's triples. The union dumps (Turtle, N-Triples, JSON-LD) get each subject
 * once, whole, in the piece of its <em>home</em> graph: the first graph, in IRI order, that
 * describes it. So Turtle has one block per subject and JSON-LD one node object (per {@link
 * JsonLdDump#MAX_NODE_TRIPLES} values), and a triple two graphs hold is written once. A union piece
 * therefore also depends on what other graphs say of the subjects it shares with them; its record
 * keeps a hash of that ({@link BuildRecord.Piece#content}), and a piece is copied only when its
 * graph is unchanged and that hash is the same.
 *
 * <p>Turtle and TriG pieces use Jena's "blocks" style with the prefixes declared once at the start
 * of the file; each N-Triples piece is its own gzip member (a gzip file may hold several, and every
 * gzip reader reads them as one stream); JSON-LD pieces are node objects of one {@code @graph}
 * array ({@link JsonLdDump}). Jena labels blank nodes per writer ({@code _:b0}, ...), so blank
 * nodes may live in one graph only (today: the dataset description's); a store with blank nodes in
 * two pieces is refused rather than written with labels that would merge them.
 */
public final class DumpPieces {
  private static final int FORMATS = DumpFormat.values().length;

  /** Graphs made in one task: enough that a task's own cost is not paid per small graph. */
  private static final int GRAPHS_PER_TASK = 24;

  /**
   * What a build may copy from the release before it.
   *
   * @param dumps the previous release's dumps folder
   * @param record its build record
   * @param unchanged the graphs whose content is the same as in the previous release
   */
  public record Previous(Path dumps, BuildRecord record, Set<String> unchanged) {}

  /**
   * The dumps written.
   *
   * @param files the dump files, in dump format order
   * @param pieces where each graph's piece lies in them
   * @param reused how many graphs' pieces were copied from the previous release
   * @param made how many were made from the store
   * @param crc each dump's CRC-32C, by file name (what the next build checks before copying)
   * @param sha256 each dump's SHA-256, by file name, taken as it was written (the release's
   *     checksums; reading 500 MB of dumps back, twice with their stable names, took seconds)
   */
  public record Written(
      List<Path> files,
      SortedMap<String, BuildRecord.Piece> pieces,
      int reused,
      int made,
      SortedMap<String, String> crc,
      SortedMap<String, String> sha256) {}

  private DumpPieces() {}

  static Written write(
      Map<DumpFormat, Path> files,
      DatasetGraph store,
      PrefixMapping prefixes,
      Path contextFile,
      Optional<Previous> previous) {
    JsonLdDump jsonld = JsonLdDump.read(contextFile);
    List<String> graphs = new ArrayList<>();
    Map<Node, StoreScan.SharedSubject> shared =
        Txn.calculateRead(
            store,
            () -> {
              store.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
              return new StoreScan(store).subjectsInSeveralGraphs();
            });
    graphs.sort(null);
    Homes homes = new Homes(graphs, shared);
    Headers headers = new Headers(prefixes);
    SortedMap<String, BuildRecord.Piece> index = new TreeMap<>();
    ExecutorService workers = Workers.perCore("pfkg-dump");
    List<CountingOutput> outs = new ArrayList<>();
    List<FileChannel> sources = new ArrayList<>();
    int reused = 0;
    try {
      for (DumpFormat f : DumpFormat.values()) {
        outs.add(new CountingOutput(Files.newOutputStream(files.get(f))));
      }
      if (previous.isPresent()) {
        for (DumpFormat f : DumpFormat.values()) {
          String name = previous.get().record().dumps().get(f.name());
          sources.add(
              FileChannel.open(previous.get().dumps().resolve(name), StandardOpenOption.READ));
        }
      }
      outs.get(DumpFormat.TURTLE.ordinal()).write(headers.turtle());
      outs.get(DumpFormat.TRIG.ordinal()).write(headers.trig());
      outs.get(DumpFormat.JSONLD.ordinal()).write(jsonld.header());
      Sink sink = new Sink(outs, index);
      Deque<CompletableFuture<List<Made>>> pending = new ArrayDeque<>();
      int window = 2 * Runtime.getRuntime().availableProcessors();
      List<String> toMake = new ArrayList<>();
      // Tasks in graph order, each a run of graphs to make or one graph to copy.
      List<Runnable> flushMake = new ArrayList<>();
      Consumer<CompletableFuture<List<Made>>> submit =
          task -> {
            pending.addLast(task);
            while (pending.size() > window) {
              Workers.result(pending.removeFirst()).forEach(sink);
            }
          };
      flushMake.add(
          () -> {
            if (!toMake.isEmpty()) {
              List<String> run = List.copyOf(toMake);
              toMake.clear();
              submit.accept(
                  CompletableFuture.supplyAsync(
                      () -> make(store, run, homes, headers, jsonld), workers));
            }
          });
      for (String g : graphs) {
        String content = homes.content(g);
        BuildRecord.Piece old =
            previous
                .filter(p -> p.unchanged().contains(g))
                .map(p -> p.record().pieces().get(g))
                .filter(p -> p.content().equals(content))
                .orElse(null);
        if (old != null) {
          flushMake.get(0).run();
          reused++;
          submit.accept(
              CompletableFuture.supplyAsync(
                  () -> List.of(new Made(g, content, copy(sources, old), old.blankNodes())),
                  workers));
        } else {
          toMake.add(g);
          if (toMake.size() >= GRAPHS_PER_TASK) {
            flushMake.get(0).run();
          }
        }
      }
      flushMake.get(0).run();
      while (!pending.isEmpty()) {
        Workers.result(pending.removeFirst()).forEach(sink);
      }
      outs.get(DumpFormat.JSONLD.ordinal()).write(JsonLdDump.footer());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workers.shutdownNow();
      outs.forEach(DumpPieces::close);
      sources.forEach(DumpPieces::close);
    }
    List<Path> written = Arrays.stream(DumpFormat.values()).map(files::get).toList();
    SortedMap<String, String> crc = new TreeMap<>();
    SortedMap<String, String> sha256 = new TreeMap<>();
    for (DumpFormat f : DumpFormat.values()) {
      crc.put(files.get(f).getFileName().toString(), outs.get(f.ordinal()).crc());
      sha256.put(files.get(f).getFileName().toString(), outs.get(f.ordinal()).sha256());
    }
    return new Written(written, index, reused, graphs.size() - reused, crc, sha256);
  }

  /** One graph's pieces, in dump format order, and the hash they were made from. */
  private record Made(String graph, String content, byte[][] bytes, boolean blankNodes) {}

  /** Appends pieces to the dumps in the order given and records where each lies. */
  private static final class Sink implements Consumer<Made> {
    private final List<CountingOutput> outs;
    private final SortedMap<String, BuildRecord.Piece> index;
    private final Set<String> withBlankNodes = new java.util.TreeSet<>();
    private boolean jsonStarted;

    Sink(List<CountingOutput> outs, SortedMap<String, BuildRecord.Piece> index) {
      this.outs = outs;
      this.index = index;
    }

    @Override
    public void accept(Made m) {
      Long[] offsets = new Long[FORMATS];
      Long[] lengths = new Long[FORMATS];
      try {
        for (DumpFormat f : DumpFormat.values()) {
          CountingOutput out = outs.get(f.ordinal());
          byte[] b = m.bytes()[f.ordinal()];
          if (f == DumpFormat.JSONLD && b.length > 0) {
            if (jsonStarted) {
              out.write(JsonLdDump.separator());
            }
            jsonStarted = true;
          }
          offsets[f.ordinal()] = out.count();
          lengths[f.ordinal()] = (long) b.length;
          out.write(b);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (m.blankNodes()) {
        withBlankNodes.add(m.graph());
        if (withBlankNodes.size() > 1) {
          throw new PfkgException(
              "blank nodes in several graphs ("
                  + withBlankNodes
                  + "): the pieced dumps would give them the same labels");
        }
      }
      index.put(
          m.graph(),
          new BuildRecord.Piece(
              m.content(), Arrays.asList(offsets), Arrays.asList(lengths), m.blankNodes()));
    }
  }

  /**
   * Which graph writes each shared subject in the union dumps, and what each graph's union piece
   * depends on beyond its own triples.
   */
  private static final class Homes {
    private final Map<Node, StoreScan.SharedSubject> shared;
    private final Map<String, String> content = new HashMap<>();

    /** The shared subjects each graph describes, in no particular order. */
    private final Map<String, List<Node>> sharedIn = new HashMap<>();

    Homes(List<String> graphs, Map<Node, StoreScan.SharedSubject> shared) {
      this.shared = shared;
      shared.forEach(
          (s, info) ->
              info.graphs()
                  .forEach(g -> sharedIn.computeIfAbsent(g, k -> new ArrayList<>()).add(s)));
      for (String g : graphs) {
        MessageDigest digest = Hashing.sha256();
        sharedIn.getOrDefault(g, List.of()).stream()
            .map(s -> shared.get(s))
            .map(
                info -> {
                  String s = info.triples().get(0).getSubject().toString();
                  String home = info.graphs().get(0);
                  return home.equals(g) ? s + " home " + hash(info.triples()) : s + " in " + home;
                })
            .sorted()
            .forEach(line -> Hashing.update(digest, line));
        content.put(g, HexFormat.of().formatHex(digest.digest()));
      }
    }

    String content(String graph) {
      return content.get(graph);
    }

    /**
     * The graph's union triples: its own, less the shared subjects homed elsewhere, plus theirs.
     */
    List<Triple> union(String graph, List<Triple> own) {
      List<Node> sharedHere = sharedIn.getOrDefault(graph, List.of());
      if (sharedHere.isEmpty()) {
        return own;
      }
      Set<Node> elsewhere = new HashSet<>();
      Graph union = GraphFactory.createGraphMem();
      for (Node s : sharedHere) {
        StoreScan.SharedSubject info = shared.get(s);
        if (info.graphs().get(0).equals(graph)) {
          info.triples().forEach(union::add);
        } else {
          elsewhere.add(s);
        }
      }
      own.stream().filter(t -> !elsewhere.contains(t.getSubject())).forEach(union::add);
      return CanonicalOrder.triples(union);
    }
  }

  /** One graph's pieces, copied from the previous release's dumps. */
  private static byte[][] copy(List<FileChannel> sources, BuildRecord.Piece piece) {
    byte[][] out = new byte[FORMATS][];
    for (int f = 0; f < FORMATS; f++) {
      ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(piece.lengths().get(f)));
      long at = piece.offsets().get(f);
      try {
        while (buf.hasRemaining()) {
          if (sources.get(f).read(buf, at + buf.position()) < 0) {
            throw new PfkgException("the previous release's dump ends before its recorded piece");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out[f] = buf.array();
    }
    return out;
  }

  /** The pieces of a run of graphs, made from the store. */
  private static List<Made> make(
      DatasetGraph store, List<String> run, Homes homes, Headers headers, JsonLdDump jsonld) {
    List<List<Triple>> all = new ArrayList<>();
    List<List<Triple>> unions = new ArrayList<>();
    Txn.executeRead(
        store,
        () -> {
          for (String graph : run) {
            Graph content = GraphFactory.createGraphMem();
            store.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(content::add);
            List<Triple> own = CanonicalOrder.triples(content);
            all.add(own);
            unions.add(homes.union(graph, own));
          }
        });
    List<byte[]> jsonldPieces = jsonld.pieces(unions);
    List<Made> made = new ArrayList<>(run.size());
    for (int i = 0; i < run.size(); i++) {
      Node g = NodeFactory.createURI(run.get(i));
      List<Triple> own = all.get(i);
      List<Triple> union = unions.get(i);
      byte[][] out = new byte[FORMATS][];
      out[DumpFormat.TRIG.ordinal()] =
          headers.strip(
              headers.trig(),
              blocks(
                  RDFFormat.TRIG_BLOCKS, headers, w -> own.forEach(t -> w.quad(new Quad(g, t)))));
      out[DumpFormat.TURTLE.ordinal()] =
          union.isEmpty()
              ? new byte[0]
              : headers.strip(
                  headers.turtle(),
                  blocks(RDFFormat.TURTLE_BLOCKS, headers, w -> union.forEach(w::triple)));
      out[DumpFormat.NTRIPLES_GZ.ordinal()] = union.isEmpty() ? new byte[0] : ntGz(union);
      out[DumpFormat.JSONLD.ordinal()] = jsonldPieces.get(i);
      boolean blank =
          own.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank())
              || union.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
      made.add(new Made(run.get(i), homes.content(run.get(i)), out, blank));
    }
    return made;
  }

  private static byte[] blocks(RDFFormat format, Headers headers, Consumer<StreamRDF> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamRDF w = StreamRDFWriter.getWriterStream(bytes, format);
    w.start();
    headers.prefixes().getNsPrefixMap().forEach(w::prefix);
    body.accept(w);
    w.finish();
    return bytes.toByteArray();
  }

  private static byte[] ntGz(List<Triple> triples) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
      StreamRDF w = StreamRDFWriter.getWriterStream(gz, RDFFormat.NTRIPLES);
      w.start();
      triples.forEach(w::triple);
      w.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The hash of a set of triples, whatever their order. */
  public static String hash(java.util.Collection<Triple> triples) {
    MessageDigest digest = Hashing.sha256();
    new LinkedHashSet<>(triples)
        .stream().map(Triple::toString).sorted().forEach(s -> Hashing.update(digest, s));
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The prefix declarations the Turtle and TriG files start with; each piece is what the same
   * writer writes after them.
   */
  private record Headers(PrefixMapping prefixes, byte[] turtle, byte[] trig) {
    Headers(PrefixMapping prefixes) {
      this(
          prefixes,
          header(RDFFormat.TURTLE_BLOCKS, prefixes),
          header(RDFFormat.TRIG_BLOCKS, prefixes));
    }

    private static byte[] header(RDFFormat format, PrefixMapping prefixes) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StreamRDF w = StreamRDFWriter.getWriterStream(bytes, format);
      w.start();
      prefixes.getNsPrefixMap().forEach(w::prefix);
      w.finish();
      return bytes.toByteArray();
    }

    byte[] strip(byte[] header, byte[] written) {
      if (written.length < header.length
          || !Arrays.equals(written, 0, header.length, header, 0, header.length)) {
        throw new IllegalStateException("the RDF writer did not start a piece with the prefixes");
      }
      return Arrays.copyOfRange(written, header.length, written.length);
    }
  }

  /**
   * Counts what it writes and keeps its CRC-32C (cheap enough to check a whole dump) and its
   * SHA-256 (the published checksum).
   */
  private static final class CountingOutput extends FilterOutputStream {
    private final CRC32C crc = new CRC32C();
    private final MessageDigest sha256 = Hashing.sha256();
    private long count;

    CountingOutput(OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      crc.update(b, off, len);
      sha256.update(b, off, len);
      count += len;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      crc.update(b);
      sha256.update((byte) b);
      count++;
    }

    long count() {
      return count;
    }

    String crc() {
      return Long.toHexString(crc.getValue());
    }

    /** The SHA-256 of everything written; call once, after the last write. */
    String sha256() {
      return HexFormat.of().formatHex(sha256.digest());
    }
  }

  private static void close(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the RDF dumps of {@code dumps} have the CRC-32C its build record gives: the pieces a
   * rebuild copies come from them. (A CRC, not the published SHA-256: it finds a damaged or edited
   * file as surely, at a fraction of the time.)
   */
  public static boolean checkOut(Path dumps, BuildRecord record) {
    try {
      if (record.dumpChecks().isEmpty()
          || !record.dumpChecks().keySet().equals(Set.copyOf(record.dumps().values()))) {
        return false;
      }
      for (Map.Entry<String, String> e : record.dumpChecks().entrySet()) {
        if (!crc32c(dumps.resolve(e.getKey())).equals(e.getValue())) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The CRC-32C of a file, in hex. */
  public static String crc32c(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
      while (in.read(buf) > 0) {
        buf.flip();
        crc.update(buf);
        buf.clear();
      }
    }
    return Long.toHexString(crc.getValue());
  }
}
