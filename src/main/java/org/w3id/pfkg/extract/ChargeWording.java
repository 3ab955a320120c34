package org.w3id.pfkg.extract;

import java.util.Optional;
import org.w3id.pfkg.facts.ChargeStatus;

/**
 * One charge as one sentence words it, before variants are merged.
 *
 * @param start offset in the sentence
 * @param concept the vocabulary concept the wording names, if any
 * @param rule the cue (or {@code label}, {@code charge-noun}) that found it
 * @param dated whether a date follows the wording ("the rioting in Urumqi in July 2009"): the
 *     charge names a happening that took place, which stays an event of its own
 */
record ChargeWording(
    int start,
    int end,
    String text,
    Optional<String> concept,
    ChargeStatus status,
    String rule,
    Rank rank,
    boolean dated) {

  /** How directly the text states the charge; the most direct wording names a merged charge. */
  enum Rank {
    CUE,
    WEAK_CUE,
    NOUN,
    LABEL
  }

  ChargeWording withStatus(ChargeStatus s) {
    return new ChargeWording(start, end, text, concept, s, rule, rank, dated);
  }
}
