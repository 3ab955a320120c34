package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * The routes of the site beside the SPARQL endpoint, wired in one place (docs/SERVE.md lists them).
 */
public final class SiteRoutes {
  private SiteRoutes() {}

  /**
   * Adds the site to a Fuseki builder.
   *
   * @param base the canonical base IRI of the dataset, ending in {@code /}
   * @param endpointPath the SPARQL endpoint's path, e.g. {@code /sparql}
   * @param dumps the live release's dumps folder, if the server knows one
   * @param publicBase the address people reach the server at, if set at serve time ({@link
   *     ServedAddress})
   */
  public static void addTo(
      FusekiServer.Builder builder,
      Dataset dataset,
      String base,
      String endpointPath,
      Optional<Path> dumps,
      Optional<String> publicBase) {
    Site site = Site.of(dataset, base, endpointPath, dumps, publicBase);
    CasesRoute cases =
        new CasesRoute(site, new CaseTableReader(dataset, site.paths(), site.iris()));
    CensusRoute census =
        new CensusRoute(
            site,
            new CensusQuery(dataset, site.paths(), site.queries()),
            java.time.Clock.systemUTC());
    builder
        .addFilter("/*", new SiteHeaders())
        .addFilter(endpointPath, new ServiceDescription(site))
        .addServlet("/id/*", new ThingRoute(site))
        .addServlet("/ontology", new ThingRoute(site))
        .addServlet("/page/*", new PageRoute(site))
        .addServlet("/data/*", new DataRoute(site))
        .addServlet("/editor", new EditorRoute(site))
        .addServlet(PrefixesRoute.PATH, new PrefixesRoute(site))
        .addServlet("/queries", new QueriesRoute(site))
        .addServlet("/queries/*", new QueriesRoute(site))
        .addServlet("/dumps", new DumpsRoute(site))
        .addServlet("/dumps/*", new DumpsRoute(site))
        .addServlet("/.well-known/void", new VoidRoute(site))
        .addServlet("/context.jsonld", new ContextRoute(site))
        .addServlet("/assets/*", new AssetsRoute(site))
        .addServlet(CasesRoute.PATH, cases)
        .addServlet(CasesRoute.PATH + ".csv", cases)
        .addServlet(CasesRoute.PATH + ".json", cases)
        .addServlet("/census", census)
        // "" is the context root only: every other unknown path keeps Fuseki's plain 404.
        .addServlet("", new HomeRoute(site, new CorpusScope(dataset, site.paths())));
  }
}
