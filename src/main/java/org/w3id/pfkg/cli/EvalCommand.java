package org.w3id.pfkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.pfkg.eval.EvalReport;
import org.w3id.pfkg.eval.Evaluation;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
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
  @Mixin CommonOptions common;

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

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Extractor extractor = new Extractor(Knowledge.load(common.ontology, common.data));
    EvalReport report = new Evaluation(extractor).run(cases, gold);
    spec.commandLine().getOut().print(report.table());
    return ExitCodes.OK;
  }
}
