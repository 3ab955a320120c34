package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.NamedEntity;

/**
 * Where an event happened, on texts written for this test about made-up people: a word of the
 * journalist's own name is no place (regression: "Wa Lone ... arrested in Yangon" gave an arrest in
 * Loni, India, whose GeoNames names include "Lone"), and a place that only describes a thing is no
 * event's place (regression: "took her U.S. and Russian passports" put a detention in the US).
 */
class EventPlacesTest {
  @TempDir static Path dir;

  private static CaseFacts extract(String name, String narrative) throws IOException {
    return ProjectEngine.extract(dir, name, narrative);
  }

  @Test
  void aNameWordThatIsATownElsewhereIsNoPlaceOfTheCase() throws IOException {
    CaseFacts facts =
        extract(
            "Thet Lone",
            "Thet Lone, a photographer for a weekly, was arrested in Yangon on March 2, 2021.");
    List<String> places = facts.places().stream().map(NamedEntity::key).toList();
    assertFalse(places.contains("loni"), places.toString());
    assertEquals(
        List.of(Optional.of("yangon")),
        facts.events().stream().map(EventFact::place).toList(),
        facts.events().toString());
  }

  private static List<Optional<String>> eventPlaces(String narrative) throws IOException {
    return extract("Lena Varga", narrative).events().stream().map(EventFact::place).toList();
  }

  @Test
  void wherePlaceTheJournalistCameBackFromIsNoEventsPlace() throws IOException {
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces(
            "Lena Varga went missing in March 2019 after she came back to Ruritania from visiting"
                + " her brother in Ohio."));
    assertEquals(
        List.of(Optional.of("minsk")),
        eventPlaces(
            "Lena Varga was detained in Minsk on June 4, 2021, after returning from a conference"
                + " in Vilnius."));
    assertEquals(
        List.of(Optional.of("vilnius")),
        eventPlaces("Lena Varga was detained on June 4, 2021, when she returned to Vilnius."));
  }

  @Test
  void wherePlaceTheJournalistWasHeldAfterAnArrestIsNoPlaceOfTheArrest() throws IOException {
    List<EventFact> events =
        extract(
                "Lena Varga",
                "Police arrested Lena Varga on March 2, 2020, and she was held in Zhodino prison"
                    + " until her release on May 5, 2020.")
            .events();
    assertEquals(
        List.of(Optional.empty()),
        events.stream()
            .filter(e -> e.type() == org.w3id.pfkg.facts.EventType.ARREST)
            .map(EventFact::place)
            .toList(),
        events::toString);
    List<EventFact> held =
        extract(
                "Lena Varga",
                "Border guards arrested Lena Varga on March 2, 2020, and held her for a time in"
                    + " Zhodino prison.")
            .events();
    assertEquals(
        List.of(Optional.empty()),
        held.stream()
            .filter(e -> e.type() == org.w3id.pfkg.facts.EventType.ARREST)
            .map(EventFact::place)
            .toList(),
        held::toString);
  }

  @Test
  void wherePlaceTheJournalistServedATermIsNoPlaceOfTheVerdict() throws IOException {
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces(
            "Lena Varga was sentenced to five years in 2019, and she served it in Zhodino"
                + " prison."));
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces(
            "Lena Varga was later sentenced to five years, appealed, and was held first at"
                + " Zhodino prison and then at a colony outside Gomel."));
  }

  @Test
  void aPlaceDescribingAThingIsNoEventsPlace() throws IOException {
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces("Lena Varga was arrested on May 3, 2022, the Minsk prosecutor said."));
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces("A court sentenced Lena Varga to six years and fined her 2,400 US dollars."));
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces(
            "Officials detained Lena Varga on May 3, 2022 and took her U.S. and Russian"
                + " passports."));
    assertEquals(
        List.of(Optional.of("minsk")),
        eventPlaces(
            "Lena Varga, who writes for a U.S.-based website, was detained in Minsk on May 3,"
                + " 2022."));
  }

  @Test
  void aPlaceAPrepositionIntroducesComesFirstAndACourtsCityCounts() throws IOException {
    assertEquals(
        List.of(Optional.of("minsk")),
        eventPlaces(
            "After a Warsaw newspaper ran her story, police detained Lena Varga at a bus station"
                + " in Minsk on May 3, 2022."));
    assertEquals(
        List.of(Optional.of("minsk")),
        eventPlaces("A Minsk court sentenced Lena Varga to four years in prison on June 1, 2023."));
  }

  @Test
  void aPlaceThatActsOrIsATopicIsNoEventsPlace() throws IOException {
    assertEquals(
        List.of(Optional.empty()),
        eventPlaces(
            "A court convicted Lena Varga on June 1, 2023 under a media law imposed by Beijing in"
                + " 2020."));
    assertEquals(
        List.of(Optional.of("minsk")),
        eventPlaces(
            "Lena Varga, who had written about the Okrestina detention centre, was arrested in"
                + " Minsk on May 3, 2022."));
  }

  @Test
  void aSurnameOnItsOwnIsNoPlaceButAfterInItMayBe() throws IOException {
    CaseFacts facts =
        extract(
            "Tomas Medina",
            "Tomas Medina writes for a local weekly. Police detained Medina on May 3, 2022.");
    assertEquals(
        List.of(Optional.empty()),
        facts.events().stream().map(EventFact::place).toList(),
        facts.events().toString());
  }
}
