package org.w3id.pfkg.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * The words a fact was read from and why it was read: the quoted sentence (or header line), its
 * position in the narrative when it comes from the narrative, and the rule or vocabulary entry that
 * fired, so that {@code pfkg extract --explain} and the RDF provenance can say how a fact was made.
 *
 * @param documentId the {@code CaseDocument} the words are in
 * @param quote the exact sentence or header line
 * @param span the sentence's position in the narrative; empty for header fields
 * @param rule the rule or vocabulary entry that produced the fact, e.g. {@code
 *     event-trigger:arrested}
 */
public record Evidence(String documentId, String quote, Optional<Span> span, String rule) {
  public Evidence {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
  }

  public Evidence withRule(String newRule) {
    return new Evidence(documentId, quote, span, newRule);
  }
}
