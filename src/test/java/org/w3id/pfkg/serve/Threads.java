package org.w3id.pfkg.serve;

import java.time.Duration;
import java.util.Arrays;

/** What the threads of this JVM are doing, for tests that assert a query really ran or stopped. */
final class Threads {
  private Threads() {}

  /**
   * True once no thread's stack has a frame of a class whose name starts with {@code classPrefix},
   * polling until {@code patience} has passed; false if one still has when it has.
   */
  static boolean noneRunning(String classPrefix, Duration patience) throws InterruptedException {
    return await(classPrefix, false, patience);
  }

  /**
   * True once some thread's stack has a frame of a class whose name starts with {@code classPrefix}
   * (a query being evaluated, say), polling until {@code patience} has passed.
   */
  static boolean someRunning(String classPrefix, Duration patience) throws InterruptedException {
    return await(classPrefix, true, patience);
  }

  private static boolean await(String classPrefix, boolean wanted, Duration patience)
      throws InterruptedException {
    long giveUp = System.nanoTime() + patience.toNanos();
    while (true) {
      if (running(classPrefix) == wanted) {
        return true;
      }
      if (System.nanoTime() > giveUp) {
        return false;
      }
      // No event tells when a server thread enters or leaves a frame: look again soon.
      Thread.sleep(20);
    }
  }

  private static boolean running(String classPrefix) {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey() != Thread.currentThread())
        .anyMatch(
            e ->
                Arrays.stream(e.getValue())
                    .anyMatch(f -> f.getClassName().startsWith(classPrefix)));
  }
}
