package org.w3id.pfkg.cli;

import java.io.Console;

/** Whether this process talks to a person at a terminal, or writes to a file or pipe. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard input and output are a terminal. Java 17's {@link System#console()} is null
   * otherwise; from Java 22 it is not, and {@code Console.isTerminal()} says it.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
