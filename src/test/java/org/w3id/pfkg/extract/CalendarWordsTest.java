package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The month and weekday names of {@code data/rules/calendar-words.tsv}. */
class CalendarWordsTest {
  private final CalendarWords calendar = CalendarWords.load(Path.of("data/rules"));

  @Test
  void monthsAndWeekdaysAreCalendarWordsInAnyCase() {
    assertTrue(calendar.isMonthOrDay("May"));
    assertTrue(calendar.isMonthOrDay("friday"));
    assertFalse(calendar.isMonthOrDay("Okafor"));
  }

  @Test
  void monthsAndWeekdaysHaveTheirNumbers() {
    assertEquals(OptionalInt.of(12), calendar.month("December"));
    assertEquals(OptionalInt.of(1), calendar.weekday("Monday"));
    assertEquals(OptionalInt.empty(), calendar.month("Sunday"));
  }
}
