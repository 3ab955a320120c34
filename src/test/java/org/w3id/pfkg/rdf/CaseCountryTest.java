package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * The derived country of a made-up case: the one country its state acts happen in, a Country header
 * first, and none when the places disagree.
 */
class CaseCountryTest {
  private static final Iris IRIS = Iris.defaults();

  /** Velmora lies in Ostria, Kassel Bay in Dunmark; Ostria and Dunmark are countries. */
  private static final Map<String, String> COUNTRY_OF =
      Map.of(
          "velmora", "ostria", "ostria", "ostria", "kassel-bay", "dunmark", "dunmark", "dunmark");

  private static final CaseCountry RULE =
      new CaseCountry(
          Set.of("arrest", "detention", "trial", "sentencing"),
          Set.of("release", "death"),
          key -> Optional.ofNullable(COUNTRY_OF.get(key)),
          name ->
              Optional.ofNullable(
                  Map.of("Ostria", "ostria", "Republic of Dunmark", "dunmark").get(name)),
          key -> key.equals("renn") ? List.of("Renn", "Rennstadt") : List.of(key));

  private static final String PREFIXES =
      """
      @prefix pf: <https://w3id.org/pfkg/ontology#> .
      @prefix schema: <http://schema.org/> .
      @prefix id: <https://w3id.org/pfkg/id/> .
      id:case\\/tova-renn a pf:Case ; pf:journalist id:journalist\\/tova-renn .
      id:journalist\\/tova-renn a pf:Journalist ; schema:name "Tova Renn" .
      """;

  private static String event(String key, String type, String place) {
    return "id:event\\/tova-renn\\/"
        + key
        + " pf:concerns id:journalist\\/tova-renn ; pf:eventType id:event-type\\/"
        + type
        + " ; schema:location id:place\\/"
        + place
        + " .\n";
  }

  private static String header(String value) {
    return "id:document\\/tova-renn\\/field\\/9 a pf:HeaderField ; pf:fieldName \"Country\" ;"
        + " pf:fieldValue \""
        + value
        + "\" .\n";
  }

  private static Model summary(String... parts) {
    Model in = ModelFactory.createDefaultModel();
    in.read(new StringReader(PREFIXES + String.join("", parts)), null, "TTL");
    return CaseSummary.of(in.getGraph(), IRIS, RULE);
  }

  private static List<RDFNode> country(Model out, Resource s) {
    return out.listObjectsOfProperty(s, PF.country).toList();
  }

  @Test
  void theStateActsInOneCountryGiveItToTheJournalistAndTheCase() {
    Model out =
        summary(
            event("arrest-2019", "arrest", "velmora"),
            event("sentencing-2020", "sentencing", "ostria"),
            // A release in the same country neither gives nor takes the country.
            event("release-2022", "release", "velmora"));
    assertEquals(List.of(IRIS.place("ostria")), country(out, IRIS.journalist("tova-renn")));
    assertEquals(List.of(IRIS.place("ostria")), country(out, IRIS.caseIri("tova-renn")));
  }

  /**
   * A release or a death placed in another country than the acts leaves the case without one: one
   * of the places may be misread ("an activist living in Kassel Bay"), and a missing country is
   * better than a wrong one. A journalist freed into exile loses the country too: precision first.
   */
  @Test
  void aReleaseOrDeathInAnotherCountryLeavesNone() {
    Model released =
        summary(
            event("arrest-2019", "arrest", "velmora"),
            event("release-2022", "release", "kassel-bay"));
    assertTrue(country(released, IRIS.journalist("tova-renn")).isEmpty());
    Model died =
        summary(event("trial-2019", "trial", "velmora"), event("death-2020", "death", "dunmark"));
    assertTrue(country(died, IRIS.caseIri("tova-renn")).isEmpty());
  }

  @Test
  void actsInTwoCountriesOrInPlacesTheGazetteerCannotPlaceGiveNone() {
    Model twoCountries =
        summary(
            event("arrest-2019", "arrest", "velmora"), event("trial-2020", "trial", "kassel-bay"));
    assertTrue(country(twoCountries, IRIS.journalist("tova-renn")).isEmpty());
    assertTrue(country(twoCountries, IRIS.caseIri("tova-renn")).isEmpty());
    Model unknownPlace = summary(event("detention-2019", "detention", "grey-fort-prison"));
    assertTrue(country(unknownPlace, IRIS.journalist("tova-renn")).isEmpty());
  }

  @Test
  void aPrisonClimbsThroughTheCaseGraphAndTheJournalistsNameIsNoPlace() {
    Model out =
        summary(
            "id:place\\/grey-fort-prison a pf:DetentionFacility ;"
                + " <http://schema.org/containedInPlace>"
                + " id:place\\/velmora .\n",
            event("detention-2019", "detention", "grey-fort-prison"),
            // "Renn" is also a town of Dunmark: the journalist's surname misread as a place.
            event("arrest-2019", "arrest", "renn"));
    assertEquals(List.of(IRIS.place("ostria")), country(out, IRIS.journalist("tova-renn")));
  }

  @Test
  void aCountryHeaderDecidesOverThePlacesOfTheActs() {
    Model out = summary(header("Republic of Dunmark"), event("arrest-2019", "arrest", "velmora"));
    assertEquals(List.of(IRIS.place("dunmark")), country(out, IRIS.journalist("tova-renn")));
    // A header naming no country the gazetteer knows leaves the places to decide.
    Model unknown = summary(header("Atlantis"), event("arrest-2019", "arrest", "velmora"));
    assertEquals(List.of(IRIS.place("ostria")), country(unknown, IRIS.journalist("tova-renn")));
  }

  @Test
  void withoutARuleNoCaseGetsACountry() {
    Model in = ModelFactory.createDefaultModel();
    in.read(new StringReader(PREFIXES + event("arrest-2019", "arrest", "velmora")), null, "TTL");
    assertFalse(CaseSummary.of(in.getGraph(), IRIS).contains(null, PF.country));
  }

  @Test
  void twoCountriesOnOneJournalistViolateTheShape() {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(PREFIXES + event("arrest-2019", "arrest", "velmora")), null, "TTL");
    m.add(CaseSummary.of(m.getGraph(), IRIS, RULE));
    new OntologyGraphs(Path.of("ontology"), IRIS).load().values().forEach(m::add);
    ShaclValidator shapes = new ShaclValidator(Path.of("ontology/shapes.ttl"));
    ValidationResult one = shapes.validate(m.getGraph());
    assertFalse(one.report().contains("pf:country"), one.report());
    m.add(IRIS.journalist("tova-renn"), PF.country, IRIS.place("dunmark"));
    ValidationResult two = shapes.validate(m.getGraph());
    assertTrue(two.report().contains("At most one pf:country"), two.report());
    assertTrue(two.report().contains("differs from the pf:country of the case"), two.report());
  }
}
