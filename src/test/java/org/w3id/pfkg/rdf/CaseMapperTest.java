package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.OA;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;
import org.w3id.pfkg.vocab.SCHEMA;

class CaseMapperTest {
  static final Iris IRIS = Iris.defaults();
  static Model seed;
  static Model ontologyAndVocabulary;

  @BeforeAll
  static void map() {
    seed = new CaseMapper(IRIS).map(SeedFacts.document(), SeedFacts.facts());
    // The case-level values (current status, latest sentence), as the build adds them.
    seed.add(CaseSummary.of(seed.getGraph(), IRIS));
    ontologyAndVocabulary = ModelFactory.createDefaultModel();
    new OntologyGraphs(Path.of("ontology"), IRIS)
        .load()
        .values()
        .forEach(ontologyAndVocabulary::add);
  }

  private static Resource event(String key) {
    return IRIS.event(SeedFacts.CASE, key);
  }

  private static Literal typed(String lex, XSDDatatype dt) {
    return ResourceFactory.createTypedLiteral(lex, dt);
  }

  @Test
  void mappedSeedWithOntologyAndVocabularyConformsToShapes() {
    Model union = ModelFactory.createDefaultModel().add(seed).add(ontologyAndVocabulary);
    ValidationResult result =
        new ShaclValidator(Path.of("ontology/shapes.ttl")).validate(union.getGraph());
    assertTrue(result.conforms(), result.report());
    assertEquals(0, result.violations());
  }

  @Test
  void theDocumentMentionsEveryEntityAndPersonItNamesAndNothingElse() {
    Resource doc = IRIS.document(SeedFacts.DOC);
    var facts = SeedFacts.facts();
    Set<Resource> expected = new java.util.HashSet<>();
    for (var e : facts.entities()) {
      expected.add(
          switch (e.kind()) {
            case OUTLET -> IRIS.outlet(e.key());
            case ORGANIZATION -> IRIS.org(e.key());
            case PLACE, FACILITY -> IRIS.place(e.key());
          });
    }
    facts.people().forEach(p -> expected.add(IRIS.person(p.key())));
    assertFalse(expected.isEmpty());
    Set<Resource> mentioned = new java.util.HashSet<>();
    seed.listObjectsOfProperty(doc, SCHEMA.mentions).forEach(o -> mentioned.add(o.asResource()));
    assertEquals(expected, mentioned);
  }

  @Test
  void datesAreTypedByTheirPrecision() {
    assertTrue(
        seed.contains(
            event("arrest-2009-07-14"), PF.date, typed("2009-07-14", XSDDatatype.XSDdate)));
    assertTrue(
        seed.contains(
            event("sentencing-2010-08"), PF.date, typed("2010-08", XSDDatatype.XSDgYearMonth)));
    assertTrue(
        seed.contains(
            event("sentencing-2010-08"),
            PF.earliestDate,
            typed("2010-08-01", XSDDatatype.XSDdate)));
    assertTrue(
        seed.contains(
            event("sentencing-2010-08"), PF.latestDate, typed("2010-08-31", XSDDatatype.XSDdate)));
    assertTrue(seed.contains(event("sentencing-2010-08"), PF.datePrecision, "month"));
  }

  @Test
  void vagueDateKeepsPhraseEdtfAndBoundsButNoTypedDate() {
    Resource e = event("other-2009-spring");
    assertFalse(e.inModel(seed).hasProperty(PF.date));
    assertTrue(seed.contains(e, PF.datePrecision, "vague"));
    assertTrue(seed.contains(e, PF.dateText, "in late spring 2009"));
    assertTrue(seed.contains(e, PF.edtf, org.w3id.pfkg.vocab.EDTF.literal("2009-21")));
    assertTrue(seed.contains(e, PF.earliestDate, typed("2009-05-01", XSDDatatype.XSDdate)));
  }

  @Test
  void sentenceTermsAreQueryable() {
    Resource life = IRIS.term(SeedFacts.CASE, "sentencing-2010-08");
    Resource reduced = IRIS.term(SeedFacts.CASE, "sentence-change-2021-06-22");
    assertTrue(seed.contains(life, PF.isLife, ResourceFactory.createTypedLiteral(true)));
    assertFalse(life.inModel(seed).hasProperty(PF.duration));
    assertTrue(seed.contains(reduced, PF.duration, typed("P19Y8M", XSDDatatype.XSDduration)));
    assertTrue(seed.contains(reduced, PF.totalMonths, typed("236", XSDDatatype.XSDinteger)));
    assertTrue(seed.contains(reduced, PF.isLife, ResourceFactory.createTypedLiteral(false)));
    assertTrue(seed.contains(IRIS.caseIri(SeedFacts.CASE), PF.latestSentence, reduced));
  }

  @Test
  void sentenceChangePointsToTheEarlierSentencing() {
    assertTrue(
        seed.contains(
            event("sentence-change-2021-06-22"),
            PF.changesSentenceOf,
            event("sentencing-2010-08")));
  }

  @Test
  void sentencingCarriesWitnessAndReporter() {
    Resource e = event("sentencing-2010-08");
    Resource witness = IRIS.describedSource(SeedFacts.CASE, "a-witness-to-her-trial");
    assertTrue(seed.contains(e, PF.accordingTo, witness));
    assertTrue(seed.contains(witness, RDF.type, PF.DescribedSource));
    assertTrue(seed.contains(witness, RDFS.label, "a witness to her trial"));
    assertTrue(seed.contains(e, PF.reportedBy, IRIS.org("radio-free-asia")));
    assertTrue(seed.contains(e, PROV.wasDerivedFrom, IRIS.document(SeedFacts.DOC)));
    assertTrue(seed.contains(e, PF.extractionRule, "event-trigger:sentenced"));
  }

  @Test
  void plainFactsAlsoHaveStatementNodesWithProvenance() {
    Resource j = IRIS.journalist("gulmire-imin");
    Resource prison = IRIS.place("xinjiang-no-2-prison");
    assertTrue(seed.contains(j, PF.heldIn, prison));
    Resource st = IRIS.statement(SeedFacts.CASE, SeedFacts.DOC, j, PF.heldIn, prison);
    assertTrue(seed.contains(st, RDF.type, RDF.Statement));
    assertTrue(seed.contains(st, RDF.subject, j));
    assertTrue(seed.contains(st, RDF.predicate, PF.heldIn));
    assertTrue(seed.contains(st, RDF.object, prison));
    assertTrue(seed.contains(st, PROV.wasDerivedFrom, IRIS.document(SeedFacts.DOC)));
    assertTrue(seed.contains(st, PF.accordingTo, IRIS.org("world-uyghur-congress")));
    assertTrue(st.inModel(seed).hasProperty(PF.evidence));
  }

  @Test
  void husbandIsSpouseRelatedPersonAndLivesInNorway() {
    Resource j = IRIS.journalist("gulmire-imin");
    Resource husband = IRIS.person("behtiyar-omer");
    assertTrue(seed.contains(j, SCHEMA.spouse, husband));
    assertTrue(seed.contains(j, PF.relatedPerson, husband));
    assertTrue(seed.contains(husband, PF.relation, IRIS.relation("husband")));
    assertTrue(seed.contains(husband, SCHEMA.homeLocation, IRIS.place("norway")));
    assertTrue(
        seed.contains(
            IRIS.statement(
                SeedFacts.CASE, SeedFacts.DOC, husband, SCHEMA.homeLocation, IRIS.place("norway")),
            RDF.type,
            RDF.Statement));
  }

  @Test
  void denialDisputesTheAccusationAndBothStay() {
    Resource accusation = IRIS.claim(SeedFacts.CASE, "accusation-1");
    Resource denial = IRIS.claim(SeedFacts.CASE, "denial-1");
    assertTrue(seed.contains(denial, PF.disputes, accusation));
    assertTrue(seed.contains(accusation, PF.claimKind, "accusation"));
    assertTrue(seed.contains(denial, PF.accordingTo, IRIS.person("behtiyar-omer")));
    assertTrue(seed.contains(denial, PF.reportedBy, IRIS.org("cpj")));
  }

  @Test
  void evidenceOffsetsCountCodePointsAndQuoteTheSentence() {
    String text = SeedFacts.NARRATIVE;
    int utf16 = text.indexOf(SeedFacts.ARREST);
    int start = text.codePointCount(0, utf16);
    assertNotEquals(utf16, start, "the fixture must put a non-BMP character before the sentence");
    int end = start + SeedFacts.ARREST.codePointCount(0, SeedFacts.ARREST.length());
    Resource ev = IRIS.evidence(SeedFacts.DOC, start, end);
    assertTrue(seed.contains(event("arrest-2009-07-14"), PF.evidence, ev));
    Resource position = IRIS.positionSelector(ev);
    assertTrue(
        seed.contains(
            position, OA.start, typed(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger)));
    assertTrue(
        seed.contains(
            position, OA.end, typed(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger)));
    Resource quote = IRIS.quoteSelector(ev);
    assertTrue(seed.contains(quote, OA.exact, SeedFacts.ARREST));
    String prefix = seed.getProperty(quote, OA.prefix).getString();
    assertEquals(32, prefix.codePointCount(0, prefix.length()));
    // Counting code points in pf:text reproduces the quote, as a Web Annotation client would.
    int[] cps = text.codePoints().toArray();
    assertEquals(SeedFacts.ARREST, new String(cps, start, end - start));
  }

  @Test
  void caseCarriesHeaderValuesAsConcepts() {
    Resource c = IRIS.caseIri(SeedFacts.CASE);
    assertTrue(seed.contains(c, PF.cpjChargeCategory, IRIS.charge("anti-state")));
    assertTrue(seed.contains(c, PF.medium, IRIS.medium("internet")));
    assertTrue(seed.contains(c, PF.status, IRIS.status("imprisoned")));
    assertTrue(seed.contains(c, PF.localOrForeign, "Local"));
  }

  @Test
  void mappingTwiceGivesIsomorphicGraphsWithoutBlankNodes() {
    Model again = new CaseMapper(IRIS).map(SeedFacts.document(), SeedFacts.facts());
    again.add(CaseSummary.of(again.getGraph(), IRIS));
    assertTrue(seed.isIsomorphicWith(again));
    assertEquals(seed.size(), again.size());
    assertFalse(
        seed.listStatements().toList().stream()
            .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
  }

  @Test
  void anotherCaseDoesNotChangeThisCasesIris() {
    Set<String> before = iris(seed);
    CaseMapper mapper = new CaseMapper(IRIS);
    Model other = mapper.map(SeedFacts.otherDocument(), SeedFacts.otherFacts());
    Model seedAfter = mapper.map(SeedFacts.document(), SeedFacts.facts());
    assertEquals(before, iris(seedAfter));
    Set<String> shared = iris(other);
    shared.retainAll(before);
    String caseScoped = IRIS.idNamespace() + "(event|claim|statement|source|evidence)/";
    assertTrue(
        shared.stream().noneMatch(i -> i.matches(caseScoped + ".*")),
        "case-scoped IRIs shared: " + shared);
  }

  @Test
  void everySubjectHasALabelOrName() {
    for (Resource s : seed.listSubjects().toList()) {
      assertTrue(s.hasProperty(RDFS.label) || s.hasProperty(SCHEMA.name), s + " has no label");
    }
  }

  @Test
  void everyPfTermTheMapperUsesIsDeclaredWithLabelAndComment() {
    Set<Resource> used = new java.util.HashSet<>();
    seed.listStatements()
        .forEach(
            s -> {
              used.add(s.getPredicate());
              if (s.getPredicate().equals(RDF.type)) {
                used.add(s.getObject().asResource());
              }
            });
    for (Resource term : used) {
      if (term.getURI().startsWith(PF.NS)) {
        assertDeclared(term);
      }
    }
  }

  @Test
  void everyTermOfThePfClassIsDeclaredWithLabelAndComment() throws IllegalAccessException {
    for (var field : PF.class.getFields()) {
      if (field.get(null) instanceof Resource term) {
        assertDeclared(term);
      }
    }
  }

  @Test
  void spouseRelationsInCodeMatchTheRelationVocabulary() {
    Resource spouse = IRIS.relation("spouse");
    Set<String> underSpouse =
        ontologyAndVocabulary
            .listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.broader, spouse)
            .toList()
            .stream()
            .map(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1))
            .collect(Collectors.toSet());
    underSpouse.add("spouse");
    assertEquals(underSpouse, JournalistWriter.SPOUSE_RELATIONS);
  }

  @Test
  void everyConceptTheSeedPointsToExistsInTheVocabularies() {
    for (Property p :
        new Property[] {
          PF.eventType,
          PF.charge,
          PF.chargedWith,
          PF.role,
          PF.ethnicGroup,
          PF.relation,
          PF.status,
          PF.cpjChargeCategory,
          PF.medium,
          PF.beat
        }) {
      for (RDFNode o : seed.listObjectsOfProperty(p).toList()) {
        assertTrue(
            ontologyAndVocabulary.contains(
                o.asResource(), RDF.type, org.apache.jena.vocabulary.SKOS.Concept),
            o + " (object of " + p.getLocalName() + ") is not a concept of ontology/vocab");
      }
    }
  }

  private static void assertDeclared(Resource term) {
    Resource t = ontologyAndVocabulary.getResource(term.getURI());
    assertTrue(t.hasProperty(RDF.type), term + " not declared in pfkg.ttl");
    assertTrue(t.hasProperty(RDFS.label), term + " has no rdfs:label");
    assertTrue(t.hasProperty(RDFS.comment), term + " has no rdfs:comment");
  }

  private static Set<String> iris(Model m) {
    Set<String> out = new java.util.TreeSet<>();
    m.listStatements()
        .forEach(
            s -> {
              out.add(s.getSubject().getURI());
              RDFNode o = s.getObject();
              if (o.isURIResource()) {
                out.add(o.asResource().getURI());
              }
            });
    return out;
  }
}
