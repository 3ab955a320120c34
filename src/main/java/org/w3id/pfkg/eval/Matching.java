package org.w3id.pfkg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The largest one-to-one matching between predicted and gold items (Kuhn's augmenting paths), so
 * that one predicted item is never counted against two gold items and the order of items does not
 * change the score.
 */
final class Matching {
  private Matching() {}

  static <P, G> int size(List<P> predicted, List<G> gold, BiPredicate<P, G> matches) {
    return (int) Arrays.stream(goldTakenBy(predicted, gold, matches)).filter(p -> p >= 0).count();
  }

  /** For each gold item, the index of the predicted item matched to it, or -1. */
  static <P, G> int[] goldTakenBy(List<P> predicted, List<G> gold, BiPredicate<P, G> matches) {
    int[] goldTakenBy = new int[gold.size()];
    Arrays.fill(goldTakenBy, -1);
    for (int p = 0; p < predicted.size(); p++) {
      augment(p, predicted, gold, matches, goldTakenBy, new boolean[gold.size()]);
    }
    return goldTakenBy;
  }

  private static <P, G> boolean augment(
      int p,
      List<P> predicted,
      List<G> gold,
      BiPredicate<P, G> matches,
      int[] goldTakenBy,
      boolean[] seen) {
    for (int g = 0; g < gold.size(); g++) {
      if (!seen[g] && matches.test(predicted.get(p), gold.get(g))) {
        seen[g] = true;
        if (goldTakenBy[g] < 0
            || augment(goldTakenBy[g], predicted, gold, matches, goldTakenBy, seen)) {
          goldTakenBy[g] = p;
          return true;
        }
      }
    }
    return false;
  }
}
