package org.w3id.pfkg.bench;

import java.util.Arrays;

/** Min/median/max of repeated measurements, as the benchmark notes print them. */
final class Stats {
  private Stats() {}

  static String mmm(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(
        java.util.Locale.ROOT,
        "min %.1f / median %.1f / max %.1f",
        v[0],
        v[v.length / 2],
        v[v.length - 1]);
  }

  /** The p-th percentile (0..100) of sorted nanosecond latencies, in milliseconds. */
  static double percentileMs(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100 * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, i)] / 1e6;
  }
}
