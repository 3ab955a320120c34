package org.w3id.pfkg.cli;

import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.problem.InputException;

/** The exit codes of pfkg, mapped from exception types in one place. */
final class ExitCodes {
  static final int OK = 0;

  /**
   * The work was refused: bad input without --keep-going, a SHACL violation, a release shrinking
   * beyond --max-shrink, a failed query.
   */
  static final int FAILED = 1;

  /** The command line itself is wrong (picocli's convention). */
  static final int USAGE = 2;

  /** A setting cannot be used: a missing folder, a port out of range. */
  static final int CONFIG = 3;

  /** An input file cannot be read as what it claims to be. */
  static final int INPUT = 4;

  /**
   * Published with --keep-going, but documents were rejected: a script can tell a complete release
   * from a partial one.
   */
  static final int PARTIAL = 5;

  private ExitCodes() {}

  static int of(Throwable e) {
    if (e instanceof ConfigException) {
      return CONFIG;
    }
    if (e instanceof InputException) {
      return INPUT;
    }
    return FAILED;
  }
}
