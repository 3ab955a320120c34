package org.w3id.pfkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.extract.CaseFacts;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.extract.Summary;
import org.w3id.pfkg.rdf.CaseMapper;
import org.w3id.pfkg.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Print the facts of one case file as Turtle, or with --json as the extraction summary of GOLD.md.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print the GOLD.md summary instead of Turtle.")
  boolean json;

  @Parameters(paramLabel = "FILE", description = "A case file (.txt profile or .json record).")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CaseDocument doc = new CaseReader().read(file);
    CaseFacts facts = new Extractor(Knowledge.load(common.ontology, common.data)).extract(doc);
    if (json) {
      spec.commandLine()
          .getOut()
          .println(
              new ObjectMapper()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(Summary.of(facts)));
    } else {
      Iris iris = new Iris(BuildConfig.DEFAULT_BASE);
      Model model = new CaseMapper(iris).map(doc, facts);
      model.setNsPrefixes(iris.prefixes());
      spec.commandLine()
          .getOut()
          .print(RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).asString());
    }
    return ExitCodes.OK;
  }
}
