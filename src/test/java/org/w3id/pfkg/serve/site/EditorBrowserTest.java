package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.net.URI;
import java.time.Duration;
import java.util.List;
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
 * The editor and the ontology page in real headless Chromium at 1280×900: the query in view without
 * scrolling, {@code ?example=NAME} run on load, no request to any other host (prefix.cc was one),
 * labels in the results table, and the ontology's anchors scrolled to. Screenshots go to
 * target/screenshots/.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
@ResourceLock(SharedFixtures.BROWSER)
@ExtendWith(BrowserSession.class)
class EditorBrowserTest {

  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start(BrowserSession.Session session) {
    server = session.server(SeedRelease::start);
    browser = session.browser(1280, 900, true);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private static void screenshot(String name) {
    Chromium.screenshot(browser, name);
  }

  @Test
  void anExampleRunsOnLoadWithTheQueryInViewLabelsForIrisAndNoOtherHostCalled() {
    browser.get(server.baseUrl() + "editor?example=journalists-by-charge");
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".yasr table tbody tr"), 0));
    WebElement editor = browser.findElement(By.cssSelector(".yasqe .CodeMirror"));
    long viewport = (Long) browser.executeScript("return window.innerHeight;");
    long editorTop = editor.getRect().getY();
    assertTrue(editorTop + 150 < viewport, "query at " + editorTop + " of " + viewport + " px");
    assertTrue(editor.getText().contains("pf:chargedWith"), "the example's text is in the editor");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".yasr a.iri[data-labelled]")));
    List<String> labelled =
        browser.findElements(By.cssSelector(".yasr a.iri[data-labelled]")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(labelled.contains("Gulmire Imin"), "labels: " + labelled);
    assertFalse(labelled.stream().anyMatch(t -> t.startsWith("http")), labelled.toString());
    screenshot("editor-example");
    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>)
            browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([location.href]);");
    String host = server.baseUrl().getHost() + ":" + server.baseUrl().getPort();
    List<String> elsewhere =
        fetched.stream()
            .filter(u -> u.startsWith("http"))
            .filter(u -> !(URI.create(u).getHost() + ":" + URI.create(u).getPort()).equals(host))
            .toList();
    assertEquals(List.of(), elsewhere, "requests to other hosts");
  }

  @Test
  void theOntologyPageScrollsToATermsAnchor() {
    browser.get(server.baseUrl() + "page/ontology");
    screenshot("ontology");
    browser.get(server.baseUrl() + "page/ontology#latestSentence");
    WebElement term = browser.findElement(By.id("latestSentence"));
    long scrolled = (Long) browser.executeScript("return Math.round(window.scrollY);");
    assertTrue(scrolled > 500, "scrolled to the anchor: " + scrolled);
    assertTrue(term.getText().contains("pf:latestSentence"), term.getText());
    screenshot("ontology-term");
  }
}
