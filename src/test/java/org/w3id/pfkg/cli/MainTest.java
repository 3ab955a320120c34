package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: the exact output folder of a build, and exit codes for bad input. */
@Tag("slow")
class MainTest {
  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .map(
              p ->
                  root.relativize(p)
                      .toString()
                      .replaceAll("releases/[^/]+", "releases/ID")
                      .replaceAll("pfkg-\\d{8}T\\d{6}\\.\\d{3}Z\\.", "pfkg-ID.")
                      .replaceAll("/[0-9a-f]{64}$", "/KEY"))
          .filter(p -> !p.startsWith("releases/ID/store/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void buildWritesExactlyTheReleaseLayout(@TempDir Path out, @TempDir Path in) throws IOException {
    CliRun run = CliRun.of("build", "--data", copyData(in).toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .matches(
                "(?s)built release \\S+: 1 cases \\(1 documents\\), \\d+ triples in [\\d.]+ s\\s*"),
        run.out());
    assertEquals(
        List.of(
            // The build cache: the document's mapped graph, and its case's SHACL pass.
            "cache",
            "cache/cases",
            "cache/cases/KEY",
            "cache/documents",
            "cache/documents/KEY",
            "current",
            "dumps",
            "releases",
            "releases/ID",
            "releases/ID/build.json",
            "releases/ID/dumps",
            "releases/ID/dumps/SHA256SUMS",
            "releases/ID/dumps/context.jsonld",
            "releases/ID/dumps/manifest.json",
            "releases/ID/dumps/pfkg-ID.jsonld",
            "releases/ID/dumps/pfkg-ID.nt.gz",
            "releases/ID/dumps/pfkg-ID.trig",
            "releases/ID/dumps/pfkg-ID.ttl",
            "releases/ID/dumps/pfkg.jsonld",
            "releases/ID/dumps/pfkg.nt.gz",
            "releases/ID/dumps/pfkg.trig",
            "releases/ID/dumps/pfkg.ttl",
            "releases/ID/dumps/void.ttl",
            "releases/ID/store",
            "store"),
        listing(out));
    assertTrue(Files.isSymbolicLink(out.resolve("current")));
  }

  @Test
  void badCaseFileRefusesThePublishNamingFileAndLine(@TempDir Path tmp) throws IOException {
    Path data = copyData(tmp);
    Files.writeString(
        data.resolve("cases/broken.txt"),
        "Some Name\nBeats Covered:\nno colon on this line\n\nText.\n");
    Path out = tmp.resolve("out");
    CliRun refused = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code());
    assertTrue(refused.err().contains("broken.txt:3:1:"), refused.err());
    assertTrue(Files.notExists(out.resolve("current")), "nothing may be published");

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.PARTIAL, kept.code(), kept.err());
    assertTrue(kept.out().contains("1 cases"), kept.out());
    assertTrue(kept.out().contains("problem(s) in rejected documents"), kept.out());
  }

  @Test
  void endpointBaseGoesIntoTheDatasetDescription(@TempDir Path out, @TempDir Path in)
      throws IOException {
    // The seed alone: the description is the same whatever the cases (a build of all of data/
    // took tens of seconds).
    CliRun run =
        CliRun.of(
            "build",
            "--data",
            copyData(in).toString(),
            "--out",
            out.toString(),
            "--endpoint-base",
            "https://pfkg.example.org/");
    assertEquals(0, run.code(), run.err());
    String description = Files.readString(out.resolve("dumps/void.ttl"));
    assertTrue(description.contains("<https://pfkg.example.org/sparql>"), description);
    assertTrue(description.contains("<https://pfkg.example.org/dumps/pfkg-"), description);
  }

  @Test
  void badEndpointBaseIsAConfigError(@TempDir Path out) {
    CliRun run = CliRun.of("build", "--out", out.toString(), "--endpoint-base", "no-url");
    assertEquals(ExitCodes.CONFIG, run.code());
    assertTrue(run.err().contains("no-url"), run.err());
  }

  @Test
  void extractJsonPrintsTheGoldShape() {
    CliRun run = CliRun.of("extract", "--json", "data/cases/gulmire-imin.txt");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"latest_known\" : \"P19Y8M\""), run.out());
  }

  @Test
  void missingDataFolderIsAConfigError(@TempDir Path tmp) {
    CliRun run =
        CliRun.of("build", "--data", tmp.resolve("nowhere").toString(), "--out", tmp.toString());
    assertEquals(ExitCodes.CONFIG, run.code());
    assertTrue(run.err().contains("nowhere"), run.err());
  }

  @Test
  void queryOnAStoreThatWasNeverBuiltSaysSo(@TempDir Path tmp) {
    CliRun run =
        CliRun.of("query", "--out", tmp.toString(), "--query", "SELECT * { ?s ?p ?o } LIMIT 1");
    assertEquals(ExitCodes.CONFIG, run.code());
    assertTrue(run.err().contains("pfkg build"), run.err());
  }

  static Path copyData(Path tmp) {
    return org.w3id.pfkg.SeedData.copyTo(tmp);
  }

  @Test
  void verboseGivesAStackTraceOnANestedSubcommandToo(@TempDir Path empty) {
    String missing = empty.resolve("no-such-kg").toString();
    CliRun quiet = CliRun.of("export", "quickstatements", "--kg", missing);
    CliRun verbose = CliRun.of("export", "quickstatements", "--kg", missing, "-v");
    CliRun verboseFirst = CliRun.of("-v", "export", "quickstatements", "--kg", missing);
    assertTrue(quiet.code() != 0 && quiet.err().startsWith("pfkg: "), quiet.err());
    assertTrue(!quiet.err().contains("\tat "), quiet.err());
    assertTrue(verbose.err().contains("\tat org.w3id.pfkg."), verbose.err());
    assertTrue(verboseFirst.err().contains("\tat org.w3id.pfkg."), verboseFirst.err());
  }
}
