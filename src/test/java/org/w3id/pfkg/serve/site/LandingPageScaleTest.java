package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * On a store with more journalists than the landing page lists, the page shows the first ones by
 * name and links a query that gives every one. The store is a real TDB2 store in a temporary folder
 * with one named graph per journalist, as a build makes them.
 */
@Tag("slow")
class LandingPageScaleTest {
  @Test
  void theLandingPageListsTheFirstJournalistsAndLinksAQueryForAll(@TempDir Path dir)
      throws Exception {
    int journalists = HomeRoute.JOURNALISTS_SHOWN + 7;
    Iris iris = Iris.defaults();
    Dataset dataset = TDB2Factory.connectDataset(dir.toString());
    Txn.executeWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          for (int i = 0; i < journalists; i++) {
            String slug = String.format("test-journalist-%04d", i);
            Node g = NodeFactory.createURI(iris.caseGraph(slug).getURI());
            Node j = iris.journalist(slug).asNode();
            dsg.add(g, j, RDF.type.asNode(), PF.Journalist.asNode());
            dsg.add(g, j, SCHEMA.name.asNode(), NodeFactory.createLiteralString("Test " + slug));
          }
        });
    try (PfkgServer server =
        PfkgServer.start(ServeConfig.defaults().withPort(0), dataset, Optional.empty())) {
      HttpClient http = HttpClient.newHttpClient();
      String html =
          http.send(
                  HttpRequest.newBuilder(server.baseUrl()).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Document page = Jsoup.parse(html, server.baseUrl().toString());
      assertEquals(HomeRoute.JOURNALISTS_SHOWN, page.select("a.journalist").size());
      assertEquals("Test test-journalist-0000", page.selectFirst("a.journalist").text());
      assertTrue(page.selectFirst("#more-journalists").text().startsWith("and 7 more"));
      String queryUrl = page.selectFirst("#more-journalists a").absUrl("href");
      HttpResponse<String> all =
          http.send(
              HttpRequest.newBuilder(URI.create(queryUrl)).header("Accept", "text/csv").build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, all.statusCode());
      assertEquals(journalists + 1, all.body().strip().split("\r?\n").length, "header + rows");
    }
  }
}
