package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.PF;

/** The ontology documentation page against ontology/pfkg.ttl and ontology/shapes.ttl. */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class OntologyPageTest {
  private static PfkgServer server;
  private static Document page;

  @BeforeAll
  static void start() {
    server = SeedRelease.start();
    HttpResponse<String> response = Web.get(server.baseUrl(), "/page/ontology", "text/html");
    assertEquals(200, response.statusCode());
    page = Jsoup.parse(response.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyClassAndPropertyOfTheOntologyFileHasItsAnchoredSection() {
    Model ontology = RDFDataMgr.loadModel("ontology/pfkg.ttl");
    List<Resource> terms = new ArrayList<>();
    for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
      terms.addAll(ontology.listSubjectsWithProperty(RDF.type, type).toList());
    }
    assertTrue(terms.size() >= 60, "terms in pfkg.ttl: " + terms.size());
    List<String> missing = new ArrayList<>();
    for (Resource term : terms) {
      String id = term.getURI().substring(PF.NS.length());
      Element section = page.getElementById(id);
      if (section == null || !section.hasClass("term")) {
        missing.add(id);
        continue;
      }
      String text = section.text();
      for (RDFNode value : ontology.listObjectsOfProperty(term, RDFS.label).toList()) {
        assertTrue(text.contains(value.asLiteral().getLexicalForm()), id + " label");
      }
      for (RDFNode value : ontology.listObjectsOfProperty(term, RDFS.comment).toList()) {
        assertTrue(text.contains(value.asLiteral().getLexicalForm()), id + " comment");
      }
      assertNotNull(page.selectFirst("#toc a[href=#" + id + "]"), id + " in the contents");
    }
    assertEquals(List.of(), missing, "terms without a section");
  }

  @Test
  void termsShowDomainRangeSuperTermsShapesAndExamplesFromTheData() {
    Element journalist = page.getElementById("Journalist");
    assertTrue(journalist.text().contains("schema:Person"), "superclass");
    assertTrue(
        journalist.select("ul.constraints").text().contains("needs exactly one schema:name"),
        "the shape's message: " + journalist.select("ul.constraints").text());
    assertTrue(
        journalist.select("ul.term-examples").text().contains("Gulmire Imin"), "an instance");
    Element precision = page.getElementById("datePrecision");
    assertTrue(
        precision.select("ul.constraints").text().contains("one of (day | month | year | vague)"),
        precision.text());
    Element concerns = page.getElementById("concerns");
    assertFalse(concerns.select("ul.term-examples li").isEmpty(), "uses in the data");
    assertTrue(
        concerns.select("ul.term-examples a[href]").stream()
            .allMatch(a -> a.attr("href").startsWith("/page/")));
    Element chargedWith = page.getElementById("chargedWith");
    assertFalse(
        chargedWith.select("tr:contains(domain) a, tr:contains(range) a").isEmpty(),
        chargedWith.text());
  }

  @Test
  void theOntologyIriLeadsBrowsersToThisPageAndClientsToTheRdf() {
    HttpResponse<String> html = Web.get(server.baseUrl(), "/ontology", "text/html");
    assertEquals(303, html.statusCode());
    assertEquals("/page/ontology", Web.header(html, "Location"));
    HttpResponse<String> turtle = Web.get(server.baseUrl(), "/ontology", "text/turtle");
    assertEquals("/data/ontology.ttl", Web.header(turtle, "Location"));
  }
}
