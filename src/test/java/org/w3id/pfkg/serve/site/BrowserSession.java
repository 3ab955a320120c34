package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The set-up of the browser test classes, in one place: a class is skipped when chromedriver is
 * missing, and its {@code @BeforeAll} method takes a {@link Session} that gives it
 *
 * <ul>
 *   <li>a headless Chromium (one with scripts, one without), started on first use and shared by
 *       every browser class of the test JVM, stopped when the run ends: a start takes seconds, and
 *       each class used to start its own. Each class gets it at its own window size on a blank
 *       page;
 *   <li>a server over a release, started for the class and stopped after it. Servers are not
 *       shared: each class has its own port, hence its own origin, and the editor keeps its tabs in
 *       the origin's localStorage, which one class must not leave to the next.
 * </ul>
 */
final class BrowserSession implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserSession.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Chromium.assumeInstalled();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Session.class;
  }

  @Override
  public Session resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new Session(context);
  }

  /** What a browser class's {@code @BeforeAll} asks for. */
  static final class Session {
    private final ExtensionContext context;

    private Session(ExtensionContext context) {
      this.context = context;
    }

    /**
     * The shared browser with scripts on or off, on a blank page at {@code width}×{@code height}.
     */
    ChromeDriver browser(int width, int height, boolean javascript) {
      ChromeDriver browser =
          context
              .getRoot()
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(
                  javascript ? "chromium" : "chromium-without-scripts",
                  key -> new Browser(start(width, height, javascript)),
                  Browser.class)
              .driver();
      browser.get("about:blank");
      browser.manage().window().setSize(new Dimension(width, height));
      return browser;
    }

    /** A server started now, and stopped after the class's tests. */
    PfkgServer server(Supplier<PfkgServer> start) {
      PfkgServer server = start.get();
      context.getStore(NAMESPACE).put("server", server);
      return server;
    }

    private static ChromeDriver start(int width, int height, boolean javascript) {
      try {
        return Chromium.start(width + "," + height, javascript);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A browser in the store, which quits when the store closes. */
  private record Browser(ChromeDriver driver) implements AutoCloseable {
    @Override
    public void close() {
      driver.quit();
    }
  }
}
