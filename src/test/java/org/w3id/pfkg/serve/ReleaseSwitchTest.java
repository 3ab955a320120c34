package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * A real server over a real build output folder while real builds publish new releases: the next
 * request after a publish reads the new release, on every route, without a restart.
 */
@Tag("slow")
class ReleaseSwitchTest {
  private static final String CSV = "text/csv";
  private static final String JOURNALISTS =
      "SELECT (COUNT(DISTINCT ?j) AS ?n) { ?j a <https://w3id.org/pfkg/ontology#Journalist> }";

  @TempDir Path dir;

  @Test
  void aNewBuildIsServedAtOnceByTheRunningServer() throws Exception {
    // The seed's release (built once per JVM), copied: this test publishes more on top of it.
    Path out = SeedBuild.copyTo(dir.resolve("kg"));
    Path data = out.resolve("data");
    String firstRelease = release(out);
    try (PfkgServer server = PfkgServer.serve(ServeConfig.defaults().withPort(0), out)) {
      assertEquals("n\r\n1\r\n", count(server));
      assertEquals(404, get(server, "page/id/journalist/probe-reporter", "text/html").statusCode());

      // A request made while the build runs is answered from the live release.
      CompletableFuture<HttpResponse<String>> during =
          CompletableFuture.supplyAsync(() -> get(server, "", "text/html"));

      Files.writeString(
          data.resolve("cases/probe-reporter.txt"),
          "Probe Reporter\n\nPolice in Urumqi arrested Probe Reporter, who wrote for the website"
              + " Salkin, on July 14, 2009.\n");
      build(data, out);
      String secondRelease = release(out);
      assertNotEquals(firstRelease, secondRelease);

      assertEquals(200, during.get(60, TimeUnit.SECONDS).statusCode());
      assertEquals("n\r\n2\r\n", count(server));
      HttpResponse<String> page = get(server, "page/id/journalist/probe-reporter", "text/html");
      assertEquals(200, page.statusCode());
      HttpResponse<String> home = get(server, "", "text/html");
      assertTrue(home.body().contains(secondRelease), "landing page shows the new release");
      assertTrue(home.body().contains("Probe Reporter"), "landing page lists the new journalist");
      // The old id may appear only where the page says what changed since it.
      org.jsoup.nodes.Document homePage = org.jsoup.Jsoup.parse(home.body());
      assertEquals(secondRelease, homePage.selectFirst("#release-id").text(), "live release");
      assertEquals(firstRelease, homePage.selectFirst("#previous-release").text());
      homePage.select("#changes").remove();
      assertFalse(homePage.html().contains(firstRelease), "landing page shows the old release");
      assertTrue(get(server, "dumps/", "text/html").body().contains(secondRelease));

      // Two more builds: the first release is pruned from disk, and the server never notices.
      build(data, out);
      build(data, out);
      assertFalse(Files.exists(out.resolve("releases").resolve(firstRelease)));
      assertEquals("n\r\n2\r\n", count(server));
      assertEquals(200, get(server, "page/id/journalist/gulmire-imin", "text/html").statusCode());
    }
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

  private static String count(PfkgServer server) {
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), JOURNALISTS, CSV);
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static HttpResponse<String> get(PfkgServer server, String path, String accept) {
    return Http.get(URI.create(server.baseUrl() + path), accept);
  }
}
