package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** What the HTML pages show, parsed with jsoup, over the seed store. */
class PagesTest {
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

  @Test
  void journalistPageShowsTheCaseWithSalkinThe2009EventsAndTheirEvidence() {
    Document page = page("/page/id/journalist/gulmire-imin");
    assertEquals("Gulmire Imin", page.selectFirst("h1#name").text());
    assertTrue(page.select("section.facts").text().contains("Salkin"), "outlet");
    List<String> dates = page.select("#events .date").eachText();
    assertTrue(dates.contains("2009-07-14"), "arrest date: " + dates);
    assertTrue(dates.stream().anyMatch(d -> d.startsWith("2009")), dates.toString());
    assertTrue(page.select("#events .precision").eachText().containsAll(List.of("day", "vague")));
    assertTrue(
        page.select("#events blockquote.evidence").eachText().stream()
            .anyMatch(q -> q.contains("Police in the city of Urumqi arrested Imin")),
        "the quoted evidence of the arrest");
    assertTrue(page.select("#events .source").text().contains("Radio Free Asia"));
    assertFalse(page.select("#timeline .tl-item").isEmpty(), "timeline items");
    assertTrue(page.select("#sentences").text().contains("P19Y8M"), "sentence history");
    assertTrue(page.text().contains("CPJ category"), "charges with their CPJ category");
    assertTrue(page.select("footer").text().contains("CC BY 4.0"));
  }

  @Test
  void eventsAreInDateOrder() {
    Document page = page("/page/id/journalist/gulmire-imin");
    List<String> earliest = page.select("#timeline .tl-item").eachAttr("title").stream().toList();
    assertTrue(earliest.size() >= 3, earliest.toString());
    List<String> styles = page.select("#timeline .tl-item").eachAttr("style");
    double last = -1;
    for (String style : styles) {
      double left = Double.parseDouble(style.replaceAll("[^0-9.]", ""));
      assertTrue(left >= last, styles.toString());
      last = left;
    }
  }

  @Test
  void placePageListsTheThingsThatLinkToIt() {
    Document page = page("/page/id/place/urumqi");
    assertTrue(page.select("#incoming").text().contains("arrest: Gulmire Imin"));
    assertTrue(
        page.select("#incoming a[href=/page/id/event/gulmire-imin/arrest-2009-07-14]").size() > 0);
  }

  @Test
  void landingPageHasCountsReleaseLinksAndDatasetMarkup() {
    Document page = page("/");
    assertEquals("1", page.selectFirst("#count-journalists").text());
    assertTrue(Long.parseLong(page.selectFirst("#count-triples").text()) > 1000);
    // The page reads the release's VoID description; it must say what counting the store says.
    Iris iris = Iris.defaults();
    DatasetStats stats = new DatasetStats(SeedRelease.dataset(), new SitePaths(iris.base()), iris);
    DatasetStats.Counts counted = stats.counted();
    assertEquals(String.valueOf(counted.cases()), page.selectFirst("#count-cases").text());
    assertEquals(String.valueOf(counted.events()), page.selectFirst("#count-events").text());
    assertTrue(stats.described().isPresent(), "the seed release has a VoID description");
    assertFalse(page.select("#release-id").text().isEmpty());
    assertFalse(page.select("a[href=/editor]").isEmpty());
    assertFalse(page.select("a[href=/dumps/]").isEmpty());
    assertFalse(page.select("a[href=/page/ontology]").isEmpty());
    String markup = page.selectFirst("script[type=application/ld+json]").data();
    assertTrue(markup.contains("\"@type\":\"Dataset\""), markup);
    assertTrue(markup.contains("creativecommons.org/licenses/by/4.0"), markup);
  }

  @Test
  void exampleQueriesHaveTheirOwnPagesThatOpenInTheEditor() {
    Document list = page("/queries/");
    assertTrue(list.select("a[href=/queries/case-timeline]").size() > 0);
    Document one = page("/queries/case-timeline");
    assertTrue(one.text().contains("What happened to a journalist"));
    assertEquals("/editor?example=case-timeline", one.selectFirst("a.open-in-editor").attr("href"));
    assertTrue(one.selectFirst("pre.sparql").text().contains("SELECT"));
    Document editor = page("/editor?example=case-timeline");
    assertTrue(editor.select("button.example").size() >= 8);
    assertTrue(editor.selectFirst("#yasgui").attr("data-config").contains("PREFIX pf:"));
  }

  @Test
  void dumpsListingHasSizesChecksumsAndDownloads() {
    Document page = page("/dumps/");
    assertTrue(page.select("#dumps a[href=/dumps/pfkg.ttl]").size() > 0);
    assertTrue(
        page.select("#dumps code").eachText().stream().allMatch(s -> s.matches("[0-9a-f]{64}")));
    HttpResponse<String> ttl = Web.get(server.baseUrl(), "/dumps/latest/pfkg.ttl", "*/*");
    assertEquals(200, ttl.statusCode());
    assertTrue(Web.header(ttl, "Content-Type").startsWith("text/turtle"));
    String release = page.selectFirst("#release-id").text();
    assertEquals(
        200, Web.get(server.baseUrl(), "/dumps/" + release + "/SHA256SUMS", "*/*").statusCode());
    for (String bad :
        List.of(
            "/dumps/../pom.xml",
            "/dumps/%2e%2e/%2e%2e/pom.xml",
            "/dumps/..%2f..%2fpom.xml",
            "/dumps/%2fetc%2fpasswd",
            "/dumps/older/pfkg.ttl",
            "/dumps/store",
            "/dumps/nothing.ttl")) {
      int status = Web.get(server.baseUrl(), bad, "*/*").statusCode();
      assertTrue(status == 404 || status == 400, bad + " gave " + status);
    }
  }

  @Test
  void scriptInALabelIsEscapedEverywhere() {
    Dataset dataset = TDB2Factory.createDataset();
    String iri = "https://w3id.org/pfkg/id/journalist/evil";
    Txn.executeWrite(
        dataset,
        () -> {
          Model m = ModelFactory.createDefaultModel();
          Resource j = m.createResource(iri);
          j.addProperty(RDF.type, PF.Journalist);
          j.addProperty(SCHEMA.name, "<script>alert('x')</script>");
          Resource place = m.createResource("https://w3id.org/pfkg/id/place/p");
          place.addProperty(RDFS.label, "</script><b>bold</b>");
          j.addProperty(PF.heldIn, place);
          dataset.addNamedModel("https://w3id.org/pfkg/graph/case/evil", m);
        });
    try (PfkgServer evil =
        PfkgServer.start(ServeConfig.defaults().withPort(0), dataset, Optional.empty())) {
      for (String path : List.of("/page/id/journalist/evil", "/page/id/place/p", "/")) {
        HttpResponse<String> response = Web.get(evil.baseUrl(), path, "text/html");
        Document page = Jsoup.parse(response.body());
        assertFalse(response.body().contains("<script>alert"), path);
        assertTrue(page.select("b").isEmpty(), path);
        assertTrue(
            page.text().contains("<script>alert('x')</script>") || path.equals("/page/id/place/p"));
      }
    }
  }
}
