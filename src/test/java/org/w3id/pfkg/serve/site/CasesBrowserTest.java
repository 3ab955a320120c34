package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The cases table and the census page in real headless Chromium with JavaScript switched off: a
 * visitor ticks a facet and applies it, searches, follows the CSV link of the selection and a row
 * to the journalist's page, and reads the census of a day. Screenshots at 1280 and 390 pixels wide
 * go to target/screenshots/.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.WORLD_RELEASE, mode = READ)
@ResourceLock(SharedFixtures.BROWSER_WITHOUT_SCRIPTS)
@ExtendWith(BrowserSession.class)
class CasesBrowserTest {

  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start(BrowserSession.Session session) {
    server = session.server(WorldRelease::start);
    browser = session.browser(1280, 1400, false);
  }

  private static void screenshot(String name) {
    Chromium.screenshot(browser, name);
  }

  private static List<String> rowNames() {
    return texts("#cases a.journalist");
  }

  /**
   * The text of every element {@code css} selects in the page as the browser holds it, read from
   * one copy of its source (one WebDriver call per element costs a round trip each, and this
   * browser runs no script).
   */
  private static List<String> texts(String css) {
    return Jsoup.parse(browser.getPageSource()).select(css).eachText();
  }

  private static String path() {
    URI u = URI.create(browser.getCurrentUrl());
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  @Test
  void javaScriptIsReallyOffInThisBrowser() {
    browser.get("data:text/html,<title>off</title><script>document.title='on'</script>");
    assertEquals("off", browser.getTitle());
  }

  @Test
  void aVisitorFiltersSearchesAndDownloadsTheSelectionWithoutJavaScript() {
    browser.get(server.baseUrl() + "cases");
    List<String> all = rowNames();
    assertTrue(all.size() >= WorldRelease.CASES.size(), all::toString);
    screenshot("cases-1280");

    // tick a country and apply: the form is a GET, so the address holds the selection
    browser.findElement(By.cssSelector("#facet-country input[value='China']")).click();
    browser.findElement(By.cssSelector("#case-filters button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("country=China"));
    List<String> china = rowNames();
    assertTrue(china.contains("Gulmire Imin") && china.size() < all.size(), china::toString);
    assertTrue(
        browser.findElement(By.cssSelector("#facet-country input[value='China']")).isSelected());
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith(china.size() + " of "));

    // the CSV link carries the filter, and the CSV has the rows the page shows
    String csvHref = browser.findElement(By.id("csv")).getAttribute("href");
    assertTrue(csvHref.endsWith("/cases.csv?country=China"), csvHref);
    String csv =
        Web.get(server.baseUrl(), URI.create(csvHref).getRawPath() + "?country=China", null).body();
    for (String name : china) {
      assertTrue(csv.contains("," + name + ","), name + " in " + csv);
    }
    assertEquals(china.size() + 1, csv.strip().split("\\r?\\n").length, csv);

    // a search within the selection, then the row leads to the journalist's page
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("urumqi");
    q.submit();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("q=urumqi"));
    assertTrue(path().contains("country=China"), "the search keeps the ticked facet: " + path());
    assertTrue(rowNames().contains("Gulmire Imin"), rowNames()::toString);
    assertTrue(rowNames().size() <= china.size());
    browser.findElement(By.linkText("Gulmire Imin")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/page/id/journalist/gulmire-imin"));
    assertEquals("Gulmire Imin", browser.findElement(By.id("name")).getText());
  }

  @Test
  void aVisitorSortsByAColumnHeader() {
    browser.get(server.baseUrl() + "cases");
    browser.findElement(By.linkText("Arrested")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("sort=arrested"));
    List<String> dates = texts("#cases td.date").stream().filter(d -> !d.isEmpty()).toList();
    assertTrue(dates.size() >= 3, dates::toString);
    assertEquals(dates.stream().sorted().toList(), dates);
  }

  @Test
  void theCensusPageListsWhoWasHeldAndChangesDayByItsForm() {
    browser.get(server.baseUrl() + "census?date=2015-12-01");
    assertTrue(
        browser.findElement(By.id("held")).getText().contains("Gulmire Imin"), "held in 2015");
    assertTrue(browser.findElement(By.id("countries")).getText().contains("China"));
    assertTrue(browser.findElement(By.cssSelector("details.method")).getText().contains("last"));
    screenshot("census-1280");
    browser.findElement(By.id("next-year")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("date=2016-12-01"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("2016-12-01"));
  }

  @Test
  void atPhoneWidthTheTableComesFirstAndNothingOverflowsThePage() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    try {
      for (String page : List.of("cases", "census?date=2015-12-01")) {
        browser.get(server.baseUrl() + page);
        screenshot((page.startsWith("cases") ? "cases" : "census") + "-390");
        // the page itself never scrolls sideways; wide tables scroll inside their own box
        long overflow =
            ((Number)
                    browser.executeScript(
                        "return document.documentElement.scrollWidth"
                            + " - document.documentElement.clientWidth"))
                .longValue();
        assertEquals(0, overflow, page + " is wider than the screen");
      }
      browser.get(server.baseUrl() + "cases");
      int table = browser.findElement(By.id("cases")).getLocation().getY();
      int facets = browser.findElement(By.id("case-filters")).getLocation().getY();
      assertTrue(table < facets, "table above the facets on a phone");
      assertFalse(browser.findElement(By.cssSelector("a.to-filters")).getText().isEmpty());
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
    }
  }
}
