package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The cases table and the census over HTTP on a release built from real cases: the HTML works as a
 * plain GET form (no script), the CSV and JSON carry the same selection, and the census counts are
 * the example query's.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.WORLD_RELEASE, mode = READ)
class CasesPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static PfkgServer server;
  private static URI base;

  @BeforeAll
  static void start() {
    server = WorldRelease.start();
    base = server.baseUrl();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String ok(String path) {
    HttpResponse<String> r = Web.get(base, path, null);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static JsonNode json(String path) throws IOException {
    HttpResponse<String> r = Web.get(base, path, null);
    assertEquals(200, r.statusCode(), path);
    assertTrue(Web.header(r, "Content-Type").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  private static List<CSVRecord> csv(String path) throws IOException {
    HttpResponse<String> r = Web.get(base, path, null);
    assertEquals(200, r.statusCode(), path);
    assertTrue(Web.header(r, "Content-Type").startsWith("text/csv"), path);
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.body()))) {
      assertEquals(CaseTableFormats.COLUMNS, p.getHeaderNames());
      return p.getRecords();
    }
  }

  private static List<String> names(JsonNode doc) {
    List<String> names = new ArrayList<>();
    doc.get("rows").forEach(r -> names.add(r.get("name").asText()));
    return names;
  }

  @Test
  void everyJournalistHasOneRowLinkingToTheirPage() throws IOException {
    JsonNode all = json("/cases.json");
    assertEquals(all.get("journalists").asInt(), all.get("matching").asInt());
    assertEquals(all.get("journalists").asInt(), all.get("rows").size());
    List<String> pages = new ArrayList<>();
    all.get("rows").forEach(r -> pages.add(URI.create(r.get("page").asText()).getPath()));
    for (String journalist : WorldRelease.CASES) {
      assertTrue(pages.contains("/page/id/journalist/" + journalist), journalist + ": " + pages);
    }
    // The table pages by 50; on one page of the largest size, every journalist has a row.
    assertTrue(all.get("rows").size() <= CaseSelection.MAX_PAGE_SIZE, all::toString);
    String html = ok("/cases?size=" + CaseSelection.MAX_PAGE_SIZE);
    for (JsonNode row : all.get("rows")) {
      String page = row.get("page").asText();
      String path = URI.create(page).getPath();
      assertTrue(html.contains("href=\"" + path + "\""), path);
    }
    String imin = URI.create(row(all, "Gulmire Imin").get("page").asText()).getPath();
    assertEquals("/page/id/journalist/gulmire-imin", imin);
    assertEquals(200, Web.get(base, imin, "text/html").statusCode());
  }

  @Test
  void theSeedCaseRowHasItsFacts() throws IOException {
    JsonNode imin = row(json("/cases.json"), "Gulmire Imin");
    assertEquals(
        "https://w3id.org/pfkg/id/journalist/gulmire-imin", imin.get("journalist").asText());
    assertEquals(List.of("China"), strings(imin.get("countries")));
    assertEquals("2009-07-14", imin.get("arrested").asText());
    assertTrue(strings(imin.get("charges")).contains("separatism"), imin::toString);
    assertTrue(strings(imin.get("cpjCategories")).contains("anti-state"), imin::toString);
    assertEquals("19 years 8 months", imin.get("latestSentence").asText());
    assertEquals("imprisoned", imin.get("status").asText());
    assertEquals(List.of("Xinjiang No. 2 Prison"), strings(imin.get("detentionPlaces")));
    assertEquals("female", imin.get("gender").asText());
  }

  @Test
  void aFacetFiltersTheTableTheCsvAndTheJsonAlike() throws IOException {
    JsonNode china = json("/cases.json?country=China");
    List<String> names = names(china);
    assertTrue(names.contains("Gulmire Imin") && names.size() >= 3, names::toString);
    china.get("rows").forEach(r -> assertTrue(strings(r.get("countries")).contains("China")));
    assertEquals(List.of("China"), strings(china.get("selection").get("country")));
    assertTrue(china.get("matching").asInt() < china.get("journalists").asInt());

    List<CSVRecord> rows = csv("/cases.csv?country=China");
    assertEquals(names, rows.stream().map(r -> r.get("name")).toList());
    CSVRecord imin =
        rows.stream().filter(r -> r.get("name").equals("Gulmire Imin")).findFirst().get();
    assertEquals("Xinjiang No. 2 Prison", imin.get("detentionPlaces"));
    assertTrue(imin.get("page").startsWith("http://"), imin::toString);

    String html = ok("/cases?country=China");
    assertEquals(names.size(), count(html, "<a class=\"journalist\""));
    // the facet's own count is that of the table with the value chosen
    Matcher m =
        Pattern.compile("value=\"China\" checked>\\s*China <span class=\"count\">(\\d+)</span>")
            .matcher(html);
    assertTrue(m.find(), "China is ticked and counted");
    assertEquals(names.size(), Integer.parseInt(m.group(1)));
    assertTrue(html.contains("href=\"/cases.csv?country=China\""), "CSV link keeps the filter");
  }

  @Test
  void valuesOfOneFacetWidenAndFacetsTogetherNarrow() throws IOException {
    int china = json("/cases.json?country=China").get("matching").asInt();
    int rwanda = json("/cases.json?country=Rwanda").get("matching").asInt();
    assertTrue(rwanda >= 1);
    assertEquals(
        china + rwanda, json("/cases.json?country=China&country=Rwanda").get("matching").asInt());
    JsonNode both = json("/cases.json?country=China&status=imprisoned");
    both.get("rows").forEach(r -> assertEquals("imprisoned", r.get("status").asText()));
    assertTrue(both.get("matching").asInt() <= china);
  }

  @Test
  void searchFindsNamesOutletsAndPlacesWithoutAccentsOrCase() throws IOException {
    assertEquals(List.of("Gulmire Imin"), names(json("/cases.json?q=gulmire")));
    assertTrue(names(json("/cases.json?q=URUMQI")).contains("Gulmire Imin"));
    assertTrue(names(json("/cases.json?q=umurabyo")).contains("Agnes Uwimana Nkusi"));
    assertTrue(names(json("/cases.json?q=xinjiang+prison")).contains("Gulmire Imin"));
    assertEquals(0, json("/cases.json?q=nowhere-at-all").get("matching").asInt());
    String html = ok("/cases?q=nowhere-at-all");
    assertTrue(html.contains("No journalist matches this selection"));
  }

  @Test
  void searchTextIsEscapedWhereverThePageRepeatsIt() {
    String q = "<script>alert(1)</script>\"'";
    String html = ok("/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertFalse(html.contains("<script>alert(1)"), "raw markup from the query string");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the search box");
  }

  @Test
  void thePageIsAPlainGetFormAndNeedsNoScript() {
    String html = ok("/cases");
    assertTrue(html.contains("<form class=\"facets\" method=\"get\" action=\"/cases\""), html);
    assertFalse(html.contains("<script"), "no script on the cases page");
    assertTrue(html.contains("name=\"country\" value=\"China\""), "country facet");
    assertTrue(html.contains("id=\"facet-status\""), "status facet");
    // our cases carry no Local or Foreign value: the facet is not offered, and the page says so
    assertTrue(html.contains("id=\"missing-facets\""), "the page names the facets left out");
    assertFalse(html.contains("id=\"facet-local\""));
  }

  @Test
  void sortingAndPagingFollowTheLinks() throws IOException {
    JsonNode byArrest = json("/cases.json?sort=arrested");
    List<String> dates = new ArrayList<>();
    byArrest.get("rows").forEach(r -> dates.add(r.get("arrested").asText()));
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertEquals(dated.stream().sorted().toList(), dated, "ascending dates");
    assertEquals(dated, dates.subList(0, dated.size()), "undated rows last");
    String page2 = ok("/cases?size=3&page=2");
    assertEquals(3, count(page2, "<a class=\"journalist\""));
    assertTrue(page2.contains("rel=\"prev\" href=\"/cases?size=3\""), "previous page link");
    assertTrue(page2.contains("page 2 of"), "page number");
    String sorted = ok("/cases?sort=sentence");
    assertTrue(sorted.contains("href=\"/cases?sort=sentence&amp;dir=desc\""), "toggle direction");
  }

  @Test
  void censusListsWhoWasHeldOnTheDayByTheQuery() {
    String y2015 = ok("/census?date=2015-12-01");
    assertTrue(section(y2015, "held").contains(">Gulmire Imin</a>"), "held in 2015");
    // arrested on 14 July 2009: not yet held on 1 December 2008
    assertFalse(ok("/census?date=2008-12-01").contains(">Gulmire Imin</a>"));
    // her last statement of custody is of 2023: on 1 December 2025 she is listed, not counted
    String y2025 = ok("/census?date=2025-12-01");
    assertFalse(section(y2025, "held").contains("Gulmire Imin"));
    assertTrue(section(y2025, "last-reported").contains(">Gulmire Imin</a>"), y2025);
    // the page's count is the example query's number of rows on record for that day
    assertEquals(onRecord("2015-12-01"), number(y2015, "held-count"));
    assertEquals(onRecord("2025-12-01"), number(y2025, "held-count"));
    // the country table adds up to the list
    assertEquals(
        count(section(y2015, "held"), "<a class=\"journalist\""), number(y2015, "held-count"));
    assertTrue(section(y2015, "countries").contains("<td>China</td>"));
  }

  @Test
  void censusDefaultsToTheFirstOfDecemberOfTheLastFullYearAndRefusesNonDays() {
    String page = ok("/census");
    String expected = CensusRoute.defaultDay(java.time.Clock.systemUTC()).toString();
    assertTrue(page.contains("<h1>In custody on " + expected + "</h1>"), page);
    HttpResponse<String> bad = Web.get(base, "/census?date=%3Cb%3E2025-13-01", null);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("&lt;b&gt;2025-13-01"), "the bad value, escaped");
  }

  private static long onRecord(String day) {
    CensusQuery query =
        new CensusQuery(
            WorldRelease.dataset(),
            new SitePaths("https://w3id.org/pfkg/"),
            ExampleQueries.fromClasspath());
    String text = query.textFor(java.time.LocalDate.parse(day));
    return org.apache.jena.system.Txn.calculateRead(
        WorldRelease.dataset(),
        () -> {
          try (QueryExecution exec =
              QueryExecution.create().dataset(WorldRelease.dataset()).query(text).build()) {
            return ResultSetFormatter.toList(exec.execSelect()).stream()
                .filter(s -> s.getLiteral("onRecord").getBoolean())
                .count();
          }
        });
  }

  private static JsonNode row(JsonNode doc, String name) {
    for (JsonNode r : doc.get("rows")) {
      if (r.get("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError(name + " not in " + doc);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** The table with that id, up to its end. */
  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    if (start < 0) {
      return "";
    }
    return html.substring(start, html.indexOf("</table>", start));
  }

  private static long number(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
    assertTrue(m.find(), id);
    return Long.parseLong(m.group(1));
  }

  @Test
  void aJournalistWithNoPlaceOnTheMapGetsANoteNotAnEmptyMap() {
    // Alaa Abd el-Fattah's texts name no place of his arrests that the gazetteer can place.
    String none = ok("/page/id/journalist/alaa-abd-el-fattah");
    assertTrue(none.contains("id=\"map-note\""), none);
    assertFalse(none.contains("id=\"map\""), "an empty map box");
    String some = ok("/page/id/journalist/dawit-isaak");
    assertTrue(some.contains("id=\"map\""), some);
    assertFalse(some.contains("id=\"map-note\""), some);
  }
}
