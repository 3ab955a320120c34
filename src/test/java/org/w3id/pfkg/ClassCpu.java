package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The CPU time each test class costs, written to {@code target/class-cpu.txt} when the run ends
 * (only with {@code -Dpfkg.classCpu=true}): wall times overlap when two classes run at once and say
 * little on a shared machine, and the suite is CPU-bound. Every 200 ms the CPU the test JVM and its
 * child processes (builds, Chromium) used since the last tick is shared equally among the classes
 * running then; an estimate, exact when a class runs alone.
 */
public final class ClassCpu implements TestExecutionListener {
  private static final Duration TICK = Duration.ofMillis(200);
  private static final String BETWEEN = "(between classes)";

  private final boolean on = Boolean.getBoolean("pfkg.classCpu");
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Map<String, double[]> cpu = new ConcurrentHashMap<>();
  private final Map<Long, Long> childNanos = new HashMap<>();
  private ScheduledExecutorService ticker;
  private long lastOwn;
  private long lastChildren;

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    if (!on) {
      return;
    }
    lastOwn = ownNanos();
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "class-cpu");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (on && id.getSource().orElse(null) instanceof ClassSource c) {
      running.add(c.getClassName());
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (on && id.getSource().orElse(null) instanceof ClassSource c) {
      tick();
      running.remove(c.getClassName());
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (!on) {
      return;
    }
    ticker.shutdownNow();
    tick();
    if (cpu.keySet().equals(Set.of(BETWEEN))) {
      return; // a run of no class (the fuzz replays' execution when -Dtest names other classes)
    }
    List<Map.Entry<String, double[]>> rows = new ArrayList<>(cpu.entrySet());
    rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
    StringBuilder out = new StringBuilder("# class, CPU s (test JVM + children), of it children\n");
    double total = 0;
    for (Map.Entry<String, double[]> r : rows) {
      total += r.getValue()[0];
      out.append(
          String.format(
              Locale.ROOT,
              "%-60s %7.1f %7.1f%n",
              r.getKey().replace("org.w3id.pfkg.", ""),
              r.getValue()[0],
              r.getValue()[1]));
    }
    out.append(String.format(Locale.ROOT, "%-60s %7.1f%n", "total", total));
    try {
      Files.writeString(Path.of("target", "class-cpu.txt"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void tick() {
    long own = ownNanos();
    long children = childrenNanos();
    double ownSeconds = (own - lastOwn) / 1e9;
    double childSeconds = Math.max(0, children - lastChildren) / 1e9;
    lastOwn = own;
    lastChildren = children;
    List<String> now = List.copyOf(running);
    String[] to = now.isEmpty() ? new String[] {BETWEEN} : now.toArray(String[]::new);
    for (String c : to) {
      double[] sums = cpu.computeIfAbsent(c, k -> new double[2]);
      sums[0] += (ownSeconds + childSeconds) / to.length;
      sums[1] += childSeconds / to.length;
    }
  }

  private static long ownNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The CPU of every child process seen so far (a process that ended keeps its last reading: the
   * time between its last tick and its end is lost, at most one tick).
   */
  private long childrenNanos() {
    ProcessHandle.current()
        .descendants()
        .forEach(
            p ->
                p.info()
                    .totalCpuDuration()
                    .ifPresent(d -> childNanos.merge(p.pid(), d.toNanos(), Math::max)));
    return childNanos.values().stream().mapToLong(Long::longValue).sum();
  }
}
