package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HumaniseTest {
  @Test
  void durationsReadAsYearsMonthsAndDays() {
    assertEquals("19 years 8 months", Humanise.duration("P19Y8M"));
    assertEquals("1 year", Humanise.duration("P1Y"));
    assertEquals("6 months", Humanise.duration("P6M"));
    assertEquals("2 weeks 1 day", Humanise.duration("P2W1D"));
    assertEquals("15 days", Humanise.duration("P15D"));
    // Not a duration we can read: shown as written rather than hidden.
    assertEquals("P", Humanise.duration("P"));
    assertEquals("life", Humanise.duration("life"));
  }

  @Test
  void datesKeepTheirPrecision() {
    assertEquals("14 July 2009", Humanise.date("2009-07-14"));
    assertEquals("March 2014", Humanise.date("2014-03"));
    assertEquals("2010", Humanise.date("2010"));
    assertEquals("2009-13", Humanise.date("2009-13"));
    assertEquals("2009-02-30", Humanise.date("2009-02-30"));
  }

  @Test
  void vagueDatesAreSaidByTheirBoundsAsCoarselyAsTheyAllow() {
    assertEquals("March 2014", Humanise.when("2014-03", "2014-03-01", "2014-03-31"));
    assertEquals("between May 2009 and June 2009", Humanise.when("", "2009-05-01", "2009-06-30"));
    assertEquals(
        "between 10 May 2009 and June 2009", Humanise.when("", "2009-05-10", "2009-06-30"));
    assertEquals("May 2009", Humanise.when("", "2009-05-01", "2009-05-31"));
    assertEquals("", Humanise.when("", "", ""));
  }

  @Test
  void timelineDatesAreShortWithinTheirYear() {
    assertEquals("14 Jul", Humanise.withinYear("2009-07-14"));
    assertEquals("Sep", Humanise.withinYear("2014-09"));
    assertEquals("", Humanise.withinYear("2014"));
  }
}
