package org.w3id.pfkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The conditional constraints of ontology/shapes.ttl that were SPARQL and are now core constraints
 * flag the same focus nodes as the SPARQL they replaced (kept here as the reference), on graphs
 * that break and keep each rule in the ways it can be broken and kept: each node once, where the
 * SPARQL flagged a journalist once per sentencing event.
 */
class ShapeRewriteTest {
  private static final String PREFIXES =
      """
      @prefix sh: <http://www.w3.org/ns/shacl#> .
      @prefix pf: <https://w3id.org/pfkg/ontology#> .
      @prefix oa: <http://www.w3.org/ns/oa#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix owl: <http://www.w3.org/2002/07/owl#> .
      @prefix ex: <https://example.org/> .
      """;

  /** The SPARQL constraints as they were, one shape per rule, with the same targets. */
  private static final String REFERENCE =
      PREFIXES
          + """
      ex:p a owl:Ontology ;
          sh:declare [ sh:prefix "pf" ; sh:namespace "https://w3id.org/pfkg/ontology#"^^xsd:anyURI ] ,
                     [ sh:prefix "oa" ; sh:namespace "http://www.w3.org/ns/oa#"^^xsd:anyURI ] .
      ex:sentenced a sh:NodeShape ; sh:targetClass pf:Journalist ;
          sh:sparql [ sh:message "sentenced" ; sh:prefixes ex:p ; sh:select \"""
              SELECT $this WHERE { ?event pf:concerns $this ; pf:sentenceTerm ?term .
                FILTER NOT EXISTS { $this pf:latestSentence ?latest } }\""" ] .
      ex:bounds a sh:NodeShape ; sh:targetClass pf:Event ;
          sh:sparql [ sh:message "bounds" ; sh:prefixes ex:p ; sh:select \"""
              SELECT $this ?earliest ?latest WHERE { $this pf:earliestDate ?earliest ; pf:latestDate ?latest .
                FILTER (?earliest > ?latest) }\""" ] .
      ex:dated a sh:NodeShape ; sh:targetClass pf:Event ;
          sh:sparql [ sh:message "dated" ; sh:prefixes ex:p ; sh:select \"""
              SELECT $this WHERE { $this pf:datePrecision ?p .
                FILTER (NOT EXISTS { $this pf:earliestDate ?e } || NOT EXISTS { $this pf:latestDate ?l }) }\""" ] .
      ex:months a sh:NodeShape ; sh:targetClass pf:SentenceTerm ;
          sh:sparql [ sh:message "months" ; sh:prefixes ex:p ; sh:select \"""
              SELECT $this WHERE { $this pf:duration ?d . FILTER NOT EXISTS { $this pf:totalMonths ?m } }\""" ] .
      ex:span a sh:NodeShape ; sh:targetClass oa:TextPositionSelector ;
          sh:sparql [ sh:message "span" ; sh:prefixes ex:p ; sh:select \"""
              SELECT $this ?start ?end WHERE { $this oa:start ?start ; oa:end ?end . FILTER (?start > ?end) }\""" ] .
      """;

  /** Each rule's key in the reference and a phrase of its message in ontology/shapes.ttl. */
  private static final Map<String, String> RULES =
      Map.of(
          "sentenced", "has no pf:latestSentence",
          "bounds", "is after its pf:latestDate",
          "dated", "needs both pf:earliestDate and pf:latestDate",
          "months", "also needs pf:totalMonths",
          "span", "the evidence span is reversed");

  /** Cases that break a rule (ex:bad*) and keep it (ex:ok*), several ways each. */
  private static final String DATA =
      PREFIXES
          + """
      ex:badJournalist a pf:Journalist .
      ex:e1 pf:concerns ex:badJournalist ; pf:sentenceTerm ex:t0 .
      ex:e2 pf:concerns ex:badJournalist ; pf:sentenceTerm ex:t00 .
      ex:okJournalist a pf:Journalist ; pf:latestSentence ex:t0 .
      ex:e3 pf:concerns ex:okJournalist ; pf:sentenceTerm ex:t0 .
      ex:okJournalistNoTerm a pf:Journalist .
      ex:e4 pf:concerns ex:okJournalistNoTerm .

      ex:badBounds a pf:Event ; pf:datePrecision "month" ;
          pf:earliestDate "2010-02-01"^^xsd:date ; pf:latestDate "2010-01-31"^^xsd:date .
      ex:okBoundsEqual a pf:Event ; pf:datePrecision "day" ;
          pf:earliestDate "2010-02-01"^^xsd:date ; pf:latestDate "2010-02-01"^^xsd:date .
      ex:okUndated a pf:Event .
      ex:badDatedNoLatest a pf:Event ; pf:datePrecision "year" ; pf:earliestDate "2011-01-01"^^xsd:date .
      ex:badDatedNoEarliest a pf:Event ; pf:datePrecision "year" ; pf:latestDate "2011-12-31"^^xsd:date .
      ex:badDatedNeither a pf:Event ; pf:datePrecision "vague" .

      ex:badTerm a pf:SentenceTerm ; pf:duration "P5Y"^^xsd:duration .
      ex:okTerm a pf:SentenceTerm ; pf:duration "P5Y"^^xsd:duration ; pf:totalMonths 60 .
      ex:okLife a pf:SentenceTerm ; pf:isLife true .

      ex:badSpan a oa:TextPositionSelector ;
          oa:start "40"^^xsd:nonNegativeInteger ; oa:end "12"^^xsd:nonNegativeInteger .
      ex:okSpan a oa:TextPositionSelector ;
          oa:start "12"^^xsd:nonNegativeInteger ; oa:end "40"^^xsd:nonNegativeInteger .
      ex:okEmptySpan a oa:TextPositionSelector ;
          oa:start "12"^^xsd:nonNegativeInteger ; oa:end "12"^^xsd:nonNegativeInteger .
      """;

  @Test
  void coreConstraintsFlagWhatTheSparqlFlagged() {
    Graph data = parse(DATA);
    Map<String, List<String>> expected = flagged(parse(REFERENCE), data, true);
    Map<String, List<String>> actual =
        flagged(RDFDataMgr.loadGraph("ontology/shapes.ttl"), data, false);
    assertEquals(
        Map.of(
            "bounds", List.of("https://example.org/badBounds"),
            "dated",
                List.of(
                    "https://example.org/badDatedNeither",
                    "https://example.org/badDatedNoEarliest",
                    "https://example.org/badDatedNoLatest"),
            "months", List.of("https://example.org/badTerm"),
            // The SPARQL gave a result per sentencing event; the core constraint one per
            // journalist.
            "sentenced",
                List.of("https://example.org/badJournalist", "https://example.org/badJournalist"),
            "span", List.of("https://example.org/badSpan")),
        expected,
        "the reference itself");
    expected.replaceAll((k, v) -> v.stream().distinct().toList());
    assertEquals(expected, actual);
  }

  @Test
  void noSparqlConstraintIsLeftButTheCountryOne() {
    Model shapes = ModelFactory.createModelForGraph(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    long sparql =
        shapes
            .listStatements(
                null, shapes.createProperty("http://www.w3.org/ns/shacl#sparql"), (String) null)
            .toList()
            .size();
    assertEquals(1, sparql);
    assertFalse(shapes.isEmpty());
  }

  /** The focus nodes of each rule's results (sorted, a node once per result). */
  private static Map<String, List<String>> flagged(Graph shapes, Graph data, boolean byKey) {
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
    Map<String, List<String>> out = new TreeMap<>();
    report
        .getEntries()
        .forEach(
            e ->
                RULES.forEach(
                    (key, phrase) -> {
                      if (e.message().contains(byKey ? key : phrase)
                          && e.focusNode().isURI()
                          && e.focusNode().getURI().startsWith("https://example.org/")) {
                        out.computeIfAbsent(key, k -> new java.util.ArrayList<>())
                            .add(e.focusNode().getURI());
                      }
                    }));
    out.values().forEach(java.util.Collections::sort);
    return out;
  }

  private static Graph parse(String turtle) {
    return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
  }
}
