package org.w3id.pfkg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as {@link java.util.regex.Pattern} reads it, checking the query's cancel signal as it
 * goes. Java's regex engine backtracks and cannot be interrupted: {@code ^(.*a){15}$} over thirty
 * characters takes minutes, and the query time limit, which only sets a flag, would never reach it.
 * Every step of the matcher reads a character, so reading them through here lets a cancelled (or
 * timed-out) query stop in the middle of a match.
 */
final class CancellableText implements CharSequence {
  private final String text;
  private final AtomicBoolean cancelled;

  CancellableText(String text, AtomicBoolean cancelled) {
    this.text = text;
    this.cancelled = cancelled;
  }

  @Override
  public char charAt(int index) {
    if (cancelled.get() || Thread.currentThread().isInterrupted()) {
      throw new QueryCancelledException();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), cancelled);
  }

  @Override
  public String toString() {
    return text;
  }
}
