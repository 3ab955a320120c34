package org.w3id.pfkg.serve;

import java.time.Duration;
import java.util.Arrays;

/**
 * What the threads of one server are doing, for tests that assert a query really ran or stopped.
 * Only the server's own threads are looked at ({@link PfkgServer#threadNamePrefix}), so the classes
 * running beside a test (extracting with regular expressions, evaluating queries of their own
 * servers) cannot make it pass or fail.
 */
final class Threads {
  private Threads() {}

  /**
   * True once no thread of {@code server} has a frame of a class whose name starts with {@code
   * classPrefix} on its stack, polling until {@code patience} has passed; false if one still has
   * when it has.
   */
  static boolean noneRunning(PfkgServer server, String classPrefix, Duration patience)
      throws InterruptedException {
    return await(server.threadNamePrefix(), classPrefix, false, patience);
  }

  /**
   * True once some thread of {@code server} has a frame of a class whose name starts with {@code
   * classPrefix} (a query being evaluated, say), polling until {@code patience} has passed.
   */
  static boolean someRunning(PfkgServer server, String classPrefix, Duration patience)
      throws InterruptedException {
    return await(server.threadNamePrefix(), classPrefix, true, patience);
  }

  private static boolean await(
      String threadPrefix, String classPrefix, boolean wanted, Duration patience)
      throws InterruptedException {
    long giveUp = System.nanoTime() + patience.toNanos();
    while (true) {
      if (running(threadPrefix, classPrefix) == wanted) {
        return true;
      }
      if (System.nanoTime() > giveUp) {
        return false;
      }
      // No event tells when a server thread enters or leaves a frame: look again soon.
      Thread.sleep(20);
    }
  }

  private static boolean running(String threadPrefix, String classPrefix) {
    var serverThreads =
        Thread.getAllStackTraces().entrySet().stream()
            .filter(e -> e.getKey() != Thread.currentThread())
            .filter(e -> e.getKey().getName().startsWith(threadPrefix))
            .toList();
    // A prefix no thread has would make "none running" true of any server, stopped or not.
    if (serverThreads.isEmpty()) {
      throw new IllegalStateException("no thread's name starts with " + threadPrefix);
    }
    return serverThreads.stream()
        .anyMatch(
            e ->
                Arrays.stream(e.getValue())
                    .anyMatch(f -> f.getClassName().startsWith(classPrefix)));
  }
}
