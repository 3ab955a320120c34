package org.w3id.pfkg.link;

/**
 * A candidate link for a reviewer: never written to the links table by the program.
 *
 * @param entity our entity ({@code place/urumqi})
 * @param qid the candidate item
 * @param label its label
 * @param description its description
 * @param score 0..1: name, type and (for places) country agreement
 * @param reason what the score rests on, in words
 * @param decision {@code likely} (at or above the threshold: still to be confirmed by a reviewer),
 *     {@code review} (below it) or {@code rejected} (wrong type or country)
 */
public record Proposal(
    String entity,
    String qid,
    String label,
    String description,
    double score,
    String reason,
    String decision) {}
