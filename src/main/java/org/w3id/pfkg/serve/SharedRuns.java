package org.w3id.pfkg.serve;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run per question at a time: while a request answers a query, the requests that ask the same
 * (same key) wait for it instead of evaluating it again beside it, then read its answer from the
 * cache. Sixteen clients asking the same slow query at once cost one evaluation, not sixteen that
 * share the cores and all reach the time limit.
 */
final class SharedRuns {
  /** The work of the request that runs the query. */
  @FunctionalInterface
  interface Work {
    void run() throws IOException, ServletException;
  }

  private final ConcurrentHashMap<String, CountDownLatch> running = new ConcurrentHashMap<>();

  /**
   * Runs {@code work} and returns true when no other request runs {@code key}; otherwise waits
   * until that run ends, or {@code wait} has passed, and returns false without running anything
   * (the caller then looks for the other run's answer, and runs the query itself if there is none).
   */
  boolean runOrAwait(String key, Duration wait, Work work)
      throws IOException, ServletException, InterruptedException {
    CountDownLatch mine = new CountDownLatch(1);
    CountDownLatch other = running.putIfAbsent(key, mine);
    if (other != null) {
      other.await(wait.toMillis(), TimeUnit.MILLISECONDS);
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      running.remove(key, mine);
      mine.countDown();
    }
  }
}
