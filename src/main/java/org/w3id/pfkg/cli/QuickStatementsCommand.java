package org.w3id.pfkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.link.QuickStatements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "quickstatements",
    mixinStandardHelpOptions = true,
    description = {
      "Write, for linked journalists, what the graph knows in Wikidata's terms (P2632, P1399, P793 with P585, P108),"
          + " as QuickStatements V1 with references (S854 reference URL, S248 stated in) to the case sources.",
      "Statements whose value has no Wikidata item or that cannot be referenced are listed on stderr, not written."
    })
final class QuickStatementsCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "File to write; standard output when absent.")
  Path out;

  @Option(
      names = "--kg",
      paramLabel = "DIR",
      description = "Build output folder holding the published store. Default: ${DEFAULT-VALUE}.")
  Path kg = BuildConfig.DEFAULT_OUT;

  @Option(
      names = "--create",
      description =
          "For a journalist without a Q-id, write a CREATE block (only after searching Wikidata for the person).")
  boolean create;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Dataset dataset = LiveStore.open(kg);
    Model union =
        Txn.calculateRead(
            dataset, () -> ModelFactory.createDefaultModel().add(dataset.getUnionModel()));
    QuickStatements.Export export = new QuickStatements(union, create).export();
    String text = export.lines().isEmpty() ? "" : String.join("\n", export.lines()) + "\n";
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    export.skipped().forEach(s -> spec.commandLine().getErr().println("skipped: " + s));
    spec.commandLine()
        .getErr()
        .printf(
            "%d QuickStatements line(s) written, %d item(s) skipped%n",
            export.lines().size(), export.skipped().size());
    return ExitCodes.OK;
  }
}
