package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
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
 * The case-level status and latest sentence over several documents of one made-up case: the latest
 * dated statement wins whatever the document order, the others stay statements, and the sentence
 * history is numbered in date order.
 */
class CaseSummaryTest {
  private static final Iris IRIS = Iris.defaults();
  private static final String PREFIXES =
      """
      @prefix pf: <https://w3id.org/pfkg/ontology#> .
      @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix id: <https://w3id.org/pfkg/id/> .
      """;
  private static final String CASE =
      """
      id:case\\/lena-moor a pf:Case ; pf:journalist id:journalist\\/lena-moor .
      id:journalist\\/lena-moor a pf:Journalist .
      """;

  private static String statement(String name, String status, String asOf) {
    return "id:statement\\/lena-moor\\/"
        + name
        + " a pf:StatusStatement , rdf:Statement ; rdf:subject id:journalist\\/lena-moor ;"
        + " rdf:predicate pf:status ; rdf:object id:status\\/"
        + status
        + (asOf.isEmpty() ? "" : " ; pf:asOf " + asOf)
        + " .\n";
  }

  private static String sentence(String key, String earliest, String months) {
    return "id:event\\/lena-moor\\/"
        + key
        + " pf:concerns id:journalist\\/lena-moor ; pf:sentenceTerm id:event\\/lena-moor\\/"
        + key
        + "\\/term"
        + (earliest.isEmpty()
            ? ""
            : " ; pf:earliestDate \""
                + earliest
                + "\"^^xsd:date ; pf:latestDate \""
                + earliest
                + "\"^^xsd:date")
        + " .\nid:event\\/lena-moor\\/"
        + key
        + "\\/term pf:totalMonths "
        + months
        + " .\n";
  }

  private static Model graph(String... parts) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(PREFIXES + CASE + String.join("", parts)), null, "TTL");
    return m;
  }

  private static List<RDFNode> objects(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
    return m.listObjectsOfProperty(s, p).toList();
  }

  @Test
  void theLatestDatedStatementOfAnyDocumentIsTheOneCurrentStatus() {
    Model in =
        graph(
            statement("profile", "imprisoned", "\"2016-02\"^^xsd:gYearMonth"),
            statement("alert", "released", "\"2019-05-04\"^^xsd:date"),
            statement("old", "detained", "\"2015\"^^xsd:gYear"));
    Model out = CaseSummary.of(in.getGraph(), IRIS);
    Resource j = IRIS.journalist("lena-moor");
    assertEquals(List.of(IRIS.status("released")), objects(out, j, PF.status));
    assertEquals(
        List.of(IRIS.status("released")), objects(out, IRIS.caseIri("lena-moor"), PF.status));
    assertEquals(1, objects(out, j, PF.statusStatement).size());
    // The overtaken statements stay in the documents' graphs, unasserted.
    assertTrue(out.listStatements(null, PF.status, IRIS.status("imprisoned")).toList().isEmpty());
  }

  @Test
  void aDatedStatementOvertakesAnUndatedOneAndNoneMeansUnknown() {
    Resource j = IRIS.journalist("lena-moor");
    Model undated =
        graph(statement("a", "missing", ""), statement("b", "imprisoned", "\"2012\"^^xsd:gYear"));
    assertEquals(
        List.of(IRIS.status("imprisoned")),
        objects(CaseSummary.of(undated.getGraph(), IRIS), j, PF.status));
    assertEquals(
        List.of(IRIS.status("unknown")),
        objects(CaseSummary.of(graph().getGraph(), IRIS), j, PF.status));
  }

  @Test
  void theLatestSentenceIsTheLastOfTheHistoryInDateOrder() {
    Model in =
        graph(
            sentence("sentence-change-2021-06-22", "2021-06-22", "236"),
            sentence("sentencing-2010-08", "2010-08-01", "0"));
    Model out = CaseSummary.of(in.getGraph(), IRIS);
    Resource change = IRIS.term("lena-moor", "sentence-change-2021-06-22");
    Resource first = IRIS.term("lena-moor", "sentencing-2010-08");
    assertEquals(List.of(change), objects(out, IRIS.journalist("lena-moor"), PF.latestSentence));
    assertEquals(1, out.getProperty(first, PF.sentenceIndex).getInt());
    assertEquals(2, out.getProperty(change, PF.sentenceIndex).getInt());
  }

  @Test
  void aJournalistWithTwoCurrentStatusesViolatesTheShape() {
    Model m = graph(statement("a", "released", "\"2019\"^^xsd:gYear"));
    m.add(CaseSummary.of(m.getGraph(), IRIS));
    m.add(IRIS.journalist("lena-moor"), PF.status, IRIS.status("imprisoned"));
    m.add(IRIS.journalist("lena-moor"), org.apache.jena.vocabulary.RDF.type, PF.Journalist);
    new OntologyGraphs(Path.of("ontology"), IRIS).load().values().forEach(m::add);
    ValidationResult r = new ShaclValidator(Path.of("ontology/shapes.ttl")).validate(m.getGraph());
    assertTrue(r.report().contains("exactly one current pf:status"), r.report());
  }
}
