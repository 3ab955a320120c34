package org.w3id.pfkg.cli;

import java.util.concurrent.Callable;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.build.BuildReport;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ShrinkLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Read, extract, map, validate and publish the cases of DATA/cases into OUT.",
      "Writes OUT/releases/<id>/{store,dumps} and switches OUT/current (with OUT/store and OUT/dumps) to it atomically.",
      "Refuses to publish when any document is rejected, unless --keep-going, and when the release"
          + " loses more than --max-shrink of the live release's cases or triples, unless"
          + " --accept-shrink."
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--keep-going",
      description =
          "Publish the good cases and list the rejected documents; exits 5 when any was rejected.")
  boolean keepGoing;

  @Option(
      names = "--endpoint-base",
      paramLabel = "URL",
      description =
          "Public address of the server, written into the dataset description (SPARQL endpoint, dump"
              + " URLs). Default: ${DEFAULT-VALUE}.")
  String endpointBase = BuildConfig.DEFAULT_ENDPOINT_BASE;

  @Option(
      names = "--allow-synthetic",
      description =
          "BENCHMARKS ONLY: accept documents marked Synthetic: yes (see `pfkg synth`). The release"
              + " is marked synthetic=true in its manifest and `serve` refuses it by default.")
  boolean allowSynthetic;

  @Option(
      names = "--max-case-chars",
      paramLabel = "N",
      description =
          "Refuse a case document of more than N characters when it is read, before extraction."
              + " Default: ${DEFAULT-VALUE}.")
  int maxCaseChars = BuildConfig.DEFAULT_MAX_CASE_CHARS;

  @Option(
      names = "--max-case-triples",
      paramLabel = "N",
      description =
          "Refuse a case document whose graph has more than N triples once mapped. Default:"
              + " ${DEFAULT-VALUE}.")
  int maxCaseTriples = BuildConfig.DEFAULT_MAX_CASE_TRIPLES;

  @Option(
      names = "--timings",
      description =
          "Also print the wall time of each phase (read+extract+map+validate+load, link, ...).")
  boolean timings;

  @Option(
      names = "--no-cache",
      description =
          "A clean build: extract every document and validate every case, neither reading nor"
              + " writing the build cache of OUT/cache (by default a document whose text, curation"
              + " file, rules, vocabularies, gazetteer and code are unchanged is taken from it).")
  boolean noCache;

  @Option(
      names = "--max-shrink",
      paramLabel = "PERCENT",
      description =
          "Refuse to publish a release with more than PERCENT %% fewer cases or triples than the"
              + " live one; the live release stays. Default: ${DEFAULT-VALUE}.")
  int maxShrink = ShrinkLimit.DEFAULT_MAX_PERCENT;

  @Option(
      names = "--accept-shrink",
      description =
          "Publish even when the release shrinks by more than --max-shrink (a deliberate removal);"
              + " the shrink is reported as a warning.")
  boolean acceptShrink;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildConfig config =
        common.buildConfig(
            keepGoing,
            endpointBase,
            allowSynthetic,
            maxCaseChars,
            maxCaseTriples,
            new ShrinkLimit(maxShrink, acceptShrink));
    BuildPipeline pipeline =
        CommandKnowledge.forBuild(new BuildPipeline(config), config.ontologyDir(), config.dataDir())
            .withProgress(BuildProgressDisplay.forConsole(spec.commandLine().getErr()));
    BuildReport report =
        (noCache ? pipeline.withoutCache() : pipeline)
            .run(p -> spec.commandLine().getErr().println(p));
    spec.commandLine().getOut().println(report.summary());
    if (timings) {
      spec.commandLine().getOut().println(report.timings());
      spec.commandLine().getOut().println(report.cacheSummary());
    }
    return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
