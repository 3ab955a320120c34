package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.w3id.pfkg.problem.PfkgException;

/**
 * What the next build needs to know of a release to start from it rather than from nothing ({@code
 * build.json} beside its store and dumps, not published): the inputs it was made from (the build's
 * fingerprint, each case's document keys in path order, a hash of each merged entity description
 * the case summaries read) and where each named graph's piece lies in each RDF dump.
 *
 * @param fingerprint the build's fingerprint (code, rules, vocabularies, gazetteer, options)
 * @param entities for each entity the cases describe, the hash of its merged description (what the
 *     case summaries read)
 * @param shared for each shared graph (ontology, vocabularies, entities), the hash of its triples:
 *     its dump pieces are copied when it is the same
 * @param dumps the versioned file name of each RDF dump, by dump format name
 * @param dumpChecks the CRC-32C of each RDF dump, by file name
 * @param cases each case's document keys, in path order
 * @param pieces each named graph's piece, by graph IRI
 * @param store the CRC-32C of each file of the store as published, by its path in the store
 * @param counts the store's counts (VoID, coverage, optimizer statistics) that the next build
 *     updates by what it changes, or null when the build kept none
 */
public record BuildRecord(
    String fingerprint,
    SortedMap<String, String> entities,
    SortedMap<String, String> shared,
    Map<String, String> dumps,
    SortedMap<String, String> dumpChecks,
    SortedMap<String, List<String>> cases,
    SortedMap<String, Piece> pieces,
    SortedMap<String, String> store,
    StoreCounts counts) {
  static final String FILE = "build.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public BuildRecord {
    entities = new TreeMap<>(entities);
    shared = new TreeMap<>(shared);
    dumps = Map.copyOf(dumps);
    dumpChecks = new TreeMap<>(dumpChecks);
    cases = new TreeMap<>(cases);
    pieces = new TreeMap<>(pieces);
    store = new TreeMap<>(store);
  }

  /** The record of release {@code releaseId}. */
  public static BuildRecord of(
      String fingerprint,
      SortedMap<String, String> entities,
      SortedMap<String, String> shared,
      String releaseId,
      Map<String, List<String>> cases,
      DumpPieces.Written written,
      SortedMap<String, String> store,
      StoreCounts counts) {
    Map<String, String> dumps = new TreeMap<>();
    for (DumpFormat f : DumpFormat.values()) {
      dumps.put(f.name(), f.versionedName(releaseId));
    }
    return new BuildRecord(
        fingerprint,
        entities,
        shared,
        dumps,
        written.crc(),
        new TreeMap<>(cases),
        written.pieces(),
        store,
        counts);
  }

  /**
   * One graph's piece of the RDF dumps.
   *
   * @param content the hash of what the piece was made from: the graph's triples and, for the union
   *     dumps, the triples other graphs hold of the subjects it writes, and which of its subjects
   *     another graph writes (see {@link DumpPieces})
   * @param offsets where the piece starts in each dump, in dump format order
   * @param lengths its length in bytes in each dump, in dump format order
   * @param blankNodes whether the piece has blank nodes (their labels are the writer's own)
   */
  public record Piece(String content, List<Long> offsets, List<Long> lengths, boolean blankNodes) {
    public Piece {
      offsets = List.copyOf(offsets);
      lengths = List.copyOf(lengths);
    }
  }

  /** The record of {@code release}, if it has one that reads back. */
  public static Optional<BuildRecord> read(Path release) {
    Path file = release.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), BuildRecord.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public void write(Path release) {
    try {
      JSON.writeValue(release.resolve(FILE).toFile(), this);
    } catch (IOException e) {
      throw new PfkgException("cannot write " + release.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }
}
