package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.EntityDescriptions;
import org.w3id.pfkg.rdf.SharedEntities;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

class DraftSummaryTest {
  private final Iris iris = new Iris("https://w3id.org/pfkg/");
  private final SharedEntities shared = new SharedEntities(iris);
  // A country for the town only: the prison's comes from what the cases say it lies in.
  private final CaseCountry countries =
      new CaseCountry(
          Set.of("arrest"),
          key -> key.equals("town-q") ? Optional.of("country-r") : Optional.empty(),
          name -> Optional.empty(),
          key -> List.of());

  /** A made-up case: a journalist arrested at a prison, and what the document says it lies in. */
  private DocumentCache.Entry document(String caseId, Resource prisonLiesIn) {
    return document(caseId, prisonLiesIn, "Prison P");
  }

  private DocumentCache.Entry document(String caseId, Resource prisonLiesIn, String prisonName) {
    Model m = ModelFactory.createDefaultModel();
    Resource c = m.createResource(iris.caseIri(caseId).getURI());
    Resource j = m.createResource(iris.journalist(caseId + "-j").getURI());
    Resource prison = m.createResource(iris.place("prison-p").getURI());
    c.addProperty(RDF.type, PF.Case).addProperty(PF.journalist, j);
    m.createResource(iris.caseIri(caseId).getURI() + "/arrest")
        .addProperty(PF.concerns, j)
        .addProperty(PF.eventType, iris.eventType("arrest"))
        .addProperty(SCHEMA.location, prison);
    prison.addProperty(SCHEMA.name, prisonName);
    if (prisonLiesIn != null) {
      prison.addProperty(SCHEMA.containedInPlace, prisonLiesIn);
    }
    return DocumentCache.Entry.split(caseId, true, List.of(), m.getGraph(), shared::describes);
  }

  private DraftSummary draft(DocumentCache.Entry doc) {
    return DraftSummary.of(List.of(doc), shared, iris, countries, CaseCustody.NONE);
  }

  private static Map<String, String> merged(DocumentCache.Entry... docs) {
    EntityDescriptions all = new EntityDescriptions();
    for (DocumentCache.Entry d : docs) {
      all.add(d.entities());
    }
    return DraftSummary.readHashes(all.resolve(Graph.emptyGraph));
  }

  private boolean hasCountry(DraftSummary d) {
    return d.triples().stream()
        .map(Triple::getPredicate)
        .anyMatch(p -> p.equals(PF.country.asNode()));
  }

  @Test
  void aDraftHoldsWhenNoOtherCaseDescribesItsEntitiesOtherwise() {
    DocumentCache.Entry a = document("a", iris.place("town-q"));
    DraftSummary d = draft(a);
    assertTrue(hasCountry(d), "the prison lies in the town, which the gazetteer places");
    assertTrue(d.holdsWith(merged(a)));
    assertTrue(d.holdsWith(merged(a, document("b", iris.place("town-q")))));
  }

  @Test
  void aDraftDoesNotHoldWhenAnotherCaseSaysWhereItsPlaceLies() {
    DocumentCache.Entry a = document("a", null);
    DocumentCache.Entry b = document("b", iris.place("town-q"));
    DraftSummary d = draft(a);
    assertFalse(hasCountry(d), "alone, case a cannot place the prison");
    assertTrue(d.holdsWith(merged(a)));
    // With case b the merged prison lies in the town: a's summary must be made again.
    assertFalse(d.holdsWith(merged(a, b)));
  }

  @Test
  void aDraftHoldsWhenAnotherCaseOnlyNamesItsPlaceOtherwise() {
    DocumentCache.Entry a = document("a", iris.place("town-q"));
    DocumentCache.Entry b = document("b", iris.place("town-q"), "P Central Prison");
    // The names differ, where the prison lies does not: the summary reads only the latter.
    assertTrue(draft(a).holdsWith(merged(a, b)));
  }

  @Test
  void theViewNamesEverySharedEntityOfTheCase() {
    DraftSummary d = draft(document("a", iris.place("town-q")));
    assertEquals(
        Set.of(iris.place("prison-p").getURI(), iris.place("town-q").getURI()), d.view().keySet());
    assertEquals("", d.view().get(iris.place("town-q").getURI()), "described by no document");
  }
}
