package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/** The example query pages say which queries need the network (SERVICE to Wikidata). */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class QueryPagesNetworkTest {
  private static PfkgServer server;

  @BeforeAll
  static void start() {
    server = SeedRelease.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Document page(String path) {
    HttpResponse<String> response = Web.get(server.baseUrl(), path, "text/html");
    assertEquals(200, response.statusCode(), path);
    return Jsoup.parse(response.body());
  }

  /** The example files that call SERVICE, read from queries/ itself. */
  private static long federatedFiles() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("queries"))) {
      return files
          .filter(f -> f.toString().endsWith(".rq"))
          .filter(
              f -> {
                try {
                  return java.nio.file.Files.readString(f).contains("SERVICE <");
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .count();
    }
  }

  @Test
  void federatedQueriesSayTheyNeedTheNetworkAndOthersDoNot() throws java.io.IOException {
    for (String name : List.of("wikidata-linked-places", "wikidata-places-of-arrest")) {
      Document page = page("/queries/" + name);
      assertNotNull(page.getElementById("needs-network"), name);
      assertTrue(page.getElementById("needs-network").text().contains("502"), name);
    }
    assertNull(page("/queries/current-status").getElementById("needs-network"));
    Document list = page("/queries/");
    long federated = federatedFiles();
    assertTrue(federated >= 2);
    assertEquals(federated, list.select(".needs-network").size());
    Document editor = page("/editor");
    assertEquals(federated, editor.select("#examples .needs-network").size());
  }
}
