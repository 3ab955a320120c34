package org.w3id.pfkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.LinkConfig;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.link.CachedWikidataApi;
import org.w3id.pfkg.link.ExpectedTypes;
import org.w3id.pfkg.link.LinkTable;
import org.w3id.pfkg.link.Proposal;
import org.w3id.pfkg.link.Reconciler;
import org.w3id.pfkg.link.ReviewFile;
import org.w3id.pfkg.link.WdtkWikidataApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Propose Wikidata items for the gazetteer entities not yet in data/links/wikidata.tsv.",
      "Writes a review file (entity, candidate, label, description, score, reason, decision); nothing is linked without review.",
      "Answers are cached, so a second run, or one with --offline, makes no request."
    })
final class LinkCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Corpus folder (gazetteer/, links/). Default: ${DEFAULT-VALUE}.")
  Path data = BuildConfig.DEFAULT_DATA;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Review file to write. Default: ${DEFAULT-VALUE}.")
  Path out = LinkConfig.DEFAULT_REVIEW;

  @Option(
      names = "--api",
      paramLabel = "URL",
      description =
          "MediaWiki API URL. Default: $"
              + LinkConfig.API_ENV
              + ", else https://www.wikidata.org/w/api.php.")
  URI api;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Answer cache. Default: ${DEFAULT-VALUE}.")
  Path cache = LinkConfig.DEFAULT_CACHE;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "Score from which a proposal is marked likely. Default: ${DEFAULT-VALUE}.")
  double threshold = LinkConfig.DEFAULT_THRESHOLD;

  @Option(names = "--offline", description = "Answer from the cache only.")
  boolean offline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LinkConfig config =
        new LinkConfig(
            data,
            LinkConfig.apiUrl(
                Optional.ofNullable(api), Optional.ofNullable(System.getenv(LinkConfig.API_ENV))),
            cache,
            out,
            threshold,
            LinkConfig.DEFAULT_LANGUAGE,
            LinkConfig.DEFAULT_LIMIT,
            offline);
    CachedWikidataApi answers =
        new CachedWikidataApi(
            config.cacheDir(),
            config.offline()
                ? Optional.empty()
                : Optional.of(new WdtkWikidataApi(config.apiUrl(), config.language())));
    List<Proposal> proposals =
        new Reconciler(
                answers,
                ExpectedTypes.read(config.dataDir()),
                config.threshold(),
                config.language(),
                config.limit())
            .propose(Gazetteer.readCurated(config.dataDir()), LinkTable.read(config.dataDir()));
    ReviewFile.write(config.reviewFile(), proposals);
    long likely = proposals.stream().filter(p -> p.decision().equals("likely")).count();
    long rejected = proposals.stream().filter(p -> p.decision().equals("rejected")).count();
    spec.commandLine()
        .getOut()
        .printf(
            "%d proposal(s) in %s: %d likely, %d to review, %d rejected%s; nothing was linked%n",
            proposals.size(),
            config.reviewFile(),
            likely,
            proposals.size() - likely - rejected,
            rejected,
            answers.misses() > 0 ? "; " + answers.misses() + " name(s) not in the cache" : "");
    return ExitCodes.OK;
  }
}
