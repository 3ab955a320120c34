package org.w3id.pfkg.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.pfkg.build.DocumentPipeline;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.curate.ExplainedFact;
import org.w3id.pfkg.curate.Explanation;
import org.w3id.pfkg.curate.ExplanationText;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.Summary;
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
    description = {
      "Print the facts of one case file as Turtle, or with --json as the extraction summary of GOLD.md.",
      "--explain says which rule and words produced each fact. A curation file"
          + " DATA/curation/<case>.json is applied unless --no-curation."
    })
final class ExtractCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(
      names = "--json",
      description =
          "Print the GOLD.md summary instead of Turtle (with --explain: the explanation as JSON).")
  boolean json;

  @Option(
      names = "--explain",
      description =
          "List each fact with the rule and the text span (code-point offsets) that produced it.")
  boolean explain;

  @Option(
      names = "--no-curation",
      description = "Ignore the case's curation file in DATA/curation/ (show the bare extraction).")
  boolean noCuration;

  @Parameters(paramLabel = "FILE", description = "A case file (.txt profile or .json record).")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Iris iris = new Iris(Iris.DEFAULT_BASE);
    Extractor extractor = CommandKnowledge.extractor(corpus.ontology, corpus.data);
    DocumentPipeline pipeline =
        noCuration
            ? DocumentPipeline.uncurated(extractor, iris)
            : DocumentPipeline.curated(extractor, corpus.data, iris);
    DocumentPipeline.Curated document = pipeline.curate(file);
    CaseDocument doc = document.doc();
    CuratedFacts curated = document.curated();
    CaseFacts facts = curated.facts();
    if (explain) {
      List<ExplainedFact> rows = Explanation.of(doc, curated);
      spec.commandLine()
          .getOut()
          .print(
              json
                  ? new ObjectMapper()
                          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                          .writerWithDefaultPrettyPrinter()
                          .writeValueAsString(rows)
                      + "\n"
                  : ExplanationText.format(file.toString(), rows));
    } else if (json) {
      spec.commandLine()
          .getOut()
          .println(
              new ObjectMapper()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(Summary.of(facts)));
    } else {
      Model model = pipeline.map(document);
      model.setNsPrefixes(iris.prefixes());
      spec.commandLine()
          .getOut()
          .print(RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).asString());
    }
    return ExitCodes.OK;
  }
}
