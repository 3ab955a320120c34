package org.w3id.pfkg.curate;

import java.util.Objects;

/**
 * One line of {@code pfkg extract --explain}: a fact, the rule that made it and the words it was
 * read from.
 *
 * @param section the kind of fact ({@code events}, {@code charges}, ...)
 * @param key the fact's key, the one a curation selector names
 * @param fact what the fact says
 * @param rule the rule or vocabulary entry that produced it ({@code event-trigger:arrested})
 * @param quote the sentence or header line; null when the fact has no evidence of its own
 * @param start code-point offset of the quote in the narrative; null for header lines
 * @param end code-point offset just past the quote
 * @param attribution who the text credits with it; null when the document itself says it
 * @param curation the editor's note, when the fact was added or corrected
 */
public record ExplainedFact(
    String section,
    String key,
    String fact,
    String rule,
    String quote,
    Integer start,
    Integer end,
    String attribution,
    String curation) {
  public ExplainedFact {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(rule, "rule");
  }
}
