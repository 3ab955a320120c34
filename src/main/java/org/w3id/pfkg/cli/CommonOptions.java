package org.w3id.pfkg.cli;

import java.nio.file.Path;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.vocab.Iris;
import picocli.CommandLine.Option;

/** Options every subcommand shares, declared once. */
final class CommonOptions {
  static final String OUT_DESCRIPTION =
      "Output folder for releases, store and dumps. Default: ${DEFAULT-VALUE}.";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Corpus folder (cases/, gazetteer/, rules/). Default: ${DEFAULT-VALUE}.")
  Path data = BuildConfig.DEFAULT_DATA;

  @Option(
      names = "--ontology",
      paramLabel = "DIR",
      description = "Ontology, shapes and vocabularies. Default: ${DEFAULT-VALUE}.")
  Path ontology = BuildConfig.DEFAULT_ONTOLOGY;

  @Option(names = "--out", paramLabel = "DIR", description = OUT_DESCRIPTION)
  Path out = BuildConfig.DEFAULT_OUT;

  BuildConfig buildConfig(boolean keepGoing) {
    return buildConfig(keepGoing, BuildConfig.DEFAULT_ENDPOINT_BASE);
  }

  BuildConfig buildConfig(boolean keepGoing, String endpointBase) {
    return buildConfig(keepGoing, endpointBase, false);
  }

  BuildConfig buildConfig(boolean keepGoing, String endpointBase, boolean allowSynthetic) {
    return buildConfig(
        keepGoing,
        endpointBase,
        allowSynthetic,
        BuildConfig.DEFAULT_MAX_CASE_CHARS,
        BuildConfig.DEFAULT_MAX_CASE_TRIPLES);
  }

  BuildConfig buildConfig(
      boolean keepGoing,
      String endpointBase,
      boolean allowSynthetic,
      int maxCaseChars,
      int maxCaseTriples) {
    return new BuildConfig(
        data,
        ontology,
        out,
        keepGoing,
        Iris.DEFAULT_BASE,
        allowSynthetic,
        endpointBase,
        maxCaseChars,
        maxCaseTriples);
  }
}
