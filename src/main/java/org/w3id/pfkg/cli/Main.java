package org.w3id.pfkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
  /** Runs a command line and returns its exit code; only {@link #main} exits the JVM. */
  public static int run(String... args) {
    // `serve` alone skips picocli's model of the other commands, which the server never needs:
    // building it (reflection over every command and option) was a sixth of the time from launch
    // to the first answer (docs/SCALING.md, "Ready after launch").
    boolean serve = args.length > 0 && args[0].equals("serve");
    CommandLine cli = serve ? handled(new CommandLine(new ServeCommand())) : commandLine();
    if (serve) {
      cli.setCommandName("pfkg serve");
    }
    int code = cli.execute(serve ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The command line with pfkg's error handling: a message, a stack trace only with -v. */
  static CommandLine commandLine() {
    return handled(new CommandLine(new Main()));
  }

  private static CommandLine handled(CommandLine cli) {
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          CommandLine.ParseResult command =
              parseResult.subcommand() != null ? parseResult.subcommand() : parseResult;
          boolean verbose = command.hasMatchedOption("--verbose");
          commandLine.getErr().println("pfkg: " + e.getMessage());
          if (verbose) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.of(e);
        });
    return cli;
  }

  public static void main(String[] args) {
    int code = run(args);
    if (code != ExitCodes.OK || !ServeCommand.isServing()) {
      System.exit(code);
    }
  }
}
