package org.w3id.pfkg.cli;

import picocli.CommandLine.Option;

/** The {@code -v} flag alone, for commands that take no corpus options. */
final class VerboseOption {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces with errors.")
  boolean verbose;
}
