package org.w3id.pfkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.w3id.pfkg.ProjectKnowledge;
import picocli.CommandLine;

/** One run of the pfkg command line as a user types it, with its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static {
    // A command over a copy of the project's knowledge files uses the JVM's one load of them
    // instead of its own (seconds each; the suite runs about thirty such builds). A test that
    // changes a rule, a vocabulary or the gazetteer still gets a load of its own files.
    CommandKnowledge.prepareWith(
        (ontology, data) ->
            ProjectKnowledge.ifSameFiles(ontology, data).map(k -> ProjectKnowledge.extractor()));
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The command line, its commands sharing the project's knowledge as above. */
  static CommandLine commandLine() {
    return Main.commandLine();
  }
}
