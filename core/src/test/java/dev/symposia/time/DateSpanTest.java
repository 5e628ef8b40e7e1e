package dev.symposia.time;

import static dev.symposia.generators.TimeGenerators.completeDateSpans;
import static dev.symposia.generators.TimeGenerators.dateSpans;
import static dev.symposia.generators.TimeGenerators.localDates;
import static dev.symposia.generators.TimeGenerators.partialDates;
import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {
  private static final String FORMS = "must be a date or two dates joined by \"/\", "
      + "each YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2022-11-22            | 2022-11-22 | 2022-11-22 | true  | 1
      2022-11-22/2022-11-24 | 2022-11-22 | 2022-11-24 | false | 3
      2021-09-25/2021-09-29 | 2021-09-25 | 2021-09-29 | false | 5
      2024-02-28/2024-03-01 | 2024-02-28 | 2024-03-01 | false | 3
      2022-12-31/2023-01-01 | 2022-12-31 | 2023-01-01 | false | 2
      --04-29               | --04-29    | --04-29    | true  | 1
      2022-11               | 2022-11    | 2022-11    | true  | 1
      2022-11/2022-11       | 2022-11    | 2022-11    | false | -
      2022-11-22/2022-12    | 2022-11-22 | 2022-12    | false | -
      2022-11-30/2022-11    | 2022-11-30 | 2022-11    | false | -
      2022-11-22/--11-24    | 2022-11-22 | --11-24    | false | -
      --11-24/--11-22       | --11-24    | --11-22    | false | -
      2022/2022-01-01       | 2022       | 2022-01-01 | false | -
      """)
  void parseReadsSingleDaysAndRangesAndToStringWritesThemBack(
      String text, String start, String end, boolean singleDay, Long length) {
    DateSpan span = DateSpan.parse(text);

    assertThat(span.start()).isEqualTo(PartialDate.parse(start));
    assertThat(span.end()).isEqualTo(PartialDate.parse(end));
    assertThat(span.isSingleDay()).isEqualTo(singleDay);
    assertThat(span.lengthInDays()).isEqualTo(length == null ? OptionalLong.empty() : OptionalLong.of(length));
    assertThat(span.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-24/2022-11-22 | DateSpan.end: must not be before start 2022-11-24 (was "2022-11-22")
      2022-12/2022-11       | DateSpan.end: must not be before start 2022-12 (was "2022-11")
      2023/2022-12-31       | DateSpan.end: must not be before start 2023 (was "2022-12-31")
      2022/2021-12-31       | DateSpan.end: must not be before start 2022 (was "2021-12-31")
      2023-02-29            | DateSpan.start.day: must be between 1 and 28 for February 2023 (was 29)
      2022-11-22/2022-13-01 | DateSpan.end.month: must be between 1 and 12 (was 13)
      0000/2022             | DateSpan.start.year: must be between 1 and 9999 (was 0)
      """)
  void parseRefusesEndsBeforeStartsAndDaysThatDoNotExist(String text, String message) {
    assertRefused(() -> DateSpan.parse(text), message);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-22/2022-11-23/2022-11-24
      2022-11-22/
      /2022-11-22
      /
      22-24 November 2022
      2022-11-22 / 2022-11-24
      2022-11-22--2022-11-24
      """)
  void parseRefusesTextsNotInTheIsoForm(String text) {
    assertRefused(() -> DateSpan.parse(text), "DateSpan.text: " + FORMS + " (was \"" + text + "\")");
  }

  @Test
  void spansOfDifferentEndsMostlyHaveDistinctHashCodes() {
    LocalDate start = LocalDate.of(2025, 6, 1);
    long distinct = java.util.stream.IntStream.range(1, 101)
        .mapToObj(days -> DateSpan.between(start, start.plusDays(days)).hashCode()).distinct().count();
    assertThat(distinct).isGreaterThan(90);
    assertThat(DateSpan.on(start).hashCode()).isNotEqualTo(DateSpan.on(start.plusDays(1)).hashCode());
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> DateSpan.parse(null), "DateSpan.text: is required");
    assertRefused(() -> DateSpan.on((PartialDate) null), "DateSpan.start: is required");
    assertRefused(() -> DateSpan.on((LocalDate) null), "DateSpan.start: is required");
    assertRefused(() -> DateSpan.between(null, PartialDate.ofYear(2022)), "DateSpan.start: is required");
    assertRefused(() -> DateSpan.between(PartialDate.ofYear(2022), null), "DateSpan.end: is required");
    assertRefused(() -> DateSpan.between(null, LocalDate.of(2022, 1, 1)), "DateSpan.start: is required");
    assertRefused(() -> DateSpan.between(LocalDate.of(2022, 1, 1), null), "DateSpan.end: is required");
    assertRefused(() -> DateSpan.parse("2022").contains(null), "DateSpan.date: is required");
    assertRefused(() -> DateSpan.parse("2022").isCertainlyBefore(null), "DateSpan.other: is required");
  }

  @Test
  void localDatesOutsideTheSupportedYearsAreRefused() {
    assertRefused(() -> DateSpan.on(LocalDate.of(0, 6, 1)), "DateSpan.start.year: must be between 1 and 9999 (was 0)");
    assertRefused(() -> DateSpan.between(LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1)),
        "DateSpan.end.year: must be between 1 and 9999 (was 10000)");
  }

  @Test
  void localDateEndBeforeStartIsRefused() {
    assertRefused(() -> DateSpan.between(LocalDate.of(2022, 11, 24), LocalDate.of(2022, 11, 22)),
        "DateSpan.end: must not be before start 2022-11-24 (was \"2022-11-22\")");
  }

  @Test
  void rangeOfOneCompleteDayIsThatSingleDay() {
    LocalDate day = LocalDate.of(2024, 9, 12);

    assertThat(DateSpan.between(day, day)).isEqualTo(DateSpan.on(day));
    assertThat(DateSpan.parse("2024-09-12/2024-09-12")).hasToString("2024-09-12");
  }

  @Test
  void rangeWithinOneMonthIsNotASingleDayInThatMonth() {
    PartialDate november = PartialDate.ofYearMonth(2022, 11);

    assertThat(DateSpan.between(november, november)).isNotEqualTo(DateSpan.on(november));
    assertThat(DateSpan.between(november, november).isSingleDay()).isFalse();
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-22/2022-11-24 | 2022-11-21 | false
      2022-11-22/2022-11-24 | 2022-11-22 | true
      2022-11-22/2022-11-24 | 2022-11-24 | true
      2022-11-22/2022-11-24 | 2022-11-25 | false
      2022-11-22            | 2022-11-22 | true
      2022-11               | 2022-11-15 | false
      2022-11/2022-11       | 2022-11-15 | false
      2022-11-22/2022-12    | 2022-11-30 | true
      2022-11-22/2022-12    | 2022-12-01 | true
      2022-11-22/2022-12    | 2022-12-02 | false
      2022-11-22/2022-11    | 2022-11-22 | true
      2022-11-22/2022-11    | 2022-11-23 | false
      2022-11/2022-11-22    | 2022-11-22 | true
      2022-11/2022-11-22    | 2022-11-21 | false
      2021/2023             | 2022-06-01 | true
      2021/2023             | 2021-12-31 | true
      2021/2023             | 2021-12-30 | false
      2021/2023             | 2023-01-02 | false
      --04-29               | 2022-04-29 | false
      2022-04-28/--04-30    | 2022-04-29 | false
      """)
  void containsHoldsOnlyForDaysWithinEveryReadingOfTheSpan(String span, LocalDate date, boolean expected) {
    assertThat(DateSpan.parse(span).contains(date)).isEqualTo(expected);
  }

  @Test
  void containsAgreesWithLengthInDaysForCompleteSpans() {
    // Counting day by day is slow for spans of centuries, which the next property covers at their edges.
    qt().forAll(completeDateSpans())
        .assuming(span -> span.start().earliest().orElseThrow().plusYears(1).isAfter(span.end().latest().orElseThrow()))
        .checkAssert(span -> {
          LocalDate start = span.start().toLocalDate().orElseThrow();
          long contained = start.minusDays(3).datesUntil(span.end().toLocalDate().orElseThrow().plusDays(4))
              .filter(span::contains)
              .count();
          assertThat(span.lengthInDays()).hasValue(contained);
        });
  }

  @Test
  void completeSpansContainTheirEndsAndNothingBeyond() {
    qt().forAll(completeDateSpans()).checkAssert(span -> {
      LocalDate start = span.start().toLocalDate().orElseThrow();
      LocalDate end = span.end().toLocalDate().orElseThrow();
      assertThat(span.contains(start)).isTrue();
      assertThat(span.contains(end)).isTrue();
      assertThat(span.contains(start.minusDays(1))).isFalse();
      assertThat(span.contains(end.plusDays(1))).isFalse();
      assertThat(span.lengthInDays()).hasValue(start.until(end, ChronoUnit.DAYS) + 1);
    });
  }

  @Test
  void containsNoDayOutsideTheDaysItsEndsCanMean() {
    qt().forAll(dateSpans(), localDates()).checkAssert((span, date) -> {
      if (span.contains(date)) {
        assertThat(date).isAfterOrEqualTo(span.start().earliest().orElseThrow());
        assertThat(date).isBeforeOrEqualTo(span.end().latest().orElseThrow());
      }
    });
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-22/2022-11-24 | 2022-11-25            | true
      2022-11-22/2022-11-24 | 2022-12               | true
      2022-11-22/2022-11-24 | 2022-11-25/2022-11-27 | true
      2022-11-22/2022-11-24 | 2022-11-24/2022-11-30 | false
      2022-11-22/2022-11-24 | 2022-11               | false
      2022-11-22/2022-11-24 | 2022-11-22/2022-11-24 | false
      2022-11-25            | 2022-11-22/2022-11-24 | false
      2021                  | 2022-01-01/2022-01-03 | true
      2021/2022             | 2022-12-31            | false
      2022-11-22/--11-24    | 2030                  | false
      2021-01-01            | --04-29               | false
      2021-01-01            | --04-29/2022-05-01    | false
      --04-29               | --05-01               | false
      """)
  void isCertainlyBeforeHoldsOnlyWhenTheFirstEndsBeforeTheSecondStartsUnderEveryReading(
      String first, String second, boolean expected) {
    assertThat(DateSpan.parse(first).isCertainlyBefore(DateSpan.parse(second))).isEqualTo(expected);
  }

  @Test
  void isCertainlyBeforeAgreesWithLocalDateForCompleteSpans() {
    qt().forAll(completeDateSpans(), completeDateSpans()).checkAssert((a, b) -> {
      LocalDate end = a.end().toLocalDate().orElseThrow();
      LocalDate start = b.start().toLocalDate().orElseThrow();
      assertThat(a.isCertainlyBefore(b)).isEqualTo(end.isBefore(start));
    });
  }

  @Test
  void isCertainlyBeforeIsAStrictPartialOrder() {
    qt().forAll(dateSpans(), dateSpans(), dateSpans()).checkAssert((a, b, c) -> {
      assertThat(a.isCertainlyBefore(a)).isFalse();
      assertThat(a.isCertainlyBefore(b) && b.isCertainlyBefore(a)).isFalse();
      if (a.isCertainlyBefore(b) && b.isCertainlyBefore(c)) {
        assertThat(a.isCertainlyBefore(c)).isTrue();
      }
    });
  }

  @Test
  void whatIsCertainlyBeforeASpanIsCertainlyOutsideIt() {
    qt().forAll(partialDates(), dateSpans()).checkAssert((day, span) -> {
      if (DateSpan.on(day).isCertainlyBefore(span)) {
        assertThat(day.isCertainlyOutside(span)).as("%s before %s", day, span).isTrue();
      }
    });
  }

  @Test
  void lengthInDaysIsKnownForSingleDaysAndCompleteRanges() {
    qt().forAll(dateSpans()).checkAssert(span -> {
      boolean known = span.isSingleDay() || span.start().isComplete() && span.end().isComplete();
      assertThat(span.lengthInDays().isPresent()).isEqualTo(known);
      span.lengthInDays().ifPresent(length -> assertThat(length).isPositive());
    });
  }

  @Test
  void endIsNeverCertainlyBeforeStart() {
    qt().forAll(dateSpans()).check(span -> !span.end().isCertainlyBefore(span.start()));
  }

  @Test
  void betweenRefusesExactlyTheEndsThatAreCertainlyBeforeTheirStart() {
    qt().forAll(partialDates(), partialDates()).checkAssert((start, end) -> {
      if (end.isCertainlyBefore(start)) {
        assertRefused(() -> DateSpan.between(start, end),
            "DateSpan.end: must not be before start " + start + " (was \"" + end + "\")");
      } else {
        assertThat(DateSpan.between(start, end).end()).isEqualTo(end);
      }
    });
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(dateSpans()).checkAssert(span -> assertThat(DateSpan.parse(span.toString())).isEqualTo(span));
  }

  @Test
  void spansWithTheSameStartOrTheSameEndAreNotEqual() {
    DateSpan span = DateSpan.parse("2031-03-10/2031-03-12");
    assertThat(span).isEqualTo(DateSpan.parse("2031-03-10/2031-03-12"))
        .isNotEqualTo(DateSpan.parse("2031-03-10/2031-03-13"))
        .isNotEqualTo(DateSpan.parse("2031-03-09/2031-03-12"))
        .isNotEqualTo("2031-03-10/2031-03-12");
  }

  @Test
  void equalSpansHaveEqualHashCodes() {
    qt().forAll(dateSpans(), dateSpans()).checkAssert((a, b) -> {
      DateSpan copy = DateSpan.parse(a.toString());
      assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    });
  }

  // Unknown dates. An event known only to take place "some time in 2017" or "on some days in May 2018" is the
  // range from that year (month) to the same year (month): neither a single day nor any invented days.

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      some time in 2017         | 2017/2017       | 2017-01-01 | 2017-12-31
      some days in May 2018     | 2018-05/2018-05 | 2018-05-01 | 2018-05-31
      some days in February 2024 | 2024-02/2024-02 | 2024-02-01 | 2024-02-29
      """)
  void aPeriodKnownOnlyByItsYearOrMonthIsARangeWithinItThatInventsNoDay(String words, String text, LocalDate first,
      LocalDate last) {
    PartialDate period = PartialDate.parse(text.substring(0, text.indexOf('/')));
    DateSpan span = DateSpan.between(period, period);

    assertThat(span).isEqualTo(DateSpan.parse(text)).hasToString(text);
    assertThat(span.isSingleDay()).as("not one day").isFalse();
    assertThat(span).as("not 'one day in the period'").isNotEqualTo(DateSpan.on(period));
    assertThat(span.start().day()).isEmpty();
    assertThat(span.end().day()).isEmpty();
    assertThat(span.lengthInDays()).as("how many days is not stated").isEmpty();
    assertThat(span.contains(first)).as("no day is certainly one of them").isFalse();
    assertThat(span.contains(last)).isFalse();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      assertThat(PartialDate.of(day).isCertainlyOutside(span)).as("%s may be one of the days", day).isFalse();
    }
    assertThat(PartialDate.of(first.minusDays(1)).isCertainlyOutside(span)).isTrue();
    assertThat(PartialDate.of(last.plusDays(1)).isCertainlyOutside(span)).isTrue();
    assertThat(span.isCertainlyBefore(DateSpan.on(last.plusDays(1)))).isTrue();
    assertThat(span.isCertainlyBefore(DateSpan.on(last))).isFalse();
    assertThat(DateSpan.on(first.minusDays(1)).isCertainlyBefore(span)).isTrue();
  }

  @Test
  void anyYearOrMonthAloneGivesARangeThatAdmitsExactlyItsOwnDays() {
    qt().withExamples(300).forAll(partialDates(), localDates()).checkAssert((date, day) -> {
      if (date.day().isPresent()) {
        return;
      }
      DateSpan span = DateSpan.between(date, date);
      assertThat(DateSpan.parse(span.toString())).isEqualTo(span);
      assertThat(span.isSingleDay()).isFalse();
      assertThat(span.lengthInDays()).isEmpty();
      boolean inPeriod = day.getYear() == date.year().getAsInt()
          && (date.month().isEmpty() || day.getMonth() == date.month().get());
      assertThat(PartialDate.of(day).isCertainlyOutside(span)).as("%s in %s", day, span).isEqualTo(!inPeriod);
    });
  }
}
