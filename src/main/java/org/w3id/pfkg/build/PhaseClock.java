package org.w3id.pfkg.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time of each build phase, so that a slow build says where its time went (the benchmarks and
 * {@code pfkg build --timings} print it).
 */
final class PhaseClock {
  // Synchronized: a phase may run on a worker inside another (the rules loaded at first use).
  private final List<BuildReport.Phase> phases =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final BuildProgress progress;

  PhaseClock() {
    this(BuildProgress.NONE);
  }

  /** A clock that also tells {@code progress} when each phase begins. */
  PhaseClock(BuildProgress progress) {
    this.progress = progress;
  }

  <T> T time(String phase, Supplier<T> work) {
    progress.phase(phase);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      phases.add(new BuildReport.Phase(phase, Duration.ofNanos(System.nanoTime() - start)));
    }
  }

  void time(String phase, Runnable work) {
    time(
        phase,
        () -> {
          work.run();
          return null;
        });
  }

  List<BuildReport.Phase> phases() {
    synchronized (phases) {
      return List.copyOf(phases);
    }
  }
}
