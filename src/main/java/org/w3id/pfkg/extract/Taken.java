package org.w3id.pfkg.extract;

/**
 * The characters of a sentence that a finder has claimed already, so that one stretch of text names
 * one thing: a facility's name is not read again as a place, a charge's words not as a term.
 */
final class Taken {
  private Taken() {}

  /** Whether none of the characters from {@code start} to {@code end} is claimed yet. */
  static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
