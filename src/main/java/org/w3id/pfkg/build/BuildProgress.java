package org.w3id.pfkg.build;

/**
 * What a build tells its caller while it runs: the phase it enters and each document it has mapped,
 * so that {@code pfkg build} can show a progress bar (or plain lines) instead of nothing for the
 * half minute a build takes. The default does nothing.
 */
public interface BuildProgress {
  BuildProgress NONE = new BuildProgress() {};

  /** A phase of {@link PhaseClock} begins (setup, read+extract+map+validate+load, link, ...). */
  default void phase(String name) {}

  /** The document phase begins with this many case files. */
  default void documents(int total) {}

  /** One more document was read, extracted and mapped (or rejected). */
  default void documentDone() {}

  /** The build has ended, published or not. */
  default void finished() {}
}
