package org.w3id.pfkg.facts;

/** A half-open range {@code [start, end)} of UTF-16 indices into a document's narrative. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
