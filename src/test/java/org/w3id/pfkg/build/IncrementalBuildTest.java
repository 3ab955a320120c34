package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.vocab.Iris;

/**
 * A rebuild with the build cache publishes the same release, byte for byte, as a clean build of the
 * same inputs, and re-extracts only the documents whose text or curation changed (or whose cache
 * entry is corrupt).
 */
@Tag("slow")
class IncrementalBuildTest {
  /** Five documents of four cases: one with a curation file, one with two documents. */
  private static final Set<String> CASES =
      Set.of(
          "gulmire-imin.txt",
          "chimengul-awut.txt",
          "atikem-rozi.txt",
          "atikem-rozi-uhrp.txt",
          "dawit-isaak.txt");

  /** The case the third build adds. */
  private static final String ADDED = "ahmed-mansoor.txt";

  private static final Clock FIRST =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final Clock SECOND =
      Clock.fixed(Instant.parse("2026-01-03T03:04:05Z"), ZoneOffset.UTC);
  private static final Clock THIRD =
      Clock.fixed(Instant.parse("2026-01-04T03:04:05Z"), ZoneOffset.UTC);
  private static final Clock FOURTH =
      Clock.fixed(Instant.parse("2026-01-05T03:04:05Z"), ZoneOffset.UTC);
  private static final Clock FIFTH =
      Clock.fixed(Instant.parse("2026-01-06T03:04:05Z"), ZoneOffset.UTC);

  @TempDir static Path in;
  @TempDir static Path cached;
  @TempDir static Path clean;
  static BuildReport firstCached;
  static BuildReport firstClean;
  static BuildReport secondCached;
  static BuildReport secondClean;
  static BuildReport thirdCached;
  static BuildReport thirdClean;
  static BuildReport fourthCached;
  static BuildReport fourthClean;
  static BuildReport fifthCached;
  static final List<String> DIFFERING = new java.util.ArrayList<>();
  static String firstSums;
  static String secondSums;

  @BeforeAll
  static void buildTwiceBothWays() throws IOException {
    Path data = corpus(in);
    firstCached = pipeline(data, cached).withClock(FIRST).run(p -> {});
    firstClean = pipeline(data, clean).withoutCache().withClock(FIRST).run(p -> {});

    // One curation edit, one case text edit, and one cache entry of an unchanged document damaged.
    Path curation = data.resolve("curation/chimengul-awut.json");
    Files.writeString(
        curation,
        Files.readString(curation)
            .replace("\"date\": \"2025-06-02\"", "\"date\": \"2025-06-03\"")
            .replaceFirst(
                "The detention in this sentence", "The detention named in this sentence"));
    Path text = data.resolve("cases/gulmire-imin.txt");
    Files.writeString(
        text,
        Files.readString(text).stripTrailing()
            + "\n\nShe kept a small garden behind the house, her neighbours said.\n");
    Path entry = entryOf(cached, "dawit-isaak");
    byte[] damaged = Files.readAllBytes(entry);
    damaged[damaged.length - 1] ^= 0x55;
    Files.write(entry, damaged);

    secondCached = pipeline(data, cached).withClock(SECOND).run(p -> {});
    secondClean = pipeline(data, clean).withoutCache().withClock(SECOND).run(p -> {});
    // Compared now: the oldest releases are pruned by later builds.
    DIFFERING.addAll(differingDumps(firstClean, firstCached));
    DIFFERING.addAll(differingDumps(secondClean, secondCached));
    firstSums = Files.readString(firstClean.release().resolve("dumps/SHA256SUMS"));
    secondSums = Files.readString(secondClean.release().resolve("dumps/SHA256SUMS"));

    // A case added and a case removed.
    Files.copy(Path.of("data/cases", ADDED), data.resolve("cases").resolve(ADDED));
    Files.delete(data.resolve("cases/dawit-isaak.txt"));
    thirdCached = pipeline(data, cached).withClock(THIRD).run(p -> {});
    thirdClean = pipeline(data, clean).withoutCache().withClock(THIRD).run(p -> {});
    DIFFERING.addAll(differingDumps(thirdClean, thirdCached));

    // The live release's store damaged (its node table cut short): no base, a full build.
    Path nodes;
    try (Stream<Path> walk = Files.walk(thirdCached.release().resolve("store"))) {
      nodes = walk.filter(p -> p.getFileName().toString().equals("nodes.dat")).findFirst().get();
    }
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(nodes, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() / 2);
    }
    fourthCached = pipeline(data, cached).withClock(FOURTH).run(p -> {});
    fourthClean = pipeline(data, clean).withoutCache().withClock(FOURTH).run(p -> {});
    DIFFERING.addAll(differingDumps(fourthClean, fourthCached));

    // The live release's Turtle dump altered: its pieces cannot be copied, a full build.
    Path ttl = fourthCached.release().resolve("dumps/pfkg.ttl");
    Files.writeString(ttl, Files.readString(ttl).replaceFirst("\\.\n", " .\n"));
    fifthCached = pipeline(data, cached).withClock(FIFTH).run(p -> {});
  }

  @Test
  void aRebuildStartsFromTheLiveReleaseAndKeepsTheUnchangedCases() {
    assertEquals(null, firstCached.reuse().base(), firstCached.cacheSummary());
    assertEquals(firstCached.releaseId(), secondCached.reuse().base(), secondCached.cacheSummary());
    // atikem-rozi and dawit-isaak (whose damaged entry was re-extracted to the same graph)
    assertEquals(2, secondCached.reuse().graphsKept(), secondCached.cacheSummary());
    // Their pieces and those of the three shared graphs (ontology, vocabularies, entities), which
    // the edits left as they were; the edited cases' and the description's are made again.
    assertEquals(5, secondCached.reuse().piecesCopied(), secondCached.cacheSummary());
    assertEquals(null, secondClean.reuse().base());
  }

  @Test
  void anAddedAndARemovedCaseAreTheOnlyCasesStoredAgain() {
    assertEquals(secondCached.releaseId(), thirdCached.reuse().base(), thirdCached.cacheSummary());
    assertEquals(1, thirdCached.reuse().extracted(), thirdCached.cacheSummary());
    assertEquals(3, thirdCached.reuse().graphsKept(), thirdCached.cacheSummary());
  }

  @Test
  void aDamagedLiveStoreOrDumpMakesAFullBuild() {
    assertEquals(null, fourthCached.reuse().base(), fourthCached.cacheSummary());
    assertTrue(fourthCached.reuse().fullBecause().contains("store"), fourthCached.cacheSummary());
    assertEquals(0, fourthCached.reuse().extracted(), fourthCached.cacheSummary());
    assertEquals(null, fifthCached.reuse().base(), fifthCached.cacheSummary());
    assertTrue(fifthCached.reuse().fullBecause().contains("checksums"), fifthCached.cacheSummary());
  }

  @Test
  void theFirstBuildExtractsEveryDocumentWithOrWithoutTheCache() {
    assertEquals(5, firstCached.reuse().extracted());
    assertEquals(0, firstCached.reuse().reused());
    assertEquals(5, firstClean.reuse().extracted());
    assertEquals(4, firstCached.reuse().casesValidated());
  }

  @Test
  void theRebuildReextractsOnlyTheEditedDocumentsAndTheOneWithADamagedEntry() {
    assertEquals(3, secondCached.reuse().extracted(), secondCached.cacheSummary());
    assertEquals(2, secondCached.reuse().reused(), secondCached.cacheSummary());
    assertEquals(1, secondCached.reuse().unreadable(), secondCached.cacheSummary());
    // atikem-rozi's two documents and dawit-isaak's passed SHACL together before.
    assertEquals(2, secondCached.reuse().casesKnownValid(), secondCached.cacheSummary());
    assertEquals(2, secondCached.reuse().casesValidated(), secondCached.cacheSummary());
    assertEquals(5, secondClean.reuse().extracted());
    assertEquals(0, secondClean.reuse().reused());
  }

  @Test
  void cachedAndCleanBuildsPublishTheSameDumpsAndChecksums() throws IOException {
    assertEquals(List.of(), DIFFERING);
    // And the edits did change the release.
    assertNotEquals(firstSums.replace("20260102", ""), secondSums.replace("20260103", ""));
  }

  @Test
  void theCacheKeepsOnlyTheEntriesOfTheLiveRelease() throws IOException {
    assertEquals(5, files(cached.resolve("cache/documents")).size());
    try (Stream<Path> all = Files.walk(cached.resolve("cache"))) {
      assertTrue(all.noneMatch(p -> p.toString().endsWith(".tmp")));
    }
    assertFalse(Files.exists(clean.resolve("cache/documents")), "a clean build writes no cache");
  }

  /** The dumps, named by release, in which a cached build differed from the clean one. */
  private static List<String> differingDumps(BuildReport expected, BuildReport actual)
      throws IOException {
    Path a = expected.release().resolve("dumps");
    Path b = actual.release().resolve("dumps");
    List<String> names = files(a).stream().map(p -> p.getFileName().toString()).sorted().toList();
    if (!names.equals(files(b).stream().map(p -> p.getFileName().toString()).sorted().toList())) {
      return List.of(actual.releaseId() + ": other files");
    }
    List<String> differing =
        names.stream()
            .filter(
                name -> {
                  try {
                    return !java.util.Arrays.equals(
                        Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    if (!differing.isEmpty() && System.getProperty("pfkg.keep") != null) {
      copyTree(a, Path.of(System.getProperty("pfkg.keep"), "expected"));
      copyTree(b, Path.of(System.getProperty("pfkg.keep"), "actual"));
    }
    return differing.stream().map(n -> actual.releaseId() + ": " + n).toList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (Path p : files(from)) {
      Files.copy(p, to.resolve(p.getFileName().toString()));
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cache entry whose header names the case (the only document of that case). */
  private static Path entryOf(Path out, String caseId) throws IOException {
    for (Path p : files(out.resolve("cache/documents"))) {
      if (DocumentCache.decode(Files.readAllBytes(p)).caseId().equals(caseId)) {
        return p;
      }
    }
    throw new AssertionError("no cache entry for " + caseId);
  }

  /**
   * A build over the project's knowledge, loaded once per test JVM: the corpus copies the rules and
   * gazetteer as they are, and the nine builds would load them seven times (each clean build, and
   * each cached one that extracts). Whether a build extracts is the cache's decision all the same.
   */
  private static BuildPipeline pipeline(Path data, Path out) {
    return new BuildPipeline(
            new BuildConfig(data, Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false))
        .withExtractor(ProjectKnowledge.extractor());
  }

  /** {@code data/} with five documents of its cases, and the curation file of one of them. */
  private static Path corpus(Path dir) throws IOException {
    Path source = Path.of("data");
    Path target = dir.resolve("data");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path rel = source.relativize(p);
        boolean keep =
            !rel.startsWith("gold")
                && !(rel.startsWith("cases")
                    && rel.getNameCount() > 1
                    && !CASES.contains(rel.getFileName().toString()))
                && !(rel.startsWith("curation")
                    && rel.getNameCount() > 1
                    && !rel.endsWith("chimengul-awut.json"));
        if (!keep) {
          continue;
        }
        Path to = target.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }
}
