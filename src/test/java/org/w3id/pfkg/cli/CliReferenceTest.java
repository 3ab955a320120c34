package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's command-line reference is picocli's own synopsis of every command, so the two cannot
 * drift apart: an option added to a command and not to the README fails here, with the block to
 * paste in the message.
 */
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
