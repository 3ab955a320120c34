package org.w3id.pfkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The {@code pfkg} command: builds, serves and queries the Press Freedom Knowledge Graph. */
@Command(
    name = "pfkg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Press Freedom Knowledge Graph: case texts about persecuted journalists as sourced, validated linked data.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      QueryCommand.class,
      EvalCommand.class,
      LinkCommand.class,
      GazetteerCommand.class,
      ExportCommand.class,
      SynthCommand.class,
      LoadTestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Declared once here and inherited by every subcommand, however deeply nested. */
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  /** Runs a command line and returns its exit code; only {@link #main} exits the JVM. */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The command line with pfkg's error handling: a message, a stack trace only with -v. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean verbose = matchedAnywhere(parseResult, "--verbose");
          commandLine.getErr().println("pfkg: " + e.getMessage());
          if (verbose) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.of(e);
        });
    return cli;
  }

  private static boolean matchedAnywhere(ParseResult parseResult, String option) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) {
    // `serve` returns only once its server has stopped.
    System.exit(run(args));
  }
}
