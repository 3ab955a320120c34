package org.w3id.pfkg.eval;

/**
 * One item on which an extraction and its gold summary disagree: a gold item nothing predicted
 * matched, or a predicted item that matched no gold item.
 *
 * @param document the stem of the case document
 * @param slot the GOLD.md slot
 * @param item the item as text (an event as its type, date and date phrase)
 */
public record Difference(String document, String slot, Kind kind, String item) {
  /** Which side the unmatched item is on. */
  public enum Kind {
    MISSED,
    SPURIOUS
  }
}
