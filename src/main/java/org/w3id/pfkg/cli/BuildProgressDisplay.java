package org.w3id.pfkg.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.pfkg.build.BuildProgress;

/**
 * How {@code pfkg build} shows its progress on standard error: on a terminal a progress bar over
 * the documents with the current phase beside it; otherwise (a log, a pipe, CI) plain lines, one
 * per phase and one per tenth of the documents, which a log keeps readable.
 */
final class BuildProgressDisplay implements BuildProgress {
  private final boolean terminal;
  private final PrintWriter err;
  private ProgressBar bar;
  private int total;
  private int done;
  private int lastTenth;

  BuildProgressDisplay(boolean terminal, PrintWriter err) {
    this.terminal = terminal;
    this.err = err;
  }

  /** The display for this process: a bar when standard error goes to a terminal. */
  static BuildProgressDisplay forConsole(PrintWriter err) {
    return new BuildProgressDisplay(Terminal.isTerminal(), err);
  }

  @Override
  public void phase(String name) {
    if (bar != null) {
      bar.setExtraMessage(" · " + name);
    } else if (!terminal) {
      err.println("pfkg build: " + name);
      err.flush();
    }
  }

  @Override
  public void documents(int count) {
    total = count;
    if (terminal && bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("build")
              .setInitialMax(count)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" documents", 1)
              .continuousUpdate()
              .build();
    }
  }

  @Override
  public void documentDone() {
    done++;
    if (bar != null) {
      bar.step();
      return;
    }
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (!terminal && tenth > lastTenth) {
      lastTenth = tenth;
      err.println("pfkg build: " + done + "/" + total + " documents");
      err.flush();
    }
  }

  @Override
  public void finished() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
