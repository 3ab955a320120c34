package org.w3id.pfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class QuickStatementsTest {
  private static final String VALUE =
      "(Q[1-9][0-9]*|\"[^\"\\t]*\"|[+-][0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11)|somevalue|novalue)";

  /** QuickStatements V1: CREATE, a term line, or a statement with qualifiers then sources. */
  static final Pattern GRAMMAR =
      Pattern.compile(
          "CREATE"
              + "|(Q[1-9][0-9]*|LAST)\\t[LDA][a-z]{2,3}(-[a-z]+)?\\t\"[^\"\\t]*\""
              + "|(Q[1-9][0-9]*|LAST)\\tP[1-9][0-9]*\\t"
              + VALUE
              + "(\\tP[1-9][0-9]*\\t"
              + VALUE
              + ")*(\\tS[1-9][0-9]*\\t"
              + VALUE
              + ")*");

  // A hand-made graph in our model's shape. The Q9000000xx items are fictional test values.
  private static final String GRAPH =
      """
      @prefix pf: <https://w3id.org/pfkg/ontology#> .
      @base <https://w3id.org/pfkg/id/> .
      @prefix schema: <http://schema.org/> .
      @prefix prov: <http://www.w3.org/ns/prov#> .
      @prefix dcterms: <http://purl.org/dc/terms/> .
      @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix owl: <http://www.w3.org/2002/07/owl#> .
      @prefix wd: <http://www.wikidata.org/entity/> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      <journalist/a> a pf:Journalist ; schema:name "A Journalist" ; owl:sameAs wd:Q900000100 .
      <journalist/b> a pf:Journalist ; schema:name "B Journalist" .
      <document/d> schema:url <https://example.org/case/a> ; pf:retrieved "2024-05-01"^^xsd:date .
      <place/prison> owl:sameAs wd:Q900000101 .
      <outlet/site> owl:sameAs wd:Q900000102 .
      <charge/x> skos:exactMatch wd:Q900000103 .
      <event-type/sentencing> skos:exactMatch wd:Q900000104 .
      <org/reporter> owl:sameAs wd:Q900000105 .
      <statement/1> rdf:subject <journalist/a> ; rdf:predicate pf:heldIn ; rdf:object <place/prison> ;
          prov:wasDerivedFrom <document/d> ; pf:reportedBy <org/reporter> .
      <statement/2> rdf:subject <journalist/a> ; rdf:predicate pf:outlet ; rdf:object <outlet/site> ;
          prov:wasDerivedFrom <document/d> .
      <statement/3> rdf:subject <journalist/a> ; rdf:predicate pf:outlet ; rdf:object <outlet/unlinked> ;
          prov:wasDerivedFrom <document/d> .
      <event/a/s> pf:concerns <journalist/a> ; pf:eventType <event-type/sentencing> ;
          pf:date "2010-08"^^xsd:gYearMonth ; pf:charge <charge/x> ; prov:wasDerivedFrom <document/d> .
      <statement/4> rdf:subject <journalist/b> ; rdf:predicate pf:outlet ; rdf:object <outlet/site> ;
          prov:wasDerivedFrom <document/d> .
      """;

  private static Model graph() {
    return ModelFactory.createDefaultModel().read(new StringReader(GRAPH), null, "TTL");
  }

  @Test
  void linkedFactsBecomeReferencedStatements() {
    QuickStatements.Export export = new QuickStatements(graph(), false).export();
    String ref = "\tS854\t\"https://example.org/case/a\"\tS813\t+2024-05-01T00:00:00Z/11";
    assertEquals(
        List.of(
            "Q900000100\tP2632\tQ900000101\tS248\tQ900000105" + ref,
            "Q900000100\tP108\tQ900000102" + ref,
            "Q900000100\tP1399\tQ900000103\tP585\t+2010-08-00T00:00:00Z/10" + ref,
            "Q900000100\tP793\tQ900000104\tP585\t+2010-08-00T00:00:00Z/10" + ref),
        export.lines().stream().sorted((x, y) -> order(x) - order(y)).toList());
    assertTrue(export.skipped().stream().anyMatch(s -> s.contains("outlet/unlinked")));
    assertTrue(export.skipped().stream().anyMatch(s -> s.startsWith("B Journalist: no Q-id")));
    export.lines().forEach(l -> assertTrue(GRAMMAR.matcher(l).matches(), l));
  }

  @Test
  void aJournalistWithoutQidGetsACreateBlockOnlyWhenAsked() {
    List<String> lines = new QuickStatements(graph(), true).export().lines();
    int create = lines.indexOf("CREATE");
    assertTrue(create >= 0, lines.toString());
    assertEquals("LAST\tLen\t\"B Journalist\"", lines.get(create + 1));
    assertTrue(lines.contains("LAST\tP31\tQ5"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("LAST\tP108\tQ900000102\tS854\t")));
    lines.forEach(l -> assertTrue(GRAMMAR.matcher(l).matches(), l));
  }

  private static int order(String line) {
    return List.of("P2632", "P108", "P1399", "P793").indexOf(line.split("\t")[1]);
  }
}
