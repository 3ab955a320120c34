package org.w3id.pfkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.problem.ConfigException;

class IrisTest {
  private final Iris iris = Iris.defaults();

  @Test
  void iriKindsFollowTheModel() {
    assertEquals(
        "https://w3id.org/pfkg/id/event/gulmire-imin/arrest-2009-07-14",
        iris.event("gulmire-imin", "arrest-2009-07-14").getURI());
    assertEquals(
        "https://w3id.org/pfkg/id/evidence/gulmire-imin/10-20",
        iris.evidence("gulmire-imin", 10, 20).getURI());
    assertEquals(
        "https://w3id.org/pfkg/id/event-type/sentence-change",
        iris.eventType("sentence-change").getURI());
    assertEquals(
        "https://w3id.org/pfkg/graph/case/gulmire-imin", iris.caseGraph("gulmire-imin").getURI());
  }

  @Test
  void statementIriIsAStableShortHashOfTheTripleAndItsDocument() {
    var s = iris.journalist("a");
    String first = iris.statement("c", "d", s, PF.heldIn, iris.place("p")).getURI();
    assertEquals(first, iris.statement("c", "d", s, PF.heldIn, iris.place("p")).getURI());
    assertNotEquals(first, iris.statement("c", "d", s, PF.heldIn, iris.place("q")).getURI());
    assertNotEquals(
        first, iris.statement("c", "other-document", s, PF.heldIn, iris.place("p")).getURI());
    assertTrue(first.matches("https://w3id.org/pfkg/id/statement/c/[0-9a-f]{16}"), first);
  }

  @Test
  void baseIsConfigurable() {
    assertEquals(
        "http://localhost:3030/id/case/x",
        new Iris("http://localhost:3030/").caseIri("x").getURI());
    assertThrows(ConfigException.class, () -> new Iris("https://example.org/no-slash"));
  }

  @Test
  void prefixesCoverEveryNamespaceWeWrite() {
    var pm = iris.prefixes();
    for (String p :
        List.of(
            "pf", "pfid", "schema", "prov", "oa", "sem", "skos", "owl", "rdf", "rdfs", "xsd",
            "dcterms", "dcat", "void", "wd", "wdt")) {
      assertTrue(pm.getNsPrefixURI(p) != null, p);
    }
  }
}
