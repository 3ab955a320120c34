package org.w3id.pfkg.config;

import org.w3id.pfkg.problem.ConfigException;

/**
 * How much smaller than the live release a new release may be before the build refuses to publish
 * it: a corpus folder half copied, a rule file broken or a gazetteer emptied shows as a release
 * that suddenly lost cases or triples, and serving it would withdraw published facts unnoticed.
 *
 * @param maxPercent the largest loss of cases, and of triples, allowed, in percent of the live
 *     release's count (0 to 100)
 * @param accepted publish even when the loss is larger (a deliberate removal)
 */
public record ShrinkLimit(int maxPercent, boolean accepted) {
  /**
   * 10 %: corrections and retractions take a few cases or triples out of a release; a tenth of the
   * corpus at once is a mistake far more often than an editorial decision.
   */
  public static final int DEFAULT_MAX_PERCENT = 10;

  public static final ShrinkLimit DEFAULT = new ShrinkLimit(DEFAULT_MAX_PERCENT, false);

  public ShrinkLimit {
    if (maxPercent < 0 || maxPercent > 100) {
      throw new ConfigException("--max-shrink " + maxPercent + ": expected a percentage, 0 to 100");
    }
  }

  /** True when going from {@code before} to {@code after} loses more than the limit allows. */
  public boolean exceeded(long before, long after) {
    // In integers: loss / before > maxPercent / 100.
    return before > 0 && (before - after) * 100 > maxPercent * before;
  }
}
