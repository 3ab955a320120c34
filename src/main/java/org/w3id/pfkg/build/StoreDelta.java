package org.w3id.pfkg.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.publish.BuildRecord;
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.publish.DumpPieces;
import org.w3id.pfkg.publish.PreviousRelease;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.publish.StoreChanges;
import org.w3id.pfkg.vocab.Iris;

/**
 * A build that starts from the live release rather than from nothing: its store's files are copied
 * into the new release (a file copy, not hard links: TDB2 appends to its files in place), checked
 * against the live release's manifest, and only the case graphs that changed are replaced, with the
 * shared and description graphs, which the build makes afresh anyway. The dumps then copy the
 * unchanged graphs' pieces ({@link DumpPieces}). The entities graph is made afresh as in a clean
 * build; the VoID counts, coverage and optimizer statistics are the live release's updated by what
 * changed ({@link StoreChanges}), or counted over the whole store when they cannot be.
 *
 * <p>A build starts from the live release only when that release was built by the same code, rules
 * and options ({@link BuildRecord#fingerprint}); otherwise, or when its store or dumps do not check
 * out, the build is a full one: the result is the same either way, only slower.
 */
final class StoreDelta {
  /** More changed cases than this share of the corpus: a full load is as quick. */
  private static final double MAX_CHANGED_SHARE = 0.25;

  /** ... but never fewer than this many: a small corpus is quick either way. */
  private static final int MIN_CHANGED = 64;

  private static final String LOCK = "tdb.lock";

  /**
   * The live release a build starts from.
   *
   * @param release its folder
   * @param id its id
   * @param record its build record
   */
  record Base(Path release, String id, BuildRecord record) {}

  /**
   * How a build starts.
   *
   * @param base the release it starts from, or null for none
   * @param fullBecause why it starts from nothing although a release is live, or null
   */
  record Start(Base base, String fullBecause) {
    static Start full(String why) {
      return new Start(null, why);
    }
  }

  /**
   * What changed since the base.
   *
   * @param changed cases whose documents changed, or that are new
   * @param removed cases the base had and this build has not
   * @param unchanged the graphs of the other cases, kept as the base stored them
   */
  record Plan(SortedSet<String> changed, SortedSet<String> removed, Set<String> unchanged) {}

  private StoreDelta() {}

  /**
   * Whether the build may start from the live release: its build record names this build's
   * fingerprint and its dumps match their checksums. Its store is then copied by {@link
   * #copyStore}.
   */
  static Start startFrom(Optional<Path> live, String fingerprint) {
    if (live.isEmpty()) {
      return Start.full(null);
    }
    Optional<BuildRecord> record = BuildRecord.read(live.get());
    Optional<PreviousRelease> manifest = PreviousRelease.read(live.get());
    if (record.isEmpty() || manifest.isEmpty()) {
      return Start.full("the live release has no build record");
    }
    if (!record.get().fingerprint().equals(fingerprint)) {
      return Start.full("code, rules or options changed since the live release");
    }
    if (!DumpPieces.checkOut(live.get().resolve("dumps"), record.get())) {
      return Start.full("the live release's dumps do not match their checksums");
    }
    return new Start(new Base(live.get(), manifest.get().release(), record.get()), null);
  }

  /**
   * Copies the store of {@code base} into {@code store}, each file checked against the base's
   * record; returns why the copy cannot serve (and leaves {@code store} absent), or null.
   */
  static String copyStore(Base base, Path store) {
    Path from = base.release().resolve("store");
    SortedMap<String, String> copied = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        String name = from.relativize(p).toString().replace('\\', '/');
        Path to = store.resolve(name);
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals(LOCK)) {
          copied.put(name, copyChecked(p, to));
        }
      }
    } catch (IOException | RuntimeException e) {
      ReleaseLayout.deleteTree(store);
      return "cannot copy the live release's store: " + e.getMessage();
    }
    if (!copied.equals(base.record().store())) {
      ReleaseLayout.deleteTree(store);
      return "the live release's store files differ from those it published";
    }
    return null;
  }

  /**
   * The CRC-32C of each file of a store folder that is not open, by its path in the folder (the
   * lock file left out: it names the process that has the store open, not its content).
   */
  static SortedMap<String, String> checksums(Path storeDir) {
    SortedMap<String, String> sums = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(storeDir)) {
      for (Path p : walk.toList()) {
        if (Files.isRegularFile(p) && !p.getFileName().toString().equals(LOCK)) {
          sums.put(storeDir.relativize(p).toString().replace('\\', '/'), DumpPieces.crc32c(p));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sums;
  }

  /**
   * Copies a file and returns the CRC-32C of what it copied (a CRC rather than a SHA-256: it finds
   * a damaged file as surely, and the store is a gigabyte at 10 000 cases).
   */
  private static String copyChecked(Path from, Path to) throws IOException {
    CRC32C crc = new CRC32C();
    try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
        FileChannel out =
            FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
      while (in.read(buf) > 0) {
        buf.flip();
        crc.update(buf.duplicate());
        while (buf.hasRemaining()) {
          out.write(buf);
        }
        buf.clear();
      }
    }
    return Long.toHexString(crc.getValue());
  }

  /**
   * What changed, or empty when too much changed to gain anything. A case changed when its
   * documents' keys did; and also when its graph names an entity whose merged description changed
   * (its summary reads the journalist's names and where places lie), or one that lies in such an
   * entity, however indirectly. Call before {@link #apply}: the copied store still holds the base's
   * graphs.
   */
  static Optional<Plan> plan(
      Base base,
      CaseLoader.Loaded loaded,
      SortedMap<String, String> entities,
      Graph entityGraph,
      DatasetGraph store,
      Iris iris) {
    Set<String> changedEntities = new java.util.HashSet<>();
    Set<String> subjects = new TreeSet<>(entities.keySet());
    subjects.addAll(base.record().entities().keySet());
    for (String s : subjects) {
      if (!java.util.Objects.equals(entities.get(s), base.record().entities().get(s))) {
        changedEntities.add(s);
      }
    }
    // What lies in a changed place changed for the summaries too.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (org.apache.jena.graph.Triple t : entityGraph.find().toList()) {
        if (t.getObject().isURI()
            && changedEntities.contains(t.getObject().getURI())
            && changedEntities.add(name(t.getSubject()))) {
          grew = true;
        }
      }
    }
    Map<String, String> caseOfGraph = new java.util.HashMap<>();
    loaded.documentKeys().keySet().forEach(c -> caseOfGraph.put(iris.caseGraph(c).getURI(), c));
    SortedSet<String> changed = new TreeSet<>();
    Txn.executeRead(
        store,
        () -> {
          for (String e : changedEntities) {
            Node n = NodeFactory.createURI(e);
            store
                .find(Node.ANY, n, Node.ANY, Node.ANY)
                .forEachRemaining(q -> addCase(changed, caseOfGraph, q.getGraph()));
            store
                .find(Node.ANY, Node.ANY, Node.ANY, n)
                .forEachRemaining(q -> addCase(changed, caseOfGraph, q.getGraph()));
          }
        });
    Set<String> unchanged = new java.util.HashSet<>();
    loaded
        .documentKeys()
        .forEach(
            (caseId, keys) -> {
              if (!changed.contains(caseId) && keys.equals(base.record().cases().get(caseId))) {
                unchanged.add(iris.caseGraph(caseId).getURI());
              } else {
                changed.add(caseId);
              }
            });
    SortedSet<String> removed = new TreeSet<>(base.record().cases().keySet());
    removed.removeAll(loaded.documentKeys().keySet());
    if (changed.size() + removed.size()
        > Math.max(MIN_CHANGED, MAX_CHANGED_SHARE * loaded.documentKeys().size())) {
      return Optional.empty();
    }
    return Optional.of(new Plan(changed, removed, unchanged));
  }

  private static void addCase(Set<String> changed, Map<String, String> caseOfGraph, Node graph) {
    String caseId = caseOfGraph.get(graph.getURI());
    if (caseId != null) {
      changed.add(caseId);
    }
  }

  /**
   * Removes from the copied store every graph but the unchanged cases' and those the build brings
   * up to date itself ({@code sharedNames}: the shared graphs and the description graph, each
   * changed by only the triples that differ, mostly none; deleting and storing them again was a
   * quarter of a rebuild, and the description holds three triples per case graph) and stores the
   * changed cases' graphs, from their documents' cache entries; false when an entry cannot be read
   * back (the build is then a full one). Every quad deleted and every graph stored again is told to
   * {@code changes}.
   */
  static boolean apply(
      DatasetGraph store,
      Plan plan,
      CaseLoader.Loaded loaded,
      DocumentCache cache,
      Iris iris,
      Set<String> sharedNames,
      StoreChanges changes) {
    List<Graph> graphs = new ArrayList<>();
    List<Node> names = new ArrayList<>();
    for (String caseId : plan.changed()) {
      Graph caseGraph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
      for (String key : loaded.documentKeys().get(caseId)) {
        Optional<DocumentCache.Entry> entry = cache.get(key);
        if (entry.isEmpty()) {
          return false;
        }
        entry.get().rest().get().find().forEachRemaining(caseGraph::add);
      }
      graphs.add(caseGraph);
      names.add(NodeFactory.createURI(iris.caseGraph(caseId).getURI()));
    }
    Txn.executeWrite(
        store,
        () -> {
          List<Node> old = new ArrayList<>();
          store.listGraphNodes().forEachRemaining(old::add);
          for (Node g : old) {
            if (!plan.unchanged().contains(g.getURI()) && !sharedNames.contains(g.getURI())) {
              store
                  .find(g, Node.ANY, Node.ANY, Node.ANY)
                  .forEachRemaining(q -> changes.removed(g, q.asTriple()));
              store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
          }
          for (int i = 0; i < graphs.size(); i++) {
            Node g = names.get(i);
            changes.rewritten(g);
            CanonicalOrder.triples(graphs.get(i))
                .forEach(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
          }
        });
    return true;
  }

  /** A subject's name in {@link BuildRecord#entities}: its IRI (or its label, for a blank node). */
  private static String name(Node n) {
    return n.isURI() ? n.getURI() : n.toString();
  }

  /** For each subject of the merged entity descriptions, the hash of its triples. */
  static SortedMap<String, String> entityHashes(Graph entities) {
    Map<String, Set<org.apache.jena.graph.Triple>> bySubject = new java.util.HashMap<>();
    entities
        .find()
        .forEachRemaining(
            t ->
                bySubject
                    .computeIfAbsent(name(t.getSubject()), k -> new java.util.HashSet<>())
                    .add(t));
    SortedMap<String, String> hashes = new java.util.TreeMap<>();
    bySubject.forEach((s, triples) -> hashes.put(s, DumpPieces.hash(triples)));
    return hashes;
  }
}
