package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.time.Duration;
import java.util.List;
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
 * The site in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): landing page, the link to the journalist page, its timeline and map, and an example
 * query run in the editor, all under the server's Content-Security-Policy (no inline script), so a
 * policy that blocked the pages' own scripts fails here. Screenshots go to target/screenshots/.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
@ResourceLock(SharedFixtures.BROWSER)
@ExtendWith(BrowserSession.class)
class BrowserTest {

  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start(BrowserSession.Session session) {
    server = session.server(SeedRelease::start);
    browser = session.browser(1280, 1600, true);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) {
    Chromium.screenshot(browser, name);
  }

  @Test
  void landingPageLeadsToTheJournalistPageWithItsTimeline() {
    browser.get(server.baseUrl().toString());
    assertTrue(browser.getTitle().contains("Press Freedom Knowledge Graph"));
    screenshot("landing");
    browser.findElement(By.cssSelector("a.journalist")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    assertEquals("Gulmire Imin", browser.findElement(By.id("name")).getText());
    List<WebElement> items = browser.findElements(By.cssSelector("#timeline .tl-item"));
    assertTrue(items.size() >= 3, "timeline items: " + items.size());
    assertTrue(items.stream().allMatch(WebElement::isDisplayed), "timeline items are visible");
    assertTrue(browser.findElement(By.id("events")).getText().contains("14 July 2009"));
    assertTrue(browser.findElement(By.id("map")).isDisplayed(), "map container");
    // Leaflet ran under the Content-Security-Policy the server sends: it marks its container.
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.leaflet-container")));
    screenshot("journalist");
  }

  @Test
  void editorRunsAnExampleQueryAndShowsItsRowsAsATable() {
    browser.get(server.baseUrl() + "editor");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe")));
    browser.findElement(By.cssSelector("button.example[data-name='case-timeline']")).click();
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".yasr table tbody tr"), 2));
    String results = browser.findElement(By.cssSelector(".yasr")).getText();
    assertTrue(results.contains("arrest"), results);
    screenshot("editor");
  }

  /**
   * The boxes of every piece of text on the timeline, measured by the browser: label, year, count
   * and gap, as {@code [left, top, right, bottom]}.
   */
  @SuppressWarnings("unchecked")
  private static List<List<Number>> timelineBoxes() {
    return (List<List<Number>>)
        browser.executeScript(
            "return Array.from(document.querySelectorAll("
                + "'#timeline .tl-label, #timeline .tl-when, #timeline .tl-count, #timeline .tl-gap'))"
                + ".map(e => { const r = e.getBoundingClientRect();"
                + " return [r.left, r.top, r.right, r.bottom]; });");
  }

  private static double at(List<Number> box, int i) {
    return box.get(i).doubleValue();
  }

  @Test
  void timelineLabelsNeverOverlapAndNothingIsCutOffAt390PixelsWide() {
    Dimension before = browser.manage().window().getSize();
    try {
      for (int width : List.of(390, 1280)) {
        browser.manage().window().setSize(new Dimension(width, 1200));
        browser.get(server.baseUrl() + "page/id/journalist/gulmire-imin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        long viewport =
            ((Number) browser.executeScript("return document.documentElement.clientWidth;"))
                .longValue();
        assertTrue(viewport <= width && viewport > width - 40, "viewport " + viewport);
        List<List<Number>> boxes = timelineBoxes();
        assertTrue(boxes.size() >= 6, "timeline texts: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
          List<Number> a = boxes.get(i);
          assertTrue(at(a, 2) > at(a, 0) && at(a, 3) > at(a, 1), "box " + i + " is shown: " + a);
          assertTrue(
              at(a, 0) >= 0 && at(a, 2) <= viewport, width + " px: box " + i + " inside: " + a);
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
        long scrollWidth =
            ((Number) browser.executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
        assertTrue(
            scrollWidth <= viewport, width + " px: page wider than the screen: " + scrollWidth);
        screenshot("journalist-" + width);
      }
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  @Test
  void mapGroupsTheSeedsPlacesIntoOneMarkerThatListsThePrisonAtItsCity() {
    browser.get(server.baseUrl() + "page/id/journalist/gulmire-imin");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map .leaflet-marker-icon")));
    List<WebElement> markers = browser.findElements(By.cssSelector("#map .leaflet-marker-icon"));
    // Arrest, protest and prison all lie in Urumqi (the prison at its city's coordinates): one
    // spot.
    assertEquals(1, markers.size(), "markers");
    assertEquals("2", markers.get(0).getAttribute("data-count"), "two places at one spot");
    markers.get(0).click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-popup ul")));
    String popup = browser.findElement(By.cssSelector("#map .leaflet-popup")).getText();
    assertTrue(popup.contains("Xinjiang No. 2 Prison (held in)"), popup);
    assertTrue(popup.contains("shown at Urumqi"), popup);
    assertTrue(popup.contains("Urumqi (arrest, protest or riot)"), popup);
    assertTrue(
        browser.findElement(By.id("sentences")).getText().contains("19 years 8 months"),
        "humanised term");
  }

  @Test
  void placePageHasAMapAndNoReificationRows() {
    browser.get(server.baseUrl() + "page/id/place/xinjiang-no-2-prison");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map .leaflet-marker-icon")));
    assertEquals(1, browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).size());
    String incoming = browser.findElement(By.id("incoming")).getText();
    assertTrue(incoming.contains("held in of"), incoming);
    assertTrue(incoming.contains("Gulmire Imin"), incoming);
    assertFalse(incoming.contains("value stated"), incoming);
    assertFalse(incoming.toLowerCase(java.util.Locale.ROOT).contains("statement"), incoming);
    assertFalse(incoming.contains("#"), "no raw statement IRIs: " + incoming);
    screenshot("place");
    // The statements stay in the RDF.
    String turtle =
        Web.get(server.baseUrl(), "/data/id/place/xinjiang-no-2-prison.ttl", null).body();
    assertTrue(turtle.contains("rdf:object") || turtle.contains("#object"), turtle);
  }
}
