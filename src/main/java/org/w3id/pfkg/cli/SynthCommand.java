package org.w3id.pfkg.cli;

import java.util.concurrent.Callable;
import org.w3id.pfkg.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Write N made-up case texts for benchmarks and scale tests only.",
      "Profiles, census entries and news alerts in OUT/cases/synth-NNNNNN.txt, marked Synthetic: yes,"
          + " plus copies of the gazetteer, rules and links of DATA. Build them with `pfkg build --data OUT --allow-synthetic`; never publish them."
    })
final class SynthCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Corpus whose gazetteer, rules and links are copied. Default: ${DEFAULT-VALUE}.")
  java.nio.file.Path data = org.w3id.pfkg.config.BuildConfig.DEFAULT_DATA;

  @Option(
      names = "--ontology",
      paramLabel = "DIR",
      description = "Ontology with the vocabularies drawn from. Default: ${DEFAULT-VALUE}.")
  java.nio.file.Path ontology = org.w3id.pfkg.config.BuildConfig.DEFAULT_ONTOLOGY;

  @Option(names = "--cases", paramLabel = "N", required = true, description = "How many cases.")
  int cases;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed; the same seed gives the same texts. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder for the synthetic corpus (never inside --data).")
  java.nio.file.Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int n = SyntheticCorpus.write(data, ontology, out, cases, seed);
    spec.commandLine()
        .getOut()
        .println(
            "wrote " + n + " synthetic cases to " + out.resolve("cases") + " (seed " + seed + ")");
    return ExitCodes.OK;
  }
}
