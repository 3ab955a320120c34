package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A run builds only the subcommand it names ({@code Main.commandLine(args)}), and says exactly what
 * the whole command line says: the same help, errors, suggestions and exit codes.
 */
class LazyCommandLineTest {
  static Stream<List<String>> argumentsThatStopBeforeRunning() {
    return Stream.of(
        List.of(),
        List.of("--help"),
        List.of("--version"),
        List.of("-h", "serve"),
        List.of("-V", "serve"),
        List.of("help"),
        List.of("help", "serve"),
        List.of("sevre"),
        List.of("--", "serve"),
        List.of("-v", "--bogus"),
        List.of("serve", "--help"),
        List.of("serve", "--bogus"),
        List.of("serve", "--port"),
        List.of("serve", "--port", "eighty"),
        List.of("-v", "serve", "--timeout", "soon"),
        List.of("--verbose", "build", "-h"),
        List.of("build", "--max-shrink", "lots"),
        List.of("extract", "--help"),
        List.of("query", "--help"),
        List.of("eval", "--help"),
        List.of("link", "--help"),
        List.of("gazetteer"),
        List.of("gazetteer", "import", "--help"),
        List.of("export"),
        List.of("export", "nonsense"),
        List.of("export", "quickstatements", "--help"),
        List.of("synth", "--help"),
        List.of("loadtest", "--bogus"));
  }

  @ParameterizedTest
  @MethodSource("argumentsThatStopBeforeRunning")
  void saysWhatTheWholeCommandLineSays(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    assertEquals(run(Main.commandLine(), argv), run(Main.commandLine(argv), argv));
  }

  @ParameterizedTest
  @MethodSource("argumentsThatStopBeforeRunning")
  void buildsOneSubcommandWhenTheArgumentsNameOne(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    int commands = Main.commandLine(argv).getSubcommands().size();
    int all = Main.commandLine().getSubcommands().size();
    boolean namesOne =
        args.stream()
            .dropWhile(a -> a.equals("-v") || a.equals("--verbose"))
            .findFirst()
            .filter(Main.commandLine().getSubcommands()::containsKey)
            .filter(a -> !a.equals("help"))
            .isPresent();
    assertEquals(namesOne ? 1 : all, commands, String.join(" ", args));
  }

  private static String run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return "exit " + code + "\nout:\n" + out + "\nerr:\n" + err;
  }
}
