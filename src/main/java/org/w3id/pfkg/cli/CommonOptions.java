package org.w3id.pfkg.cli;

import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ShrinkLimit;
import org.w3id.pfkg.vocab.Iris;
import picocli.CommandLine.Mixin;

/** What the commands that build a release read and write: the corpus, and the output folder. */
final class CommonOptions {
  @Mixin CorpusOptions corpus;
  @Mixin StoreOption store;

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
    return buildConfig(
        keepGoing, endpointBase, allowSynthetic, maxCaseChars, maxCaseTriples, ShrinkLimit.DEFAULT);
  }

  BuildConfig buildConfig(
      boolean keepGoing,
      String endpointBase,
      boolean allowSynthetic,
      int maxCaseChars,
      int maxCaseTriples,
      ShrinkLimit shrinkLimit) {
    return new BuildConfig(
        corpus.data,
        corpus.ontology,
        store.out,
        keepGoing,
        Iris.DEFAULT_BASE,
        allowSynthetic,
        endpointBase,
        maxCaseChars,
        maxCaseTriples,
        shrinkLimit);
  }
}
