package org.w3id.pfkg.publish;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's thread pools: named daemon threads of a known width (the common pool has one worker
 * on a two-core machine, and a build must not leave threads behind when it fails), and results that
 * rethrow what a worker threw as itself rather than wrapped.
 */
public final class Workers {
  private Workers() {}

  /** A fixed pool of {@code size} daemon threads named {@code name-N}; shut it down after use. */
  public static ExecutorService pool(String name, int size) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        size,
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** One thread per core. */
  public static ExecutorService perCore(String name) {
    return pool(name, Runtime.getRuntime().availableProcessors());
  }

  /** A worker's result, or what it threw, unwrapped. */
  public static <T> T result(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
