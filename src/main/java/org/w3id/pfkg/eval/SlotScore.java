package org.w3id.pfkg.eval;

import java.util.OptionalDouble;

/**
 * Counts for one slot summed over cases, and the precision, recall and F1 they give.
 *
 * @param matched predicted items matched one-to-one with gold items
 * @param predicted predicted items
 * @param gold gold items
 */
public record SlotScore(String slot, int matched, int predicted, int gold) {
  public SlotScore plus(int m, int p, int g) {
    return new SlotScore(slot, matched + m, predicted + p, gold + g);
  }

  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
  }

  /** Empty when neither gold nor prediction has any item: the slot then says nothing. */
  public OptionalDouble f1() {
    if (predicted == 0 && gold == 0) {
      return OptionalDouble.empty();
    }
    double p = precision();
    double r = recall();
    return OptionalDouble.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
