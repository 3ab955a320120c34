package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static EventView event(int n, String type, String date, String precision) {
    String earliest = date.length() == 10 ? date : date + "-01-01".substring(0, 10 - date.length());
    return new EventView(
        "event-" + n,
        new Link("https://example.org/e" + n, "/page/e" + n, type),
        new Link("", "", type),
        date,
        Humanise.date(date),
        precision,
        "",
        earliest,
        earliest,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void eventsOfOneDateShareALineAndYearsAreGroupsWithTheGapSaid() {
    List<EventView> events =
        List.of(
            event(1, "arrest", "2009-07-08", "day"),
            event(2, "disappearance", "2009-07-08", "day"),
            event(3, "release", "2009-08-22", "day"),
            event(4, "arrest", "2014-01-15", "day"),
            event(5, "trial", "2014-09", "month"),
            event(6, "sentencing", "2015", "year"));
    List<Timeline.Year> years = Timeline.of(events);
    assertEquals(List.of("2009", "2014", "2015"), years.stream().map(Timeline.Year::year).toList());
    assertEquals(List.of(0, 4, 0), years.stream().map(Timeline.Year::yearsBefore).toList());
    Timeline.Day first = years.get(0).days().get(0);
    assertEquals("8 Jul", first.when());
    assertEquals(List.of("#event-1", "#event-2"), first.events().stream().map(Link::href).toList());
    assertEquals(3, years.get(0).count());
    assertEquals("Sep", years.get(1).days().get(1).when());
    assertEquals("", years.get(2).days().get(0).when());
  }
}
