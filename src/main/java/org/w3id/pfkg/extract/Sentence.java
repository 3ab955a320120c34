package org.w3id.pfkg.extract;

import org.w3id.pfkg.facts.Span;

/**
 * One sentence of a narrative.
 *
 * @param index its position among the narrative's sentences
 * @param span where it is in the narrative
 * @param text the sentence itself
 */
record Sentence(int index, Span span, String text) {
  /** The offset in the narrative of a position in this sentence. */
  int at(int offsetInSentence) {
    return span.start() + offsetInSentence;
  }
}
