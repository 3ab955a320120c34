package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.OA;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * Two documents of one invented case tell one sentencing: the first with its term, according to one
 * organisation; the second without a term but with its place, according to another. The published
 * event has both sources; the term only the first's and the place only the second's, in the store
 * and on the journalist page.
 */
@Tag("slow")
class TermSourcesTest {
  private static final BuiltRelease RELEASE =
      new BuiltRelease("pfkg-term-sources", out -> data(out.resolve("data")));
  private static final Iris IRIS = Iris.defaults();
  private static final String CPJ = "Committee to Protect Journalists";
  private static final String RSF = "Reporters Without Borders";
  private static PfkgServer server;

  @BeforeAll
  static void start() {
    server = RELEASE.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** The repository's knowledge (rules, gazetteer, links) and the two invented documents. */
  private static Path data(Path target) throws IOException {
    SeedData.copyTo(target.getParent(), name -> false);
    Path cases = Files.createDirectories(target.resolve("cases"));
    Files.writeString(
        cases.resolve("dana-koval.txt"),
        "Dana Koval\nOutlet: Lutsk Courier\n\nDana Koval, an editor of the weekly Lutsk Courier, was"
            + " arrested on March 3, 2031. She was sentenced to nine years in prison, according to"
            + " the "
            + CPJ
            + ".\n");
    Files.writeString(
        cases.resolve("dana-koval-rsf.txt"),
        "Dana Koval\nCase: dana-koval\n\nDana Koval was sentenced behind closed doors in Lutsk, "
            + RSF
            + " reported.\n");
    return target;
  }

  private static Set<String> names(Model m, Resource s, Property p) {
    return m.listObjectsOfProperty(s, p).toList().stream()
        .map(RDFNode::asResource)
        .map(r -> r.getProperty(org.apache.jena.vocabulary.RDFS.label).getString())
        .collect(Collectors.toSet());
  }

  private static Set<String> uris(Model m, Resource s, Property p) {
    return m.listObjectsOfProperty(s, p).toList().stream()
        .map(n -> n.asResource().getURI())
        .collect(Collectors.toSet());
  }

  @Test
  void theTermAndThePlaceAreCreditedToTheSourcesThatGaveThemTheEventToBoth() {
    Dataset dataset = RELEASE.dataset();
    Txn.executeRead(
        dataset,
        () -> {
          Model m = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
          Resource event =
              m.createResource(IRIS.event("dana-koval", "sentencing-undated").getURI());
          Resource term = m.createResource(IRIS.term("dana-koval", "sentencing-undated").getURI());
          assertTrue(m.contains(event, PF.sentenceTerm, term), "no term on the event");
          assertEquals(Set.of(CPJ, RSF), names(m, event, PF.accordingTo));
          assertEquals(Set.of(CPJ), names(m, term, PF.accordingTo));
          assertEquals(
              Set.of(IRIS.document("dana-koval").getURI()), uris(m, term, PROV.wasDerivedFrom));
          Set<String> evidence = uris(m, term, PF.evidence);
          assertEquals(1, evidence.size(), evidence::toString);
          Resource quoted = m.createResource(evidence.iterator().next());
          assertEquals(Set.of(IRIS.document("dana-koval").getURI()), uris(m, quoted, OA.hasSource));

          Resource lutsk = IRIS.place("lutsk");
          assertTrue(m.contains(event, SCHEMA.location, lutsk), "no place on the event");
          List<Resource> placeStatements =
              m.listSubjectsWithProperty(RDF.subject, event).toList().stream()
                  .filter(st -> m.contains(st, RDF.predicate, SCHEMA.location))
                  .filter(st -> m.contains(st, RDF.object, lutsk))
                  .toList();
          assertEquals(1, placeStatements.size(), placeStatements::toString);
          assertEquals(Set.of(RSF), names(m, placeStatements.get(0), PF.accordingTo));
          assertEquals(
              Set.of(IRIS.document("dana-koval-rsf").getURI()),
              uris(m, placeStatements.get(0), PROV.wasDerivedFrom));
        });
  }

  @Test
  void theJournalistPageGivesTheTermAndThePlaceTheirOwnSources() {
    HttpResponse<String> response =
        Web.get(server.baseUrl(), "/page/id/journalist/dana-koval", "text/html");
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    Element event = page.selectFirst("#events li.event:has(.term)");
    assertTrue(event != null, "no event with a term");
    String termSource = event.select(".term-source").text();
    assertEquals("(according to " + CPJ + ")", termSource);
    String eventSource = event.select(".source").text();
    assertTrue(eventSource.contains(CPJ) && eventSource.contains(RSF), eventSource);
    assertEquals("(Lutsk: according to " + RSF + ")", event.select(".place-source").text());
    List<String> history = page.select("#sentences td.term-source").eachText();
    assertEquals(List.of("according to " + CPJ), history);
  }
}
