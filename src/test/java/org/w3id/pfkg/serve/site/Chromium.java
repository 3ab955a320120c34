package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.pfkg.TempFolders;

/**
 * Debian's headless Chromium under chromedriver for the browser tests (.ci/run installs both), and
 * their screenshots under target/screenshots/: one way to start it, so that every browser test runs
 * the same browser with the same flags.
 */
final class Chromium {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** Skips the calling test class when chromedriver is missing. */
  static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: " + CHROMEDRIVER + " is missing (apt-get install chromium-driver)");
  }

  /**
   * @param windowSize e.g. "1280,900"
   * @param javascript false to switch scripts off (the pages must work as plain HTML)
   */
  static ChromeDriver start(String windowSize, boolean javascript) throws IOException {
    ChromeOptions options = new ChromeOptions();
    if (Files.isExecutable(CHROMIUM)) {
      options.setBinary(CHROMIUM.toFile());
    }
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + windowSize,
                "--user-data-dir=" + TempFolders.create("pfkg-chromium")));
    options.addArguments(arguments);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    Files.createDirectories(SCREENSHOTS);
    return new ChromeDriver(service, options);
  }

  static void screenshot(ChromeDriver browser, String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
