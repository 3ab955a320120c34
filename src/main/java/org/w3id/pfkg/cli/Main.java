package org.w3id.pfkg.cli;

import java.util.ArrayList;
import java.util.List;
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
        "Press Freedom Knowledge Graph: case texts about persecuted journalists as sourced, validated linked data.")
public final class Main {
  /**
   * The subcommands, in the order the help lists them. Not in the annotation: picocli would then
   * build every command's model by reflection at each start (a third of a second before {@code
   * serve} does anything), where a run needs only the one it names ({@link
   * #commandLine(String...)}).
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          CommandLine.HelpCommand.class);

  /** Declared once here and inherited by every subcommand, however deeply nested. */
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  /** Runs a command line and returns its exit code; only {@link #main} exits the JVM. */
  public static int run(String... args) {
    CommandLine cli = commandLine(args);
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The whole command line, every subcommand included (help, the README's reference). */
  static CommandLine commandLine() {
    return withSubcommands(SUBCOMMANDS);
  }

  /**
   * The command line for {@code args}: when they name a subcommand (after {@code -v} at most), only
   * that one is built, and it parses, helps and fails exactly as in the whole command line;
   * anything else (no command, {@code help}, {@code -h} or {@code -V} before a command, a mistyped
   * or unknown word, an {@code @file}) gets the whole command line, whose messages list or suggest
   * the commands.
   */
  static CommandLine commandLine(String... args) {
    int i = 0;
    while (i < args.length && (args[i].equals("-v") || args[i].equals("--verbose"))) {
      i++;
    }
    if (i == args.length) {
      return commandLine();
    }
    String first = args[i];
    return SUBCOMMANDS.stream()
        .filter(c -> c != CommandLine.HelpCommand.class && names(c).contains(first))
        .findFirst()
        .map(c -> withSubcommands(List.of(c)))
        .orElseGet(Main::commandLine);
  }

  private static List<String> names(Class<?> command) {
    Command annotation = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(annotation.aliases()));
    names.add(annotation.name());
    return names;
  }

  /** The command line with pfkg's error handling: a message, a stack trace only with -v. */
  private static CommandLine withSubcommands(List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    // Before the handler below: picocli gives it to the subcommands present when it is set.
    subcommands.forEach(cli::addSubcommand);
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
