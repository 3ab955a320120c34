package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The editor's result views in real headless Chromium over a release of several real cases: the
 * map, timeline and chart each draw what the results hold (markers, timeline entries and bars
 * counted against the same query run by Jena), each is offered only when the results fit it, the
 * timeline's labels never overlap (element boxes, at 1280 and 390 px), and the table shows typed
 * literals as values. No view calls another host. Screenshots go to target/screenshots/.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.WORLD_RELEASE, mode = READ)
@ResourceLock(SharedFixtures.BROWSER)
@ExtendWith(BrowserSession.class)
class EditorViewsBrowserTest {
  private static final String PREFIXES =
      "PREFIX pf: <https://w3id.org/pfkg/ontology#>\n"
          + "PREFIX schema: <http://schema.org/>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

  /** Every dated event of every journalist: clusters of events in the same years. */
  private static final String EVENTS =
      PREFIXES
          + "SELECT ?name ?type ?date WHERE { ?event pf:concerns ?j ; pf:date ?date ;"
          + " pf:eventType/skos:prefLabel ?type . ?j schema:name ?name } ORDER BY ?date";

  /** Journalists per country: a label column and a count. */
  private static final String BY_COUNTRY =
      PREFIXES
          + "SELECT ?country (COUNT(DISTINCT ?j) AS ?journalists) WHERE { ?j a pf:Journalist ;"
          + " pf:country ?country } GROUP BY ?country ORDER BY DESC(?journalists)";

  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start(BrowserSession.Session session) {
    server = session.server(WorldRelease::start);
    browser = session.browser(1280, 900, true);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Opens the editor, runs {@code query} and waits for its results table. */
  private static void run(String query) {
    browser.get(server.baseUrl() + "editor");
    waiting().until(d -> browser.executeScript("return !!window.pfkgYasgui;"));
    browser.executeScript(
        "var t = window.pfkgYasgui.getTab(); t.setQuery(arguments[0]); t.query();", query);
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".yasr table tbody tr"), 0));
  }

  private static void select(String view) {
    WebElement button = browser.findElement(By.cssSelector(".yasr button.select_" + view));
    assertFalse(button.getAttribute("class").contains("disabled"), view + " is offered");
    button.click();
  }

  private static boolean offered(String view) {
    return !browser
        .findElement(By.cssSelector(".yasr button.select_" + view))
        .getAttribute("class")
        .contains("disabled");
  }

  /** A screenshot of the results (the view buttons at the top of the window). */
  private static void screenshot(String name) {
    browser.executeScript(
        "document.querySelector('.yasr .yasr_header').scrollIntoView({block: 'start'});");
    Chromium.screenshot(browser, name);
  }

  private static List<QuerySolution> jena(String query) {
    return Txn.calculateRead(
        WorldRelease.dataset(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.create().dataset(WorldRelease.dataset()).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
            return rows;
          }
        });
  }

  private static void noOtherHostCalled() {
    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>)
            browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
    String host = server.baseUrl().getHost() + ":" + server.baseUrl().getPort();
    List<String> elsewhere =
        fetched.stream()
            .filter(u -> u.startsWith("http"))
            .filter(u -> !(URI.create(u).getHost() + ":" + URI.create(u).getPort()).equals(host))
            .toList();
    assertEquals(List.of(), elsewhere, "requests to other hosts");
  }

  @Test
  void theMapShowsOneMarkerPerSpotOfTheExampleWithPopupsNamingTheRows() throws IOException {
    String query = Files.readString(Path.of("queries", "places-of-arrest-and-detention.rq"));
    Set<String> spots = new HashSet<>();
    for (QuerySolution row : jena(query)) {
      if (row.contains("lat") && row.contains("long")) {
        spots.add(
            String.format(
                java.util.Locale.ROOT,
                "%.5f,%.5f",
                row.getLiteral("lat").getDouble(),
                row.getLiteral("long").getDouble()));
      }
    }
    assertTrue(spots.size() >= 3, "the sample has places in several countries: " + spots);
    browser.get(server.baseUrl() + "editor?example=places-of-arrest-and-detention");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".yasr table tbody tr"), 0));
    assertTrue(offered("map"), "map offered for results with ?lat and ?long");
    select("map");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".pfkg-map path.pfkg-marker"), 0));
    List<WebElement> markers = browser.findElements(By.cssSelector(".pfkg-map path.pfkg-marker"));
    int shown = markers.size();
    // Country outlines from our jar under the markers, in place of tiles from another host.
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".pfkg-map .leaflet-outline-pane path"), 100));
    assertEquals(spots.size(), shown, "one marker per distinct coordinate pair");
    // The markers lie inside the map's box (fitted to them), not off-screen: measured in the page
    // at once (one WebDriver call per marker took 30 s for the world release's markers).
    Object outside =
        browser.executeScript(
            "const box = document.querySelector('.pfkg-map').getBoundingClientRect();"
                + " return Array.from(document.querySelectorAll('.pfkg-map path.pfkg-marker'))"
                + ".map(m => m.getBoundingClientRect())"
                + ".map(r => [r.left + r.width / 2, r.top + r.height / 2])"
                + ".filter(([x, y]) => x < box.left || x > box.right || y < box.top"
                + " || y > box.bottom)"
                + ".map(([x, y]) => x + ',' + y + ' outside ' + JSON.stringify(box));");
    assertEquals(List.of(), outside, "markers inside the map");
    browser.executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", markers.get(0));
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".leaflet-popup ul.map-popup li")));
    String popup = browser.findElement(By.cssSelector(".leaflet-popup")).getText();
    assertFalse(popup.contains("http"), "rows named by labels, not IRIs: " + popup);
    assertTrue(popup.matches("(?s).*[A-Z][a-z]+.*"), popup);
    screenshot("editor-map");
    noOtherHostCalled();
  }

  @Test
  void theTimelinePlacesEveryDatedRowWithLabelsThatNeverOverlap() {
    int dated = jena(EVENTS).size();
    assertTrue(dated >= 10, "dated events in the sample: " + dated);
    Dimension before = browser.manage().window().getSize();
    try {
      for (int width : List.of(1280, 390)) {
        browser.manage().window().setSize(new Dimension(width, 900));
        run(EVENTS);
        assertFalse(offered("map"), "no coordinates, no map");
        select("timeline");
        waiting()
            .until(
                ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".pfkg-timeline .tl-entry"), 0));
        assertEquals(
            dated,
            browser.findElements(By.cssSelector(".pfkg-timeline .tl-entry")).size(),
            "one timeline entry per dated row");
        List<String> years = texts(".pfkg-timeline .tl-when");
        assertEquals(years.stream().sorted().toList(), years, "years in order");
        assertEquals(years.stream().distinct().toList(), years, "each year once");
        String text = browser.findElement(By.cssSelector(".pfkg-timeline")).getText();
        assertFalse(text.contains("^^"), text);
        assertNoOverlap(width);
        screenshot("editor-timeline-" + width);
      }
    } finally {
      browser.manage().window().setSize(before);
    }
    noOtherHostCalled();
  }

  @SuppressWarnings("unchecked")
  private static void assertNoOverlap(int width) {
    List<List<Number>> boxes =
        (List<List<Number>>)
            browser.executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'.pfkg-timeline .tl-label, .pfkg-timeline .tl-when, .pfkg-timeline .tl-gap'))"
                    + ".map(e => { const r = e.getBoundingClientRect();"
                    + " return [r.left, r.top, r.right, r.bottom]; });");
    long viewport =
        ((Number) browser.executeScript("return document.documentElement.clientWidth;"))
            .longValue();
    assertTrue(boxes.size() >= 4, "timeline texts: " + boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      List<Number> a = boxes.get(i);
      assertTrue(at(a, 2) > at(a, 0) && at(a, 3) > at(a, 1), "box " + i + " is shown: " + a);
      assertTrue(at(a, 2) <= viewport + 0.5, width + " px: box " + i + " cut off: " + a);
      for (int k = i + 1; k < boxes.size(); k++) {
        List<Number> b = boxes.get(k);
        boolean apart =
            at(a, 2) <= at(b, 0)
                || at(b, 2) <= at(a, 0)
                || at(a, 3) <= at(b, 1)
                || at(b, 3) <= at(a, 1);
        assertTrue(apart, width + " px: boxes " + i + " and " + k + " overlap: " + a + " " + b);
      }
    }
  }

  /**
   * The shown text of every element {@code css} selects, read in the page in one call (one
   * WebDriver call per element costs a round trip each).
   */
  @SuppressWarnings("unchecked")
  private static List<String> texts(String css) {
    return (List<String>)
        browser.executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => (e.innerText === undefined ? e.textContent : e.innerText).trim());",
            css);
  }

  /** An attribute of every element {@code css} selects, read in one call. */
  @SuppressWarnings("unchecked")
  private static List<String> attributes(String css, String attribute) {
    return (List<String>)
        browser.executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.getAttribute(arguments[1]));",
            css,
            attribute);
  }

  private static double at(List<Number> box, int i) {
    return box.get(i).doubleValue();
  }

  @Test
  void theChartDrawsOneBarPerCountryLongestForTheLargestCountAndLabelsNotIris() {
    List<QuerySolution> rows = jena(BY_COUNTRY);
    assertTrue(rows.size() >= 3, "countries in the sample: " + rows.size());
    int largest = rows.get(0).getLiteral("journalists").getInt();
    run(BY_COUNTRY);
    assertFalse(offered("timeline"), "no dates, no timeline");
    select("chart");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("svg.pfkg-chart rect.bar"), 0));
    List<String> barWidths = attributes("svg.pfkg-chart rect.bar", "width");
    assertEquals(rows.size(), barWidths.size(), "one bar per row");
    List<Double> widths = barWidths.stream().map(Double::parseDouble).toList();
    double widest = widths.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertEquals(widest, widths.get(0), 0.01, "the first row has the largest count");
    assertEquals(
        String.valueOf(largest), attributes("svg.pfkg-chart rect.bar", "data-value").get(0));
    for (int i = 0; i < rows.size(); i++) {
      double expected = widest * rows.get(i).getLiteral("journalists").getInt() / largest;
      assertEquals(expected, widths.get(i), 1.0, "bar " + i + " in proportion");
    }
    List<String> labels = texts("svg.pfkg-chart text.bar-label");
    assertTrue(labels.contains("China"), "country IRIs shown by their names: " + labels);
    assertFalse(labels.stream().anyMatch(l -> l.contains(":")), labels.toString());
    screenshot("editor-chart");
    noOtherHostCalled();
  }

  @Test
  void theChartIsNotOfferedWhenLabelsRepeatAndTheTableShowsTypedLiteralsAsValues() {
    run(
        PREFIXES
            + "SELECT ?what ?n ?day ?month ?year ?term WHERE { VALUES (?what ?n) {"
            + " (\"one\" 12345) (\"one\" 7) }"
            + " BIND (\"2009-07-14\"^^xsd:date AS ?day)"
            + " BIND (\"2014-03\"^^xsd:gYearMonth AS ?month)"
            + " BIND (\"2010\"^^xsd:gYear AS ?year)"
            + " BIND (\"P19Y8M\"^^xsd:duration AS ?term) }");
    assertFalse(offered("chart"), "a label that repeats is no label column");
    assertTrue(offered("timeline"), "dates are there");
    String table = browser.findElement(By.cssSelector(".yasr table tbody")).getText();
    assertFalse(table.contains("^^"), table);
    assertFalse(table.contains("\""), table);
    for (String shown :
        List.of("12,345", "14 July 2009", "March 2014", "2010", "19 years 8 months")) {
      assertTrue(table.contains(shown), shown + " in " + table);
    }
    WebElement typed = browser.findElement(By.cssSelector(".yasr table tbody .typed"));
    assertTrue(
        typed.getAttribute("title").contains("xsd:"), "the datatype stays in the cell's title");
    screenshot("editor-table-values");
  }
}
