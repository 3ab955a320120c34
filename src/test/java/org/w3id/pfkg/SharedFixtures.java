package org.w3id.pfkg;

/**
 * Names of what the slow test classes share within their JVM, for JUnit's {@code @ResourceLock}:
 * those classes run two at a time, and two classes that use the same one of these run one after the
 * other. A class that needs the whole JVM to itself (it counts the threads that run a query, or
 * measures the heap) is {@code @Isolated} instead.
 */
public final class SharedFixtures {
  /**
   * The live store of {@link SeedBuild}'s release: a server over it expels the store when it stops,
   * which would pull it from under another class's server.
   */
  public static final String SEED_RELEASE = "pfkg.seed-release";

  /** The live store of the case sample release (serve.site.CaseSampleRelease), as above. */
  public static final String CASE_SAMPLE_RELEASE = "pfkg.case-sample-release";

  /** The live store of {@link WorldBuild}'s release, as above. */
  public static final String WORLD_RELEASE = "pfkg.world-release";

  /**
   * The headless Chromium that the browser classes share (serve.site.BrowserSession): one page, one
   * window size at a time.
   */
  public static final String BROWSER = "pfkg.browser";

  private SharedFixtures() {}
}
