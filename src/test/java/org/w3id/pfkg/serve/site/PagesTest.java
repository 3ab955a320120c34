package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** What the HTML pages show, parsed with jsoup, over the seed store. */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
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
  void theDumpsAndQueriesFoldersMoveToTheirSlashListAndNameTheirItems() {
    for (String folder : List.of("/dumps", "/queries")) {
      HttpResponse<String> bare = Web.get(server.baseUrl(), folder, "text/html");
      assertEquals(301, bare.statusCode(), folder);
      assertEquals(folder + "/", Web.header(bare, "Location"));
      assertEquals(200, Web.get(server.baseUrl(), folder + "/", "text/html").statusCode());
      HttpResponse<String> missing = Web.get(server.baseUrl(), folder + "/nothing", "text/html");
      assertEquals(404, missing.statusCode(), folder);
      assertTrue(missing.body().contains("nothing"), "the 404 names what was asked for");
    }
    assertEquals(
        200, Web.get(server.baseUrl(), "/dumps/void.ttl", "text/turtle").statusCode(), "a dump");
    HttpResponse<String> query = Web.get(server.baseUrl(), "/queries/facts-by-source.rq", null);
    assertEquals(200, query.statusCode());
    assertTrue(Web.header(query, "Content-Type").startsWith("application/sparql-query"));
  }

  @Test
  void journalistPageShowsTheCaseWithSalkinThe2009EventsAndTheirEvidence() {
    Document page = page("/page/id/journalist/gulmire-imin");
    assertEquals("Gulmire Imin", page.selectFirst("h1#name").text());
    assertTrue(page.select("section.facts").text().contains("Salkin"), "outlet");
    // the derived country of the case, linked to the place and to how it is derived
    assertFalse(page.select("section.facts a[href=/page/id/place/china]").isEmpty(), "country");
    assertFalse(page.select("section.facts a[href=/page/ontology#country]").isEmpty(), "rule");
    List<String> dates = page.select("#events .date").eachText();
    assertTrue(dates.contains("14 July 2009"), "arrest date, humanised: " + dates);
    assertFalse(page.select("#events time[datetime=2009-07-14]").isEmpty(), "machine date");
    assertTrue(page.select("#events .precision").eachText().containsAll(List.of("day", "vague")));
    assertTrue(
        page.select("#events blockquote.evidence").eachText().stream()
            .anyMatch(q -> q.contains("Police in the city of Urumqi arrested Imin")),
        "the quoted evidence of the arrest");
    assertTrue(page.select("#events .source").text().contains("Radio Free Asia"));
    assertFalse(page.select("#timeline .tl-item").isEmpty(), "timeline items");
    assertTrue(page.select("#sentences .term").text().contains("19 years 8 months"), "term");
    assertFalse(page.text().contains("P19Y8M"), "no raw xsd:duration for people");
    assertTrue(page.text().contains("CPJ category"), "charges with their CPJ category");
    assertTrue(page.select("footer").text().contains("CC BY 4.0"));
  }

  @Test
  void journalistPageShowsTheCustodySpanTheCensusCountsWithItsStartEvent() {
    Document page = page("/page/id/journalist/gulmire-imin");
    String custody = page.select("#custody").text();
    // arrested on 14 July 2009, no release on record: the span the census counts her in
    assertTrue(custody.startsWith("First custody began 14 July 2009 (arrest)"), custody);
    assertTrue(custody.contains("no dated release or death after it on record"), custody);
    assertFalse(page.select("#custody a[href*=/id/event/]").isEmpty(), "links its start event");
    assertFalse(page.select("#custody a[href=/census]").isEmpty(), "links the census rule");
  }

  @Test
  void eventsAreInDateOrderAndTheTimelineLinksToThem() {
    Document page = page("/page/id/journalist/gulmire-imin");
    List<String> datetimes = page.select("#events time").eachAttr("datetime");
    assertTrue(datetimes.size() >= 3, datetimes.toString());
    assertEquals(datetimes.stream().sorted().toList(), datetimes, "date order");
    List<String> years = page.select("#timeline .tl-when").eachText();
    assertEquals(years.stream().sorted().distinct().toList(), years, "one group per year");
    for (String href : page.select("#timeline .tl-item a").eachAttr("href")) {
      assertFalse(page.select("#events li" + href).isEmpty(), "timeline link " + href);
    }
  }

  @Test
  void journalistPageListsItsSourceDocumentsAndWhoSaidWhat() {
    Document page = page("/page/id/journalist/gulmire-imin");
    assertFalse(page.select("#sources a[href=/page/id/document/gulmire-imin]").isEmpty());
    assertFalse(page.select("section.facts a[href=#sources]").isEmpty(), "summary links there");
    List<String> parties = page.select("#sources dl.said dt").eachText();
    assertTrue(parties.contains("Radio Free Asia"), parties.toString());
    assertEquals(SourceReading.NOT_ATTRIBUTED, parties.get(parties.size() - 1));
    String said = page.select("#sources dl.said").text();
    assertTrue(said.contains("arrest, 14 July 2009"), said);
    assertTrue(said.contains("held in: Xinjiang No. 2 Prison"), said);
  }

  @Test
  void sourcesShowTheOriginalReportUrlsAndWhoIsCreditedWithEachEvent() {
    Dataset dataset = TDB2Factory.createDataset();
    String id = "https://w3id.org/pfkg/id/";
    Txn.executeWrite(
        dataset,
        () -> {
          Model m = ModelFactory.createDefaultModel();
          Resource j = m.createResource(id + "journalist/ada-example");
          j.addProperty(RDF.type, PF.Journalist).addProperty(SCHEMA.name, "Ada Example");
          Resource doc = m.createResource(id + "document/ada-example");
          doc.addProperty(RDF.type, PF.SourceDocument)
              .addProperty(RDFS.label, "Ada Example (profile)")
              .addProperty(SCHEMA.url, m.createResource("https://reports.example.org/ada"))
              .addProperty(
                  org.apache.jena.vocabulary.DCTerms.source,
                  m.createResource("https://news.example.net/2020/ada-held"));
          m.createResource(id + "case/ada-example")
              .addProperty(RDF.type, PF.Case)
              .addProperty(PF.journalist, j)
              .addProperty(PF.sourceDocument, doc);
          Resource party =
              m.createResource(id + "org/watchdog").addProperty(RDFS.label, "Watchdog");
          m.createResource(id + "event/ada-example/arrest-2020-03-02")
              .addProperty(RDF.type, PF.Event)
              .addProperty(PF.concerns, j)
              .addProperty(PF.date, "2020-03-02", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)
              .addProperty(
                  PF.earliestDate, "2020-03-02", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)
              .addProperty(
                  PF.latestDate, "2020-03-02", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)
              .addProperty(PF.datePrecision, "day")
              .addProperty(PF.accordingTo, party)
              .addProperty(org.w3id.pfkg.vocab.PROV.wasDerivedFrom, doc);
          dataset.addNamedModel("https://w3id.org/pfkg/graph/case/ada-example", m);
        });
    try (PfkgServer one =
        PfkgServer.start(ServeConfig.defaults().withPort(0), dataset, Optional.empty())) {
      Document page =
          Jsoup.parse(
              Web.get(one.baseUrl(), "/page/id/journalist/ada-example", "text/html").body());
      assertEquals(
          List.of("https://reports.example.org/ada", "https://news.example.net/2020/ada-held"),
          page.select("#sources a.report-url").eachAttr("href"));
      assertEquals("Watchdog", page.selectFirst("#sources dl.said dt").text());
      assertEquals("2 March 2020", page.selectFirst("#sources dl.said dd a").text().split(", ")[1]);
    }
  }

  @Test
  void everyResourcePageAnnouncesItsRdfFormats() {
    for (String path :
        List.of("/page/id/journalist/gulmire-imin", "/page/id/place/urumqi", "/page/ontology")) {
      Document page = page(path);
      List<String> types = page.select("head link[rel=alternate]").eachAttr("type");
      assertEquals(
          List.of(
              "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"),
          types,
          path);
      for (String href : page.select("head link[rel=alternate]").eachAttr("href")) {
        assertEquals(200, Web.get(server.baseUrl(), href, null).statusCode(), href);
      }
    }
  }

  @Test
  void resourcePagesLabelPropertiesHideReificationAndReadDates() {
    Document place = page("/page/id/place/urumqi");
    List<String> properties = place.select("table.properties th").eachText();
    assertTrue(
        properties.containsAll(List.of("latitude", "longitude", "lies in")), properties.toString());
    assertFalse(properties.contains("long"), properties.toString());
    assertTrue(properties.indexOf("name") < properties.indexOf("latitude"), "fixed order");
    String incoming = place.select("#incoming").text();
    assertFalse(incoming.contains("statement about"), incoming);
    assertFalse(incoming.contains("value stated"), incoming);
    assertFalse(place.select("#map").isEmpty(), "a place page has a map");
    Document journalistRdf = page("/page/id/event/gulmire-imin/arrest-2009-07-14");
    String text = journalistRdf.select("table.properties").text();
    assertTrue(text.contains("14 July 2009"), text);
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
  void landingPageStatesScopeMethodQualityAndHowToCite() {
    Document page = page("/");
    assertEquals("1", page.selectFirst("#scope-cases").text());
    assertEquals("1", page.selectFirst("#scope-documents").text());
    assertEquals("1", page.selectFirst("#scope-countries").text(), "the seed's China");
    assertTrue(page.select("#countries").text().contains("China"));
    assertTrue(page.select("#method").text().contains("rule-based"));
    ExtractionQuality quality = ExtractionQuality.fromClasspath().orElseThrow();
    assertTrue(
        quality.corpora().stream().anyMatch(ExtractionQuality.Corpus::checked),
        "data/'s figures, which the build recomputes, are on the page");
    for (ExtractionQuality.Corpus c : quality.corpora()) {
      assertEquals(c.macroF1(), page.selectFirst("#macro-f1-" + c.key()).text());
      assertEquals(c.slots().size() + 1, page.select("#quality-" + c.key() + " tr").size());
      assertTrue(page.select("#quality-" + c.key()).text().contains(c.slots().get(0).f1()));
      String said = page.selectFirst("#macro-f1-" + c.key()).parent().text();
      assertTrue(said.contains(c.command()), said);
      assertTrue(
          said.contains(c.checked() ? "recomputed by the project's tests" : "recorded that day"),
          said);
    }
    String release = page.selectFirst("#release-id").text();
    String citation = page.selectFirst("#citation").text();
    assertTrue(citation.contains("release " + release + " ("), citation);
    assertTrue(citation.contains("/dumps/" + release + "/pfkg-" + release + ".ttl"), citation);
    assertTrue(citation.matches(".*SHA-256 [0-9a-f]{64}.*"), citation);
    assertTrue(page.select("#changes").text().contains("first release"));
  }

  @Test
  void landingPageSaysWhatChangedSinceThePreviousRelease() {
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("counts", new DatasetStats.Counts(2, 2, 10, 100));
    model.put(
        "release", new ReleaseInfo("r2", "2026-01-02T00:00:00Z", 100, java.util.Map.of(), -1));
    model.put(
        "changes",
        ReleaseChanges.of(
            "r1",
            40,
            java.util.Map.of("https://w3id.org/pfkg/graph/case/a", 10L),
            java.util.Map.of(
                "https://w3id.org/pfkg/graph/case/a", 12L,
                "https://w3id.org/pfkg/graph/case/b", 28L)));
    model.put("scope", new CorpusScope.Scope(2, 2, List.of(), 0, 0));
    Document page = Jsoup.parse(new PageRenderer().render("home", model));
    assertEquals("r1", page.selectFirst("#previous-release").text());
    assertTrue(page.select("#changes").text().contains("+40 triples"));
    assertEquals("1 new case: b", page.selectFirst("#cases-added").text());
    assertEquals("1 case changed: a", page.selectFirst("#cases-changed").text());
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
