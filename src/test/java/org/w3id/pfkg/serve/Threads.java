package org.w3id.pfkg.serve;

import java.time.Duration;
import java.util.Arrays;

/** What the threads of this JVM are doing, for tests that assert a query really stopped. */
final class Threads {
  private Threads() {}

  /**
   * True once no thread's stack has a frame of a class whose name starts with {@code classPrefix},
   * polling until {@code patience} has passed; false if one still has when it has.
   */
  static boolean noneRunning(String classPrefix, Duration patience) throws InterruptedException {
    long giveUp = System.nanoTime() + patience.toNanos();
    while (true) {
      boolean running =
          Thread.getAllStackTraces().entrySet().stream()
              .filter(e -> e.getKey() != Thread.currentThread())
              .anyMatch(
                  e ->
                      Arrays.stream(e.getValue())
                          .anyMatch(f -> f.getClassName().startsWith(classPrefix)));
      if (!running) {
        return true;
      }
      if (System.nanoTime() > giveUp) {
        return false;
      }
      Thread.sleep(50);
    }
  }
}
