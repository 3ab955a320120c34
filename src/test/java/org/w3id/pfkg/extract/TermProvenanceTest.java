package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.Provenance;
import org.w3id.pfkg.facts.Source;

/**
 * A sentence term (or a place) keeps the source of the sentence that gave it when the mentions of
 * its event are folded into one (invented texts): a source that told only the event is never
 * credited with the term.
 */
class TermProvenanceTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static List<EventFact> events(String name, String narrative) throws IOException {
    Path file = dir.resolve(name + ".txt");
    Files.writeString(file, "Dana Koval\n\n" + narrative + "\n");
    return extractor.extract(new CaseReader().read(file)).events();
  }

  private static EventFact sentencing(List<EventFact> events) {
    List<EventFact> found = events.stream().filter(e -> e.type() == EventType.SENTENCING).toList();
    assertEquals(1, found.size(), events::toString);
    return found.get(0);
  }

  private static String party(Provenance p) {
    return p.attribution().accordingTo().map(Source::name).orElse("");
  }

  @Test
  void aTermFromAnotherSourceThanTheEventsFirstTellingKeepsItsOwnSource() throws IOException {
    EventFact e =
        sentencing(
            events(
                "two-tellings",
                "Dana Koval was sentenced behind closed doors, Reporters Without Borders reported."
                    + " She was sentenced to nine years in prison, according to the Committee to"
                    + " Protect Journalists."));
    assertEquals("P9Y", e.term().orElseThrow().code());
    assertEquals("Reporters Without Borders", party(e.provenance()));
    Provenance term = e.termProvenance().orElseThrow();
    assertEquals("Committee to Protect Journalists", party(term));
    assertTrue(
        term.evidence().quote().startsWith("She was sentenced to nine years"), term::toString);
  }

  @Test
  void aTermOfTheEventsOwnSentenceHasTheEventsProvenance() throws IOException {
    EventFact e =
        sentencing(
            events(
                "one-telling",
                "Dana Koval was sentenced to nine years in prison, according to the Committee to"
                    + " Protect Journalists. Reporters Without Borders reported that she was"
                    + " sentenced behind closed doors."));
    assertEquals(e.provenance(), e.termProvenance().orElseThrow());
    assertEquals("Committee to Protect Journalists", party(e.provenance()));
  }

  @Test
  void aPlaceFromAnotherTellingKeepsItsOwnSource() throws IOException {
    List<EventFact> found =
        events(
            "place-elsewhere",
            "Dana Koval was detained on May 2, 2031, Reporters Without Borders reported. She was"
                + " detained in Lutsk, according to the Committee to Protect Journalists.");
    List<EventFact> detentions =
        found.stream().filter(e -> e.type() == EventType.DETENTION).toList();
    assertEquals(1, detentions.size(), found::toString);
    EventFact e = detentions.get(0);
    assertEquals("lutsk", e.place().orElseThrow());
    assertEquals("Reporters Without Borders", party(e.provenance()));
    assertEquals("Committee to Protect Journalists", party(e.placeProvenance().orElseThrow()));
  }
}
