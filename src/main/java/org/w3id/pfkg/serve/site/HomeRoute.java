package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.pfkg.vocab.Licence;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** {@code /}: the landing page, with schema.org Dataset markup; any other unknown path is a 404. */
final class HomeRoute extends HttpServlet {
  /** More would make a page of megabytes on a large store; the rest is a query away. */
  static final int JOURNALISTS_SHOWN = 500;

  private static final String ALL_JOURNALISTS =
      "PREFIX pf: <"
          + PF.NS
          + ">\nPREFIX schema: <"
          + SCHEMA.NS
          + ">\n"
          + "SELECT ?journalist ?name WHERE { ?journalist a pf:Journalist ; schema:name ?name }"
          + " ORDER BY ?name";

  private final transient Site site;
  private final transient CorpusScope scope;
  private final transient Optional<ExtractionQuality> quality;

  HomeRoute(Site site, CorpusScope scope) {
    this.site = site;
    this.scope = scope;
    this.quality = ExtractionQuality.fromClasspath();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (!path.equals("/")) {
      Replies.notFound(request, response, site.renderer(), "Nothing is served at this path.");
      return;
    }
    Optional<ReleaseInfo> release = site.dumps().release();
    DatasetStats.Counts counts = sameTriplesAsTheDumps(site.stats().counts(), release);
    String origin = origin(request);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("counts", counts);
    model.put("release", release.orElse(null));
    List<Link> journalists = site.stats().journalists();
    model.put(
        "journalists", journalists.subList(0, Math.min(JOURNALISTS_SHOWN, journalists.size())));
    model.put("moreJournalists", Math.max(0, journalists.size() - JOURNALISTS_SHOWN));
    model.put("allJournalistsQuery", ALL_JOURNALISTS);
    model.put("queries", site.queries().all());
    model.put("dumps", site.dumps().listing());
    model.put("endpoint", site.endpointPath());
    model.put("base", site.iris().base());
    model.put("datasetJson", MapData.safe(schemaDataset(origin, counts, release)));
    model.put("scope", scope.scope());
    model.put("quality", quality.orElse(null));
    model.put("changes", site.dumps().changes().orElse(null));
    model.put("origin", origin);
    release.ifPresent(
        r -> model.put("ttlSha256", r.sha256().getOrDefault("pfkg-" + r.release() + ".ttl", "")));
    Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render("home", model));
  }

  private Map<String, Object> schemaDataset(
      String origin, DatasetStats.Counts counts, Optional<ReleaseInfo> release) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@context", "https://schema.org/");
    d.put("@type", "Dataset");
    d.put("@id", site.iris().base());
    d.put("name", "Press Freedom Knowledge Graph");
    d.put(
        "description",
        "Cases of persecuted journalists as sourced linked data: arrests, charges, trials and"
            + " sentences, each fact with the source that reports it and the quoted evidence.");
    d.put("url", origin + "/");
    d.put("license", Licence.IRI);
    d.put("isAccessibleForFree", true);
    d.put("keywords", List.of("press freedom", "journalists", "imprisonment", "linked data"));
    release.ifPresent(
        r -> {
          d.put("version", r.release());
          d.put("dateModified", r.created());
        });
    d.put(
        "distribution",
        site.dumps().listing().stream()
            .map(
                f ->
                    Map.of(
                        "@type",
                        "DataDownload",
                        "contentUrl",
                        origin + "/dumps/" + f.name(),
                        "encodingFormat",
                        f.mediaType(),
                        "contentSize",
                        f.bytes() + " B"))
            .toList());
    d.put(
        "variableMeasured",
        List.of(
            "cases: " + counts.cases(),
            "journalists: " + counts.journalists(),
            "events: " + counts.events(),
            "triples: " + counts.triples()));
    return d;
  }

  /**
   * The manifest's triple count, which {@code build} prints and {@code /dumps/} shows, rather than
   * the VoID's {@code void:triples}, which leaves out the description's own triples ({@code
   * /dumps/} says by how many).
   */
  private static DatasetStats.Counts sameTriplesAsTheDumps(
      DatasetStats.Counts counts, Optional<ReleaseInfo> release) {
    return release
        .filter(r -> r.triples() >= 0)
        .map(
            r ->
                new DatasetStats.Counts(
                    counts.cases(), counts.journalists(), counts.events(), r.triples()))
        .orElse(counts);
  }

  static String origin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}
