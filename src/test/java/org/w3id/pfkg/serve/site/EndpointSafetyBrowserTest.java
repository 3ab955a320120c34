package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The pages that show the script-carrying probe case ({@link XssProbe}) in headless Chromium:
 * loading them never opens an alert, scripts of the pages included. The same pages over HTTP are
 * checked in EndpointSafetyTest, which runs alone (it measures the heap): this class runs beside
 * the others, in the browser the browser classes share.
 */
@Tag("slow")
@ResourceLock(SharedFixtures.BROWSER)
@ExtendWith(BrowserSession.class)
class EndpointSafetyBrowserTest {
  private static PfkgServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start(BrowserSession.Session session) {
    server = session.server(EndpointSafetyBrowserTest::serve);
    browser = session.browser(1280, 900, true);
  }

  /** A server over a store of its own opening (see {@link XssProbe}). */
  private static PfkgServer serve() {
    Path out = XssProbe.out();
    try {
      Dataset dataset = TDB2Factory.connectDataset(out.resolve("store").toRealPath().toString());
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset, Optional.of(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noAlertFiresInABrowserOnAnyPageShowingTheProbe() {
    List<String> pages = XssProbe.pages(server.baseUrl());
    assertTrue(pages.contains("page/id/journalist/xss-probe"), pages.toString());
    for (String path : pages) {
      browser.get(server.baseUrl() + path);
      try {
        // The pages' own scripts fill some of them after loading: give them time to run.
        new WebDriverWait(browser, Duration.ofMillis(300))
            .until(ExpectedConditions.alertIsPresent());
        throw new AssertionError(path + ": an alert fired");
      } catch (TimeoutException expected) {
        // No alert within the wait: the script in the case text did not run.
      }
      assertTrue(
          browser.findElements(By.cssSelector("img[src=x]")).isEmpty(),
          path + ": injected image in the DOM");
    }
  }
}
