package org.w3id.pfkg.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim the text reports with its source, kept as a claim: "authorities accused her of X" and
 * "her husband said he only called to check she was safe" are both published, neither is made a
 * fact.
 *
 * @param key unique within the case ({@code accusation-1})
 * @param summary what is claimed, in the words of the text
 * @param charges charge concepts the claim is about
 * @param disputes key of the claim this one answers
 */
public record ClaimFact(
    String key,
    ClaimKind kind,
    String summary,
    List<String> charges,
    Optional<String> disputes,
    Attribution attribution,
    Evidence evidence) {
  public ClaimFact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    charges = List.copyOf(charges);
    Objects.requireNonNull(disputes, "disputes");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
