package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journalist page's timeline: dated events grouped by year, and within a year the events of one
 * date on one line ("8 Jul: arrest, disappearance"). Groups are laid out by the page in normal flow
 * (no absolute positions), so labels cannot overlap however events cluster, and the list reads the
 * same without styles or script. A gap of more than a year between groups is said in words.
 */
final class Timeline {
  /** Longer vague date texts are not repeated on the timeline (the event list has them). */
  private static final int SHORT_TEXT = 24;

  /**
   * One year of the timeline.
   *
   * @param yearsBefore years since the previous group's year minus one (0 when adjacent or first)
   */
  record Year(String year, int yearsBefore, List<Day> days) {
    /** How many events the year holds. */
    public int count() {
      return days.stream().mapToInt(d -> d.events().size()).sum();
    }
  }

  /**
   * The events of one date within a year.
   *
   * @param when the date within its year ("14 Jul", "Jul"), a short vague text, or "" for the year
   * @param precision the coarsest precision of the events on that line
   * @param events links to the events' entries on the page, labelled by event type
   */
  record Day(String when, String precision, List<Link> events) {}

  private Timeline() {}

  /** The groups of the dated events of {@code events}, which are in date order. */
  static List<Year> of(List<EventView> events) {
    Map<String, Map<String, List<EventView>>> byYear = new LinkedHashMap<>();
    for (EventView e : events) {
      if (!e.isDated()) {
        continue;
      }
      byYear
          .computeIfAbsent(e.earliest().substring(0, 4), y -> new LinkedHashMap<>())
          .computeIfAbsent(within(e), d -> new ArrayList<>())
          .add(e);
    }
    List<Year> years = new ArrayList<>();
    int previous = -1;
    for (Map.Entry<String, Map<String, List<EventView>>> year : byYear.entrySet()) {
      int y = Integer.parseInt(year.getKey());
      List<Day> days = new ArrayList<>();
      year.getValue()
          .forEach(
              (when, list) ->
                  days.add(
                      new Day(
                          when,
                          list.get(0).precision(),
                          list.stream()
                              .map(
                                  e ->
                                      new Link(e.event().iri(), "#" + e.anchor(), e.type().label()))
                              .distinct()
                              .toList())));
      years.add(new Year(year.getKey(), previous < 0 ? 0 : Math.max(0, y - previous - 1), days));
      previous = y;
    }
    return List.copyOf(years);
  }

  private static String within(EventView e) {
    if (!e.date().isEmpty()) {
      return Humanise.withinYear(e.date());
    }
    return e.dateText().length() <= SHORT_TEXT ? e.dateText() : "";
  }
}
