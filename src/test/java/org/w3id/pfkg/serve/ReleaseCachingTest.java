package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.vocab.Iris;

/**
 * A real server over a real build output folder: what the live release answers carries validators
 * naming the release, a repeated answer comes from memory, and a new release invalidates both.
 */
@Tag("slow")
class ReleaseCachingTest {
  private static final String CSV = "text/csv";
  private static final String JOURNALISTS =
      "SELECT (COUNT(DISTINCT ?j) AS ?n) { ?j a <https://w3id.org/pfkg/ontology#Journalist> }";

  /** The same query as {@link #JOURNALISTS}, written otherwise. */
  private static final String JOURNALISTS_RESPACED =
      "PREFIX pf: <https://w3id.org/pfkg/ontology#>\n# how many\nselect (count(distinct ?j) as ?n)"
          + "\nwhere {\n  ?j a pf:Journalist .\n}\n";

  @TempDir Path dir;

  @Test
  void answersCarryReleaseValidatorsAndARepeatedQueryIsServedFromMemory() throws Exception {
    // The seed's release (built once per JVM), copied: this test publishes more on top of it.
    Path out = SeedBuild.copyTo(dir.resolve("kg"));
    Path data = out.resolve("data");
    String release = release(out);
    try (PfkgServer server = PfkgServer.serve(ServeConfig.defaults().withPort(0), out)) {
      HttpResponse<String> first = query(server, JOURNALISTS, Optional.empty());
      assertEquals(200, first.statusCode(), first.body());
      String tag = first.headers().firstValue("ETag").orElseThrow();
      assertTrue(tag.startsWith("\"" + release + "."), tag);
      assertEquals(
          ReleaseValidators.REVALIDATE, first.headers().firstValue("Cache-Control").orElseThrow());
      assertFalse(first.headers().firstValue("Pragma").isPresent(), "Fuseki's no-cache is gone");

      HttpResponse<String> again = query(server, JOURNALISTS, Optional.of(tag));
      assertEquals(304, again.statusCode());
      assertEquals("", again.body());
      assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());

      // Another format is another representation.
      HttpResponse<String> json =
          Http.send(
              HttpRequest.newBuilder(queryUri(server, JOURNALISTS))
                  .header("Accept", "application/sparql-results+json")
                  .header("If-None-Match", tag)
                  .build());
      assertEquals(200, json.statusCode());
      assertNotEquals(tag, json.headers().firstValue("ETag").orElseThrow());

      // One answer in memory per (query, format): the same query written otherwise is a hit.
      assertEquals(2, server.answers().size());
      HttpResponse<String> respaced = query(server, JOURNALISTS_RESPACED, Optional.empty());
      assertEquals(first.body(), respaced.body());
      assertEquals(2, server.answers().size());
      Http.post(server.sparqlEndpoint(), "application/sparql-query", JOURNALISTS_RESPACED);
      assertEquals(3, server.answers().size(), "a POST asking for the default format");

      // Not cached: errors, other services, the clock.
      HttpResponse<String> bad = query(server, "SELECT * WHERE { ?s ?p }", Optional.empty());
      assertEquals(400, bad.statusCode());
      assertFalse(bad.headers().firstValue("ETag").isPresent());
      HttpResponse<String> clock = query(server, "SELECT (NOW() AS ?t) {}", Optional.empty());
      assertEquals(200, clock.statusCode());
      assertFalse(clock.headers().firstValue("ETag").isPresent());
      assertEquals(3, server.answers().size());
      HttpResponse<String> commented =
          query(server, "# the journalists now\n" + JOURNALISTS_RESPACED, Optional.empty());
      assertTrue(commented.headers().firstValue("ETag").isPresent(), "a comment is no clock");
      assertEquals(3, server.answers().size(), "the same query as before, comments aside");

      // Pages and dumps, too; a dump named by its release never changes.
      HttpResponse<String> page =
          Http.get(URI.create(server.baseUrl() + "page/id/journalist/gulmire-imin"), "text/html");
      String pageTag = page.headers().firstValue("ETag").orElseThrow();
      assertEquals(
          304,
          Http.send(
                  HttpRequest.newBuilder(
                          URI.create(server.baseUrl() + "page/id/journalist/gulmire-imin"))
                      .header("Accept", "text/html")
                      .header("If-None-Match", "\"other\", " + pageTag)
                      .build())
              .statusCode());
      assertEquals(
          404,
          Http.get(URI.create(server.baseUrl() + "page/id/journalist/nobody"), "text/html")
              .statusCode());
      HttpResponse<String> dump =
          Http.get(URI.create(server.baseUrl() + "dumps/" + release + "/pfkg.nt.gz"), "*/*");
      assertEquals(200, dump.statusCode());
      assertEquals(
          ReleaseValidators.IMMUTABLE, dump.headers().firstValue("Cache-Control").orElseThrow());

      // A new release: the old validator no longer matches, and the answer is the new one.
      Files.writeString(
          data.resolve("cases/probe-reporter.txt"),
          "Probe Reporter\n\nPolice in Urumqi arrested Probe Reporter, who wrote for the website"
              + " Salkin, on July 14, 2009.\n");
      build(data, out);
      HttpResponse<String> after = query(server, JOURNALISTS, Optional.of(tag));
      assertEquals(200, after.statusCode());
      assertNotEquals(first.body(), after.body());
      assertTrue(after.headers().firstValue("ETag").orElseThrow().startsWith("\"" + release(out)));
      assertEquals(1, server.answers().size(), "the old release's answers were dropped");
    }
  }

  private static URI queryUri(PfkgServer server, String query) {
    return URI.create(server.sparqlEndpoint() + "?query=" + Http.encode(query));
  }

  private static HttpResponse<String> query(
      PfkgServer server, String query, Optional<String> ifNoneMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(queryUri(server, query)).header("Accept", CSV);
    ifNoneMatch.ifPresent(t -> request.header("If-None-Match", t));
    return Http.send(request.build());
  }

  private static void build(Path data, Path out) {
    new BuildPipeline(
            new BuildConfig(data, Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false))
        .withExtractor(ProjectKnowledge.extractor())
        .run(p -> {});
  }

  private static String release(Path out) throws IOException {
    return new ReleaseLayout(out).live().orElseThrow().getFileName().toString();
  }
}
