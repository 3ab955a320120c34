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

  private static final Clock FIRST =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final Clock SECOND =
      Clock.fixed(Instant.parse("2026-01-03T03:04:05Z"), ZoneOffset.UTC);

  @TempDir static Path in;
  @TempDir static Path cached;
  @TempDir static Path clean;
  static BuildReport firstCached;
  static BuildReport firstClean;
  static BuildReport secondCached;
  static BuildReport secondClean;

  @BeforeAll
  static void buildTwiceBothWays() throws IOException {
    Path data = corpus(in);
    firstCached = new BuildPipeline(config(data, cached)).withClock(FIRST).run(p -> {});
    firstClean =
        new BuildPipeline(config(data, clean)).withoutCache().withClock(FIRST).run(p -> {});

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

    secondCached = new BuildPipeline(config(data, cached)).withClock(SECOND).run(p -> {});
    secondClean =
        new BuildPipeline(config(data, clean)).withoutCache().withClock(SECOND).run(p -> {});
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
    assertSameDumps(firstClean, firstCached);
    assertSameDumps(secondClean, secondCached);
    // And the edits did change the release.
    assertNotEquals(
        Files.readString(firstClean.release().resolve("dumps/SHA256SUMS")).replace("20260102", ""),
        Files.readString(secondClean.release().resolve("dumps/SHA256SUMS"))
            .replace("20260103", ""));
  }

  @Test
  void theCacheKeepsOnlyTheEntriesOfTheLiveRelease() throws IOException {
    assertEquals(5, files(cached.resolve("cache/documents")).size());
    try (Stream<Path> all = Files.walk(cached.resolve("cache"))) {
      assertTrue(all.noneMatch(p -> p.toString().endsWith(".tmp")));
    }
    assertFalse(Files.exists(clean.resolve("cache/documents")), "a clean build writes no cache");
  }

  private static void assertSameDumps(BuildReport expected, BuildReport actual) throws IOException {
    Path a = expected.release().resolve("dumps");
    Path b = actual.release().resolve("dumps");
    List<String> names = files(a).stream().map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(names, files(b).stream().map(p -> p.getFileName().toString()).sorted().toList());
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
    assertEquals(List.of(), differing);
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

  private static BuildConfig config(Path data, Path out) {
    return new BuildConfig(data, Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false);
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
