package org.w3id.pfkg;

/**
 * Names of what the slow test classes share within their JVM, for JUnit's {@code @ResourceLock}:
 * those classes run two at a time. The releases are read by many classes at once ({@code mode =
 * READ}); a class that changed one, or expelled its store, would take it alone ({@code READ_WRITE})
 * and wait for its readers. Each Chromium serves one class at a time. A class that needs the whole
 * JVM to itself (it measures the heap) is {@code @Isolated} instead.
 */
public final class SharedFixtures {
  /**
   * The live store of {@link SeedBuild}'s release. The servers the classes start over it share one
   * TDB2 connection, and stopping one leaves the store open for the others (only a server following
   * a build's {@code current} link, {@code PfkgServer.serve}, closes the stores it opened).
   */
  public static final String SEED_RELEASE = "pfkg.seed-release";

  /** The live store of {@link WorldBuild}'s release, as above. */
  public static final String WORLD_RELEASE = "pfkg.world-release";

  /**
   * The headless Chromium with scripts that the browser classes share (serve.site.BrowserSession):
   * one page, one window size at a time.
   */
  public static final String BROWSER = "pfkg.browser";

  /** The headless Chromium without scripts (serve.site.BrowserSession), as above. */
  public static final String BROWSER_WITHOUT_SCRIPTS = "pfkg.browser-without-scripts";

  private SharedFixtures() {}
}
