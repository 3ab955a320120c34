package org.w3id.pfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.pfkg.eval.EvalReport;
import org.w3id.pfkg.eval.Evaluation;
import org.w3id.pfkg.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the extractor against gold summaries: per-slot precision, recall and F1, and the macro F1.",
      "Every GOLD/<name>.json is compared with the extraction of CASES/<name>.txt or .json."
    })
final class EvalCommand implements Callable<Integer> {
  @Mixin CorpusOptions folders;

  @Option(
      names = "--cases",
      paramLabel = "DIR",
      description = "Case documents. Default: ${DEFAULT-VALUE}.")
  Path cases = Path.of("data", "cases");

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Gold summaries. Default: ${DEFAULT-VALUE}.")
  Path gold = Path.of("data", "gold");

  @Option(
      names = "--details",
      description =
          "Also list, per document, each gold item missed (-) and each predicted item that matched no gold item (+).")
  boolean details;

  @Option(
      names = "--slot",
      paramLabel = "SLOT",
      description = "With --details: only this slot (e.g. \"dated events\", charges).")
  String slot;

  @Option(
      names = "--write-quality",
      paramLabel = "FILE",
      description =
          "Also write the figures into FILE, the landing page's quality table"
              + " (src/main/resources/site/extraction-quality.tsv), with the corpus and today's date;"
              + " the rows of other corpora in FILE are kept.")
  Path writeQuality;

  @Option(
      names = "--corpus",
      paramLabel = "NAME",
      description =
          "With --write-quality: the corpus's key in the table. Default: the folder holding CASES"
              + " when CASES is named cases (data, devset), else CASES's own name.")
  String corpus;

  @Option(
      names = "--corpus-description",
      paramLabel = "TEXT",
      description =
          "With --write-quality: what the corpus is, for the page. Default: the description FILE"
              + " already has for the corpus, else how many case texts were scored and where.")
  String corpusDescription;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Extractor extractor = CommandKnowledge.extractor(folders.ontology, folders.data);
    EvalReport report = new Evaluation(extractor).run(cases, gold);
    if (details) {
      spec.commandLine().getOut().print(report.details(java.util.Optional.ofNullable(slot)));
    }
    spec.commandLine().getOut().print(report.table());
    if (writeQuality != null) {
      QualityWriting.write(
          writeQuality,
          corpus,
          corpusDescription,
          cases,
          gold,
          report,
          spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
