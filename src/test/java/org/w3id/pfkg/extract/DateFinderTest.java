package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;

class DateFinderTest {
  /** The finder with the calendar and number words of the project's rules. */
  private static final DateFinder DATES = DateFinder.load(java.nio.file.Path.of("data/rules"));

  private static DateFinder.DateMention only(String sentence) {
    List<DateFinder.DateMention> found = DATES.find(sentence);
    assertEquals(1, found.size(), () -> "dates in: " + sentence + " -> " + found);
    return found.get(0);
  }

  @Test
  void dayDateIsReadAtDayPrecision() {
    FactDate d = only("Police arrested Imin on July 14, 2009.").date();
    assertEquals(Optional.of("2009-07-14"), d.iso());
    assertEquals(DatePrecision.DAY, d.precision());
    assertEquals(LocalDate.of(2009, 7, 14), d.earliest());
    assertEquals(d.earliest(), d.latest());
  }

  @Test
  void monthDateKeepsMonthPrecisionWithWholeMonthBounds() {
    DateFinder.DateMention m = only("In August 2010, she was sentenced to life in prison.");
    assertEquals(Optional.of("2010-08"), m.date().iso());
    assertEquals(DatePrecision.MONTH, m.date().precision());
    assertEquals(LocalDate.of(2010, 8, 1), m.date().earliest());
    assertEquals(LocalDate.of(2010, 8, 31), m.date().latest());
    assertTrue(m.adverbial());
  }

  @Test
  void lateSpringIsVagueWithEdtfSeasonAndMayBounds() {
    FactDate d = only("She was invited to moderate the website in late spring 2009.").date();
    assertEquals(DatePrecision.VAGUE, d.precision());
    assertEquals(Optional.empty(), d.iso());
    assertEquals("2009-21", d.edtf());
    assertEquals(LocalDate.of(2009, 5, 1), d.earliest());
    assertEquals(LocalDate.of(2009, 5, 31), d.latest());
  }

  @Test
  void dayMonthYearOrderAndIsoDatesAreRead() {
    assertEquals(Optional.of("2010-04-01"), only("He was tried on 1 April 2010.").date().iso());
    assertEquals(Optional.of("2014-09-23"), only("The verdict came on 2014-09-23.").date().iso());
  }

  @Test
  void dateModifyingANounDoesNotDateAnEvent() {
    assertFalse(only("They were arrested after the July 2009 riots in Urumqi.").adverbial());
  }

  @Test
  void lateYearNarrowsBoundsToTheLastMonths() {
    FactDate d = only("He disappeared in late 2017.").date();
    assertEquals(Optional.of("2017"), d.iso());
    assertEquals(DatePrecision.YEAR, d.precision());
    assertEquals(LocalDate.of(2017, 9, 1), d.earliest());
    assertEquals(LocalDate.of(2017, 12, 31), d.latest());
  }

  @Test
  void impossibleDayIsNotADate() {
    assertTrue(
        DATES.find("on February 30, 2010").stream()
            .noneMatch(m -> m.date().precision() == DatePrecision.DAY));
  }

  @Test
  void dayAndMonthWithoutYearTakeTheReferenceYear() {
    List<DateFinder.DateMention> found =
        DATES.find(
            "Two days later, on July 8, he was taken.", Optional.of(LocalDate.of(2009, 7, 6)));
    assertTrue(
        found.stream().anyMatch(m -> m.date().iso().equals(Optional.of("2009-07-08"))),
        found::toString);
  }

  @Test
  void weekdayResolvesToTheLastSuchDayBeforeTheDateline() {
    Optional<Dateline> dateline =
        Dateline.find("New York, August 2, 2010—Nijat Azat received a term.", DATES);
    assertEquals(LocalDate.of(2010, 8, 2), dateline.orElseThrow().date());
    FactDate d =
        DATES
            .find("terms handed down on Friday to managers", dateline.map(Dateline::date))
            .get(0)
            .date();
    assertEquals(Optional.of("2010-07-30"), d.iso());
  }

  @Test
  void relativeDatesWithoutAReferenceAreNotDates() {
    assertTrue(DATES.find("He was tried on Friday and freed two days later.").isEmpty());
  }

  @Test
  void daysLaterCountFromTheReference() {
    assertEquals(
        Optional.of("2009-07-08"),
        DATES
            .find("two days later he vanished", Optional.of(LocalDate.of(2009, 7, 6)))
            .get(0)
            .date()
            .iso());
  }

  private static RelativeDates.Anchors chain(String iso) {
    return new RelativeDates.Anchors(
        Optional.empty(), Optional.of(DATES.find("on " + iso).get(0).date()));
  }

  private static RelativeDates.Anchors dateline(LocalDate d) {
    return new RelativeDates.Anchors(Optional.of(d), Optional.empty());
  }

  private static List<String> isos(DateFinder.SentenceDates read) {
    return read.dates().stream().map(m -> m.date().iso().orElse(m.date().edtf())).toList();
  }

  @Test
  void daysLaterCountFromTheDateBeforeThemInTheSentenceNotTheChain() {
    DateFinder.SentenceDates read =
        DATES.read(
            "She was summoned in Odesa on March 3, 2016, and detained two days later.",
            chain("2015-07-01"),
            DateFinder.ReportDate.NONE);
    assertEquals(List.of("2016-03-03", "2016-03-05"), isos(read));
  }

  @Test
  void aStepFromADateTooCoarseOrMissingIsKeptUnresolved() {
    DateFinder.SentenceDates read =
        DATES.read(
            "In 2014 he was held, and two days later he was freed.",
            RelativeDates.Anchors.NONE,
            DateFinder.ReportDate.NONE);
    assertEquals(List.of("2014"), isos(read));
    assertEquals("two days later", read.unresolved().get(0).text());
  }

  @Test
  void aWeekdayNeedsADatelineAndMayBeTheDatelinesOwnDay() {
    assertTrue(
        DATES
            .read("He was freed on Friday.", chain("2019-05-02"), DateFinder.ReportDate.NONE)
            .dates()
            .isEmpty());
    // March 15, 2022 was a Tuesday.
    assertEquals(
        List.of("2022-03-15"),
        isos(
            DATES.read(
                "Police detained him on Tuesday.",
                dateline(LocalDate.of(2022, 3, 15)),
                DateFinder.ReportDate.NONE)));
  }

  @Test
  void aYearlessDayAfterTheDatelinesDayIsOfTheYearBefore() {
    assertEquals(
        List.of("2022-10-11"),
        isos(
            DATES.read(
                "Agents arrested him on October 11 at the airport.",
                dateline(LocalDate.of(2023, 2, 10)),
                DateFinder.ReportDate.NONE)));
  }

  @Test
  void aMonthAloneTakesTheChainYearAndTheVerbMayIsNoMonth() {
    DateFinder.SentenceDates read =
        DATES.read(
            "In June, he was moved, and he may appeal.",
            chain("2018-03-04"),
            DateFinder.ReportDate.NONE);
    assertEquals(List.of("2018-06"), isos(read));
    assertEquals(DatePrecision.MONTH, read.dates().get(0).date().precision());
  }

  @Test
  void theFollowingMonthIsKnownToTheMonth() {
    assertEquals(
        List.of("2016-03-03", "2016-04"),
        isos(
            DATES.read(
                "He was held on March 3, 2016, and charged the following month.",
                RelativeDates.Anchors.NONE,
                DateFinder.ReportDate.NONE)));
  }

  @Test
  void datesOfSourcesAreLeftOutAndEventDatesBeforeASourceStay() {
    ReportDates report = ReportDates.load(java.nio.file.Path.of("data/rules"));
    assertTrue(
        DATES
            .read(
                "Her term remained unknown, according to the Tarim Rights Group in 2017.",
                RelativeDates.Anchors.NONE,
                report)
            .dates()
            .isEmpty());
    assertTrue(
        DATES
            .read(
                "He was counted among the jailed in the group's 2019 census.",
                RelativeDates.Anchors.NONE,
                report)
            .dates()
            .isEmpty());
    assertTrue(
        DATES
            .read(
                "The union announced her death only in early March 2021, weeks after it happened.",
                RelativeDates.Anchors.NONE,
                report)
            .dates()
            .isEmpty());
    assertEquals(
        List.of("2017-05-05"),
        isos(
            DATES.read(
                "He was arrested on May 5, 2017, according to his lawyer.",
                RelativeDates.Anchors.NONE,
                report)));
    assertEquals(
        List.of("2009-07-05"),
        isos(
            DATES.read(
                "Her husband told CPJ that he called her on July 5, 2009.",
                RelativeDates.Anchors.NONE,
                report)));
  }

  @Test
  void aDayFollowedByAnotherClauseIsStillADay() {
    assertEquals(
        List.of("2009-08-02", "2009-07-05"),
        isos(
            DATES.read(
                "A weekly published it on August 2, 2009, saying he warned officials before the"
                    + " unrest of July 5 and that they did nothing.",
                RelativeDates.Anchors.NONE,
                DateFinder.ReportDate.NONE)));
  }
}
