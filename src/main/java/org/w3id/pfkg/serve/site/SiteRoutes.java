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
   */
  public static void addTo(
      FusekiServer.Builder builder,
      Dataset dataset,
      String base,
      String endpointPath,
      Optional<Path> dumps) {
    Site site = Site.of(dataset, base, endpointPath, dumps);
    builder
        .addFilter("/*", new SiteHeaders())
        .addServlet("/id/*", new ThingRoute(site))
        .addServlet("/ontology", new ThingRoute(site))
        .addServlet("/page/*", new PageRoute(site))
        .addServlet("/data/*", new DataRoute(site))
        .addServlet("/editor", new EditorRoute(site))
        .addServlet("/queries", new QueriesRoute(site))
        .addServlet("/queries/*", new QueriesRoute(site))
        .addServlet("/dumps", new DumpsRoute(site))
        .addServlet("/dumps/*", new DumpsRoute(site))
        .addServlet("/.well-known/void", new VoidRoute(site))
        .addServlet("/assets/*", new AssetsRoute(site))
        // "" is the context root only: every other unknown path keeps Fuseki's plain 404.
        .addServlet("", new HomeRoute(site, new CorpusScope(dataset, site.paths())));
  }
}
