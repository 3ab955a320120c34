package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The site in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): landing page, the link to the journalist page, its timeline and map, and an example
 * query run in the editor, all under the server's Content-Security-Policy (no inline script), so a
 * policy that blocked the pages' own scripts fails here. Screenshots go to target/screenshots/.
 */
class BrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: " + CHROMEDRIVER + " is missing (apt-get install chromium-driver)");
    server = SeedRelease.start();
    ChromeOptions options = new ChromeOptions();
    if (Files.isExecutable(CHROMIUM)) {
      options.setBinary(CHROMIUM.toFile());
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + Files.createTempDirectory("pfkg-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
