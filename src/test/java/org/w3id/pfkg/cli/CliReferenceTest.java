package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The README's command-line reference is picocli's own synopsis of every command, so the two cannot
 * drift apart: an option added to a command and not to the README fails here, with the block to
 * paste in the message.
 */
// Alone: it swaps the JVM's System.err to catch picocli's warnings, which would also catch (and
// take from) whatever a class running beside it prints: beside it, QueryAndVersionTest once found
// its command's error message missing from the command's own error stream.
@Isolated
class CliReferenceTest {
  private static final String HEADING = "## Command-line reference\n\n```\n";

  @Test
  void readmeReferenceIsPicocliSynopsisOfEveryCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(HEADING);
    int end = readme.indexOf("```", start + HEADING.length());
    String documented = readme.substring(start + HEADING.length(), end);
    String expected = synopses();
    assertEquals(expected, documented, "README's block should read:\n" + expected);
  }

  /**
   * picocli formats descriptions with String.format, so a bare "%" in a description prints a
   * warning and the raw text on every help screen; this renders every command's help and fails on
   * such a warning.
   */
  @Test
  void everyHelpScreenRendersWithoutFormatWarnings() {
    List<CommandLine> commands = new ArrayList<>();
    all(Main.commandLine(), commands);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      commands.forEach(CommandLine::getUsageMessage);
    } finally {
      System.setErr(original);
    }
    assertTrue(commands.size() > 5, "commands found: " + commands.size());
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  /**
   * Each line of a command's or option's description is a paragraph that picocli wraps itself; a
   * sentence split over two lines prints as a ragged break in the middle of the help screen.
   */
  @Test
  void everyDescriptionLineIsAWholeParagraph() {
    List<CommandLine> commands = new ArrayList<>();
    all(Main.commandLine(), commands);
    List<String> broken = new ArrayList<>();
    for (CommandLine command : commands) {
      CommandSpec spec = command.getCommandSpec();
      check(spec.qualifiedName(), spec.usageMessage().description(), broken);
      spec.options()
          .forEach(
              option ->
                  check(
                      spec.qualifiedName() + " " + option.longestName(),
                      option.description(),
                      broken));
    }
    assertEquals(List.of(), broken);
  }

  private static void check(String where, String[] lines, List<String> broken) {
    for (String line : lines) {
      if (!line.isBlank() && !line.strip().replaceFirst("%n$", "").matches("(?s).*[.:!?)]$")) {
        broken.add(where + ": " + line);
      }
    }
  }

  private static void all(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().stream().distinct().forEach(sub -> all(sub, into));
  }

  static String synopses() {
    CommandLine main = Main.commandLine();
    main.setUsageHelpAutoWidth(false);
    main.setUsageHelpWidth(100);
    List<String> lines = new ArrayList<>();
    collect(main, lines);
    return String.join("", lines);
  }

  private static void collect(CommandLine command, List<String> lines) {
    // An alias maps to the same CommandLine again; distinct() keeps each command once.
    List<CommandLine> subs =
        command.getSubcommands().values().stream()
            .distinct()
            .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
            .toList();
    if (subs.isEmpty() && command.getParent() != null) {
      lines.add(command.getHelp().synopsis(0).replaceFirst("^Usage: ", ""));
    }
    subs.forEach(sub -> collect(sub, lines));
  }
}
