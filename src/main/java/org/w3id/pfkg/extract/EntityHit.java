package org.w3id.pfkg.extract;

import java.util.Optional;

/**
 * A named thing found in one sentence; offsets are within the sentence.
 *
 * @param adjectival true when the name only modifies another word ("U.S. Congress-funded"): it is
 *     masked from other matches but names no participant
 */
record EntityHit(
    EntityKind kind,
    String key,
    String surface,
    int start,
    int end,
    Optional<String> description,
    Optional<String> within,
    boolean adjectival) {}
