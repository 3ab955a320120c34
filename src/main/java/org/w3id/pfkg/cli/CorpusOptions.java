package org.w3id.pfkg.cli;

import java.nio.file.Path;
import org.w3id.pfkg.config.BuildConfig;
import picocli.CommandLine.Option;

/** Where the corpus and the ontology are, for every command that reads case texts. */
final class CorpusOptions {
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
}
