package org.w3id.pfkg.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.publish.Hashing;

/**
 * The build's cache under {@code OUT/cache/}: each document's mapped graph (with what the build
 * needs to know of it without extracting it again) under a key that hashes everything the graph
 * depends on ({@link #key}), and a mark for each set of documents whose case graph passed SHACL. An
 * entry is a pure function of its key, so it is written as soon as it is made, whether or not the
 * build publishes; an entry that cannot be read back whole (truncated, altered: its SHA-256 does
 * not match) counts as absent and the document is extracted again. After a build is published,
 * {@link #removeUnused} deletes what that build did not use, so that the cache holds the entries of
 * the live release's documents and no more.
 */
final class DocumentCache {
  static final String FOLDER = "cache";
  private static final byte[] MAGIC = "pfkg-cache-2\n".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One document as the build uses it: its mapped graph in two parts, its descriptions of shared
   * entities (which every build reads, for the entities graph) and the rest (its case part, which a
   * build from the live release reads only when the case changed), decoded when first asked for.
   *
   * @param caseId the case its facts belong to
   * @param synthetic whether it is marked {@code Synthetic: yes}
   * @param entityKeys the gazetteer keys of the entities it names and of the places they lie in
   * @param triples the size of its graph
   * @param entities its triples that describe shared entities
   * @param rest its other triples
   */
  record Entry(
      String caseId,
      boolean synthetic,
      List<String> entityKeys,
      int triples,
      Graph entities,
      Supplier<Graph> rest) {
    /** An entry of one graph, not split (its entity part empty). */
    Entry(String caseId, boolean synthetic, List<String> entityKeys, Graph graph) {
      this(caseId, synthetic, entityKeys, graph.size(), GraphFactory.createGraphMem(), () -> graph);
    }

    /** An entry whose graph is split by {@code describesEntity}. */
    static Entry split(
        String caseId,
        boolean synthetic,
        List<String> entityKeys,
        Graph graph,
        Predicate<Triple> describesEntity) {
      Graph entities = GraphFactory.createGraphMem();
      Graph rest = GraphFactory.createGraphMem();
      graph.find().forEachRemaining(t -> (describesEntity.test(t) ? entities : rest).add(t));
      return new Entry(caseId, synthetic, entityKeys, graph.size(), entities, () -> rest);
    }

    /** The whole graph, made afresh. */
    Graph graph() {
      Graph all = GraphFactory.createGraphMem();
      rest.get().find().forEachRemaining(all::add);
      entities.find().forEachRemaining(all::add);
      return all;
    }
  }

  /** The header of an entry file, as JSON. */
  private record Header(
      String caseId, boolean synthetic, List<String> entityKeys, int triples, int entityBytes) {}

  private final Path documents;
  private final Path cases;
  private final String fingerprint;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicInteger unreadable = new AtomicInteger();

  /**
   * @param outDir the build's output folder; the cache lives in its {@code cache/} folder
   * @param fingerprint the hash of the code, rules and options ({@link BuildFingerprint})
   */
  DocumentCache(Path outDir, String fingerprint) {
    Path root = outDir.resolve(FOLDER);
    this.documents = root.resolve("documents");
    this.cases = root.resolve("cases");
    this.fingerprint = fingerprint;
    try {
      Files.createDirectories(documents);
      Files.createDirectories(cases);
    } catch (IOException e) {
      throw new PfkgException(
          "cannot create the build cache in " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * The key of one document: the build's fingerprint, the file's path in the corpus, its bytes and
   * the bytes of its case's curation file (none is a value too).
   */
  String key(String path, byte[] text, Optional<byte[]> curation) {
    MessageDigest digest = Hashing.sha256();
    Hashing.update(digest, fingerprint);
    Hashing.update(digest, path);
    Hashing.update(digest, Integer.toString(text.length));
    digest.update(text);
    if (curation.isPresent()) {
      Hashing.update(digest, "curation/" + curation.get().length);
      digest.update(curation.get());
    } else {
      Hashing.update(digest, "no curation");
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The build's fingerprint, part of every key. */
  String fingerprint() {
    return fingerprint;
  }

  /** The key of a set of documents of one case, by their keys in path order. */
  static String caseKey(List<String> documentKeys) {
    MessageDigest digest = Hashing.sha256();
    documentKeys.forEach(k -> Hashing.update(digest, k));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The entry stored under {@code key}, if there is one that reads back whole. */
  Optional<Entry> get(String key) {
    used.add(key);
    Path file = documents.resolve(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(decode(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      // Corrupt or from another format: extract the document again (and overwrite the entry).
      unreadable.incrementAndGet();
      return Optional.empty();
    }
  }

  /** Stores an entry, atomically: a reader sees the whole entry or none. */
  void put(String key, Entry entry) {
    used.add(key);
    writeAtomically(documents.resolve(key), encode(entry));
  }

  /** Whether the case made of these documents passed SHACL in an earlier build. */
  boolean validated(String caseKey) {
    used.add(caseKey);
    return Files.isRegularFile(cases.resolve(caseKey));
  }

  /** Marks the case made of these documents as having passed SHACL. */
  void markValidated(String caseKey) {
    used.add(caseKey);
    writeAtomically(cases.resolve(caseKey), new byte[0]);
  }

  /** How many entries were found but could not be read back (and so were ignored). */
  int unreadable() {
    return unreadable.get();
  }

  /** Deletes every entry and mark this build did not look up or write, and any leftover. */
  void removeUnused() {
    for (Path folder : List.of(documents, cases)) {
      try (Stream<Path> list = Files.list(folder)) {
        for (Path p : list.toList()) {
          if (!used.contains(p.getFileName().toString())) {
            Files.deleteIfExists(p);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void writeAtomically(Path file, byte[] bytes) {
    Path tmp =
        file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new PfkgException(
          "cannot write the build cache entry " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Magic, SHA-256 of the payload, payload (header length, JSON header, the entity part and the
   * rest as RDF Thrift graphs; the header gives the entity part's length).
   */
  static byte[] encode(Entry entry) {
    try {
      ByteArrayOutputStream entities = new ByteArrayOutputStream();
      RDFDataMgr.write(entities, entry.entities(), RDFFormat.RDF_THRIFT);
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(payload);
      byte[] header =
          JSON.writeValueAsBytes(
              new Header(
                  entry.caseId(),
                  entry.synthetic(),
                  entry.entityKeys(),
                  entry.triples(),
                  entities.size()));
      data.writeInt(header.length);
      data.write(header);
      data.flush();
      entities.writeTo(payload);
      RDFDataMgr.write(payload, entry.rest().get(), RDFFormat.RDF_THRIFT);
      byte[] body = payload.toByteArray();
      ByteArrayOutputStream all = new ByteArrayOutputStream(body.length + 64);
      all.write(MAGIC);
      all.write(Hashing.sha256().digest(body));
      all.write(body);
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Entry decode(byte[] bytes) throws IOException {
    int bodyStart = MAGIC.length + 32;
    if (bytes.length < bodyStart
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IOException("not a cache entry");
    }
    byte[] sum = Hashing.sha256().digest(Arrays.copyOfRange(bytes, bodyStart, bytes.length));
    if (!Arrays.equals(sum, Arrays.copyOfRange(bytes, MAGIC.length, bodyStart))) {
      throw new IOException("checksum mismatch");
    }
    DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes, bodyStart, bytes.length - bodyStart));
    int headerLength = in.readInt();
    byte[] header = new byte[headerLength];
    in.readFully(header);
    Header h = JSON.readValue(header, Header.class);
    int entitiesStart = bodyStart + 4 + headerLength;
    int restStart = entitiesStart + h.entityBytes();
    Graph entities = thrift(bytes, entitiesStart, h.entityBytes());
    // The checksum held: the rest reads back whenever it is asked for.
    Supplier<Graph> rest = () -> thrift(bytes, restStart, bytes.length - restStart);
    return new Entry(
        h.caseId(), h.synthetic(), List.copyOf(h.entityKeys()), h.triples(), entities, rest);
  }

  private static Graph thrift(byte[] bytes, int from, int length) {
    Graph graph = GraphFactory.createGraphMem();
    RDFParser.source(new ByteArrayInputStream(bytes, from, length))
        .lang(Lang.RDFTHRIFT)
        .parse(graph);
    return graph;
  }
}
