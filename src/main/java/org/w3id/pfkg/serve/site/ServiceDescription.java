package org.w3id.pfkg.serve.site;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.pfkg.vocab.SD;

/**
 * {@code GET /sparql} without a query: the SPARQL 1.1 Service Description of the endpoint (W3C
 * Recommendation, section 2: "a service description ... SHOULD be returned when the endpoint is
 * dereferenced without a query") in Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation,
 * and for a browser a page that says what the endpoint is and points to the editor. Every other
 * request goes on to the endpoint.
 */
final class ServiceDescription implements Filter {

  /** What the endpoint writes (BufferedQuery over Fuseki), in the W3C formats namespace. */
  static final List<String> RESULT_FORMATS =
      List.of(
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "JSON-LD",
          "N-Triples",
          "RDF_XML");

  private final Site site;

  ServiceDescription(Site site) {
    this.site = site;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    boolean read = "GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod());
    if (!read || http.getParameter("query") != null || http.getParameter("update") != null) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse reply = (HttpServletResponse) response;
    reply.setHeader("Vary", "Accept");
    Optional<Representation> chosen = Negotiation.choose(http.getHeader("Accept"));
    if (chosen.isEmpty()) {
      Replies.notAcceptable(reply);
      return;
    }
    String base = site.address().of(http);
    String endpoint = base + site.endpointPath().substring(1);
    if (chosen.get() == Representation.HTML) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("endpoint", endpoint);
      model.put("formats", RESULT_FORMATS);
      model.put("queries", site.queries().all());
      Replies.html(reply, HttpServletResponse.SC_OK, site.renderer().render("sparql", model));
      return;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RDFDataMgr.write(buffer, describe(endpoint, base), chosen.get().lang().orElseThrow());
    reply.setStatus(HttpServletResponse.SC_OK);
    reply.setContentType(chosen.get().mediaType() + "; charset=utf-8");
    reply.setContentLength(buffer.size());
    try (OutputStream out = reply.getOutputStream()) {
      buffer.writeTo(out);
    }
  }

  /** The description of the endpoint at {@code endpoint}, its dataset being the VoID's. */
  Model describe(String endpoint, String base) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("sd", SD.NS);
    m.setNsPrefix("formats", SD.FORMATS);
    m.setNsPrefix("void", VOID.NS);
    m.setNsPrefix("dcterms", DCTerms.NS);
    m.setNsPrefix("rdfs", RDFS.uri);
    Resource service = m.createResource(endpoint + "#service");
    service
        .addProperty(RDF.type, m.createResource(SD.NS + "Service"))
        .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
        .addProperty(sd(m, "supportedLanguage"), m.createResource(SD.NS + "SPARQL11Query"))
        .addProperty(sd(m, "feature"), m.createResource(SD.NS + "UnionDefaultGraph"))
        .addProperty(sd(m, "feature"), m.createResource(SD.NS + "BasicFederatedQuery"))
        .addProperty(DCTerms.title, "Press Freedom Knowledge Graph SPARQL endpoint", "en")
        .addProperty(
            RDFS.comment,
            "Read-only SPARQL 1.1 query endpoint over the union of all named graphs of the live"
                + " release; SERVICE only to allow-listed endpoints. Editor: "
                + base
                + "editor",
            "en");
    for (String format : RESULT_FORMATS) {
      service.addProperty(sd(m, "resultFormat"), m.createResource(SD.FORMATS + format));
    }
    Resource dataset = m.createResource(site.iris().dataset().getURI());
    service.addProperty(sd(m, "defaultDataset"), dataset);
    Resource defaultGraph = m.createResource().addProperty(RDF.type, sd(m, "Graph"));
    site.dumps()
        .release()
        .ifPresent(
            r ->
                defaultGraph.addProperty(
                    m.createProperty(VOID.NS, "triples"),
                    m.createTypedLiteral(java.math.BigInteger.valueOf(r.triples()))));
    dataset
        .addProperty(RDF.type, m.createResource(SD.NS + "Dataset"))
        .addProperty(RDF.type, m.createResource(VOID.NS + "Dataset"))
        .addProperty(sd(m, "defaultGraph"), defaultGraph)
        .addProperty(m.createProperty(VOID.NS, "sparqlEndpoint"), m.createResource(endpoint))
        .addProperty(RDFS.seeAlso, m.createResource(base + ".well-known/void"));
    return m;
  }

  private static Property sd(Model m, String local) {
    return m.createProperty(SD.NS, local);
  }
}
