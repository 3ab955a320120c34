package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.vocab.Iris;

/** What a cache key covers, and entries that do not read back whole. */
class DocumentCacheTest {
  private static BuildConfig config(Path data, Path out) {
    return new BuildConfig(data, Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false);
  }

  @Test
  void theFingerprintFollowsRulesAndOptionsButNotCasesOrCuration(
      @TempDir Path in, @TempDir Path out) throws IOException {
    Path data = SeedData.copyTo(in);
    String before = BuildFingerprint.of(config(data, out));
    Files.writeString(
        data.resolve("cases/" + SeedData.SEED),
        "\nchanged\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.createDirectories(data.resolve("curation"));
    Files.writeString(data.resolve("curation/gulmire-imin.json"), "{}");
    assertEquals(
        before, BuildFingerprint.of(config(data, out)), "cases and curation are per-document");
    try (var rules = Files.list(data.resolve("rules"))) {
      Path rule = rules.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
      Files.writeString(rule, "\n", java.nio.file.StandardOpenOption.APPEND);
    }
    String afterRule = BuildFingerprint.of(config(data, out));
    assertNotEquals(before, afterRule, "a rule file");
    assertNotEquals(
        afterRule,
        BuildFingerprint.of(
            new BuildConfig(
                data, Path.of("ontology"), out, false, "https://example.org/kg/", false)),
        "the base IRI");
  }

  @Test
  void aRuleFileCountsWhenTheDataFolderLiesInsideTheOutputFolder(@TempDir Path out)
      throws IOException {
    Path data = SeedData.copyTo(out.resolve("input"));
    String before = BuildFingerprint.of(config(data, out));
    try (var rules = Files.list(data.resolve("rules"))) {
      Path rule = rules.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
      Files.writeString(rule, "\n", java.nio.file.StandardOpenOption.APPEND);
    }
    assertNotEquals(before, BuildFingerprint.of(config(data, out)));
  }

  @Test
  void aKeyFollowsTheTextThePathAndTheCurationFile(@TempDir Path out) {
    DocumentCache cache = new DocumentCache(out, "f");
    byte[] text = "text".getBytes(StandardCharsets.UTF_8);
    String key = cache.key("a.txt", text, Optional.empty());
    assertEquals(key, cache.key("a.txt", text.clone(), Optional.empty()));
    assertNotEquals(key, cache.key("b.txt", text, Optional.empty()));
    assertNotEquals(
        key, cache.key("a.txt", "text!".getBytes(StandardCharsets.UTF_8), Optional.empty()));
    assertNotEquals(key, cache.key("a.txt", text, Optional.of(new byte[0])));
    assertNotEquals(key, new DocumentCache(out, "g").key("a.txt", text, Optional.empty()));
  }

  @Test
  void anEntryReadsBackAndADamagedOneCountsAsAbsent(@TempDir Path out) throws IOException {
    DocumentCache cache = new DocumentCache(out, "f");
    Graph g = GraphFactory.createGraphMem();
    g.add(
        Triple.create(
            NodeFactory.createURI("https://example.org/s"),
            NodeFactory.createURI("https://example.org/p"),
            NodeFactory.createLiteralString("o")));
    cache.put("k1", new DocumentCache.Entry("case-a", true, List.of("place-x"), g));
    DocumentCache.Entry back = cache.get("k1").orElseThrow();
    assertEquals("case-a", back.caseId());
    assertTrue(back.synthetic());
    assertEquals(List.of("place-x"), back.entityKeys());
    assertTrue(back.graph().isIsomorphicWith(g));

    Path file = out.resolve("cache/documents/k1");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertTrue(cache.get("k1").isEmpty(), "truncated");
    assertEquals(1, cache.unreadable());
  }

  @Test
  void removeUnusedKeepsOnlyWhatThisBuildUsed(@TempDir Path out) {
    Graph g = GraphFactory.createGraphMem();
    DocumentCache old = new DocumentCache(out, "f");
    old.put("stale", new DocumentCache.Entry("c", false, List.of(), g));
    old.put("kept", new DocumentCache.Entry("c", false, List.of(), g));
    old.markValidated("stale-case");
    DocumentCache next = new DocumentCache(out, "f");
    assertTrue(next.get("kept").isPresent());
    next.removeUnused();
    assertTrue(Files.exists(out.resolve("cache/documents/kept")));
    assertTrue(Files.notExists(out.resolve("cache/documents/stale")));
    assertTrue(Files.notExists(out.resolve("cache/cases/stale-case")));
  }
}
