package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * The custody span of a made-up journalist: each bound taken at the day that makes custody certain,
 * the end the first release that may follow the start, the last evidence the latest statement of a
 * held status, and no span without a start.
 */
class CaseCustodyTest {
  private static final Iris IRIS = Iris.defaults();
  private static final CaseCustody RULE =
      new CaseCustody(
          Set.of("arrest", "detention"),
          Set.of("release", "death"),
          Set.of("imprisoned"),
          java.util.OptionalInt.of(365));
  private static final String PREFIXES =
      """
      @prefix pf: <https://w3id.org/pfkg/ontology#> .
      @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix id: <https://w3id.org/pfkg/id/> .
      id:case\\/oren-vale a pf:Case ; pf:journalist id:journalist\\/oren-vale .
      id:journalist\\/oren-vale a pf:Journalist .
      """;
  private static final Resource J = IRIS.journalist("oren-vale");

  /** An event of the journalist: its type, its date as stated and the bounds that date allows. */
  private static String event(String key, String type, String stated, String first, String last) {
    String iri = "id:event\\/oren-vale\\/" + key;
    return iri
        + " pf:concerns id:journalist\\/oren-vale ; pf:eventType id:event-type\\/"
        + type
        + (stated.isEmpty() ? "" : " ; pf:date " + stated)
        + " ; pf:earliestDate \""
        + first
        + "\"^^xsd:date ; pf:latestDate \""
        + last
        + "\"^^xsd:date .\n";
  }

  private static String said(String key, String status, String asOf) {
    return "id:statement\\/oren-vale\\/"
        + key
        + " a pf:StatusStatement ; rdf:subject id:journalist\\/oren-vale ; rdf:object id:status\\/"
        + status
        + " ; pf:asOf "
        + asOf
        + " .\n";
  }

  private static Model summary(String... parts) {
    Model in = ModelFactory.createDefaultModel();
    in.read(new StringReader(PREFIXES + String.join("", parts)), null, "TTL");
    return CaseSummary.of(in.getGraph(), IRIS, CaseCountry.NONE, RULE);
  }

  private static RDFNode one(Model m, Resource s, Property p) {
    var all = m.listObjectsOfProperty(s, p).toList();
    assertEquals(1, all.size(), () -> p + " of " + s + ": " + all);
    return all.get(0);
  }

  private static String day(Model m, Resource span, Property p) {
    Literal l = one(m, span, p).asLiteral();
    assertEquals("http://www.w3.org/2001/XMLSchema#date", l.getDatatypeURI());
    return l.getLexicalForm();
  }

  @Test
  void theSpanRunsFromTheFirstCertainStartToTheFirstReleaseThatMayFollowIt() {
    Model out =
        summary(
            // a death told of an earlier year ends nothing that began later
            event("death-2009", "death", "\"2009\"^^xsd:gYear", "2009-01-01", "2009-12-31"),
            // "in 2012": custody is certain from the last day of 2012 only
            event("arrest-2012", "arrest", "\"2012\"^^xsd:gYear", "2012-01-01", "2012-12-31"),
            event("detention-2013", "detention", "", "2013-03-01", "2013-03-01"),
            event(
                "release-2015-06",
                "release",
                "\"2015-06\"^^xsd:gYearMonth",
                "2015-06-01",
                "2015-06-30"),
            event("release-2016", "release", "", "2016-02-02", "2016-02-02"),
            said("held-2014", "imprisoned", "\"2014\"^^xsd:gYear"),
            said("held-2013-05", "imprisoned", "\"2013-05\"^^xsd:gYearMonth"),
            said("free-2016", "released", "\"2016-03-01\"^^xsd:date"));

    Resource span = one(out, J, PF.custody).asResource();
    assertEquals(IRIS.custody("oren-vale", "oren-vale"), span);
    assertTrue(out.contains(span, org.apache.jena.vocabulary.RDF.type, PF.CustodySpan));
    assertEquals("2012-12-31", day(out, span, PF.heldFrom));
    assertEquals(IRIS.event("oren-vale", "arrest-2012"), one(out, span, PF.startEvent));
    assertEquals("2015-06-01", day(out, span, PF.heldUntil));
    assertEquals(IRIS.event("oren-vale", "release-2015-06"), one(out, span, PF.endEvent));
    // "as of 2014" is evidence from its first day; a release statement is no evidence of custody
    assertEquals("2014-01-01", day(out, span, PF.lastSaidHeld));
    assertEquals(
        out.createResource(IRIS.idNamespace() + "statement/oren-vale/held-2014"),
        one(out, span, PF.lastCustodyStatement));
  }

  @Test
  void anOpenCustodyHasNoEndAndAJournalistNeverHeldHasNoSpan() {
    Model open = summary(event("arrest-2020", "arrest", "", "2020-04-02", "2020-04-02"));
    Resource span = one(open, J, PF.custody).asResource();
    assertEquals("2020-04-02", day(open, span, PF.heldFrom));
    assertFalse(open.contains(span, PF.heldUntil));
    assertFalse(open.contains(span, PF.endEvent));
    assertFalse(open.contains(span, PF.lastSaidHeld));

    Model never =
        summary(
            event("release-2020", "release", "", "2020-04-02", "2020-04-02"),
            said("held-2019", "imprisoned", "\"2019\"^^xsd:gYear"));
    assertFalse(never.contains(J, PF.custody));
    assertFalse(never.contains(null, PF.heldFrom));
  }

  @Test
  void aSecondTakingMoreThanAYearLaterBeforeAnyEndLeavesNoSpan() {
    Model twice =
        summary(
            event("arrest-2002", "arrest", "\"2002\"^^xsd:gYear", "2002-01-01", "2002-12-31"),
            event("arrest-2012-10-30", "arrest", "", "2012-10-30", "2012-10-30"),
            event("death-2012-11-03", "death", "", "2012-11-03", "2012-11-03"));
    assertFalse(twice.contains(J, PF.custody));
    assertFalse(twice.contains(null, PF.heldFrom));

    Model retold =
        summary(
            event("arrest-2020-04-02", "arrest", "", "2020-04-02", "2020-04-02"),
            event("detention-2020-09", "detention", "", "2020-09-01", "2020-09-30"),
            event("arrest-2023", "arrest", "", "2023-05-01", "2023-05-01"),
            event("release-2021", "release", "", "2021-01-15", "2021-01-15"));
    Resource span = one(retold, J, PF.custody).asResource();
    assertEquals("2020-04-02", day(retold, span, PF.heldFrom));
    assertEquals("2021-01-15", day(retold, span, PF.heldUntil));
  }

  @Test
  void withoutTheRuleNoSpanIsWritten() {
    Model in = ModelFactory.createDefaultModel();
    in.read(
        new StringReader(PREFIXES + event("arrest-2020", "arrest", "", "2020-04-02", "2020-04-02")),
        null,
        "TTL");
    assertFalse(CaseSummary.of(in.getGraph(), IRIS).contains(null, PF.custody));
  }

  @Test
  void aLaterEventThatContradictsTheLatestStatusLeavesItUnknown() {
    Model rearrested =
        summary(
            said("free-2011", "released", "\"2011\"^^xsd:gYear"),
            event("arrest-2011", "arrest", "", "2011-04-08", "2011-04-08"),
            event("arrest-2017", "arrest", "", "2017-03-20", "2017-03-20"));
    assertEquals(IRIS.status("unknown"), one(rearrested, J, PF.status));
    assertFalse(rearrested.contains(J, PF.statusStatement));

    Model freed =
        summary(
            said("held-2019-05", "imprisoned", "\"2019-05\"^^xsd:gYearMonth"),
            event("release-2019-05-20", "release", "", "2019-05-20", "2019-05-20"),
            event("release-2020", "release", "\"2020\"^^xsd:gYear", "2020-01-01", "2020-12-31"));
    assertEquals(IRIS.status("unknown"), one(freed, J, PF.status));

    // An event within the statement's own month or year does not overtake it.
    Model same =
        summary(
            said("held-2019-05", "imprisoned", "\"2019-05\"^^xsd:gYearMonth"),
            event("release-2019-05-20", "release", "", "2019-05-20", "2019-05-20"),
            event("arrest-2021", "arrest", "", "2021-01-05", "2021-01-05"));
    assertEquals(IRIS.status("imprisoned"), one(same, J, PF.status));
  }
}
