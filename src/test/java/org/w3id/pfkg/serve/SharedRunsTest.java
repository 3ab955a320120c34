package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** While one request runs a query, another asking the same waits for it instead of running it. */
class SharedRunsTest {
  private static final Duration LONG = Duration.ofSeconds(30);

  @Test
  void theSameQueryAskedWhileItRunsIsRunOnceAndTheSecondWaitsForTheFirst() throws Exception {
    SharedRuns runs = new SharedRuns();
    AtomicInteger evaluations = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first =
          pool.submit(
              () ->
                  runs.runOrAwait(
                      "q",
                      LONG,
                      () -> {
                        evaluations.incrementAndGet();
                        started.countDown();
                        hold(finish);
                      }));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      AtomicReference<Thread> secondThread = new AtomicReference<>();
      Future<Boolean> second =
          pool.submit(
              () -> {
                secondThread.set(Thread.currentThread());
                return runs.runOrAwait("q", LONG, evaluations::incrementAndGet);
              });
      // Parked in its timed wait for the first run, not merely not started yet (a fixed sleep
      // could not tell the two apart on a busy machine).
      assertTrue(
          parkedWithin(secondThread, Duration.ofSeconds(10)),
          "the second request waits while the first runs");
      assertFalse(second.isDone(), "the second request waits while the first runs");
      finish.countDown();
      assertTrue(first.get(10, TimeUnit.SECONDS), "the first ran the query");
      assertFalse(second.get(10, TimeUnit.SECONDS), "the second did not run it");
      assertEquals(1, evaluations.get());
      // once the run has ended, the same key runs again (the answer is the cache's business)
      assertTrue(runs.runOrAwait("q", LONG, evaluations::incrementAndGet));
      assertEquals(2, evaluations.get());
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void anotherQueryRunsBesideAndAWaitEndsAtItsLimit() throws Exception {
    SharedRuns runs = new SharedRuns();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(
          () ->
              runs.runOrAwait(
                  "slow",
                  LONG,
                  () -> {
                    started.countDown();
                    hold(finish);
                  }));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      AtomicInteger other = new AtomicInteger();
      assertTrue(runs.runOrAwait("other", LONG, other::incrementAndGet));
      assertEquals(1, other.get());
      long begin = System.nanoTime();
      assertFalse(runs.runOrAwait("slow", Duration.ofMillis(300), other::incrementAndGet));
      assertTrue(System.nanoTime() - begin >= 250_000_000L, "waited about its limit");
      assertEquals(1, other.get(), "nothing ran for the waiting request");
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  /** True once {@code thread} is set and in a timed wait, polling until {@code patience}. */
  private static boolean parkedWithin(AtomicReference<Thread> thread, Duration patience)
      throws InterruptedException {
    long giveUp = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < giveUp) {
      Thread t = thread.get();
      if (t != null && t.getState() == Thread.State.TIMED_WAITING) {
        return true;
      }
      // A thread's state changes with no event to wait on: look again soon.
      Thread.sleep(5);
    }
    return false;
  }

  /** Blocks a run until the test lets it end. */
  private static void hold(CountDownLatch finish) {
    try {
      finish.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
