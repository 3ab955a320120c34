package org.w3id.pfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WGS84;

class EntityGraphCoordinatesTest {
  private static final Path DATA = Path.of("data");
  private static final Iris IRIS = Iris.defaults();

  @Test
  void mentionedPlacesGetDecimalCoordinatesAndTheirContainersButNotTheWholeWorld() {
    Model m =
        new EntityGraph(IRIS).build(Gazetteer.read(DATA), LinkTable.read(DATA), Set.of("urumqi"));
    Resource urumqi = m.getResource(IRIS.place("urumqi").getURI());
    Literal lat = urumqi.getProperty(WGS84.lat).getLiteral();
    assertEquals(XSDDatatype.XSDdecimal.getURI(), lat.getDatatypeURI());
    assertEquals("43.80096", lat.getLexicalForm());
    assertTrue(urumqi.hasProperty(WGS84.long_));
    assertTrue(urumqi.hasProperty(SCHEMA.containedInPlace, IRIS.place("xinjiang")));
    assertTrue(m.containsResource(IRIS.place("china")));
    assertFalse(m.containsResource(IRIS.place("ankara")));
    assertEquals("Urumqi", urumqi.getProperty(SCHEMA.name).getString());
  }
}
