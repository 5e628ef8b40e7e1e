package dev.symposia.time;

import static dev.symposia.generators.TimeGenerators.localDates;
import static dev.symposia.generators.TimeGenerators.partialDates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class PartialDateTest {

  @ParameterizedTest(name = "{0} has precision {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2022-11-22 | DAY       | 2022 | 11 | 22
      2022-11    | MONTH     | 2022 | 11 | -
      2022       | YEAR      | 2022 | -  | -
      --04-29    | MONTH_DAY | -    | 4  | 29
      --02-29    | MONTH_DAY | -    | 2  | 29
      2024-02-29 | DAY       | 2024 | 2  | 29
      0001-01-01 | DAY       | 1    | 1  | 1
      9999-12-31 | DAY       | 9999 | 12 | 31
      0042       | YEAR      | 42   | -  | -
      """)
  void parseReadsEachFormAndToStringWritesItBack(
      String text, DatePrecision precision, Integer year, Integer month, Integer day) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.year()).isEqualTo(year == null ? OptionalInt.empty() : OptionalInt.of(year));
    assertThat(date.month()).isEqualTo(Optional.ofNullable(month).map(Month::of));
    assertThat(date.day()).isEqualTo(day == null ? OptionalInt.empty() : OptionalInt.of(day));
    assertThat(date.isComplete()).isEqualTo(precision == DatePrecision.DAY);
    assertThat(date.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2023-02-29 | PartialDate.day: must be between 1 and 28 for February 2023 (was 29)
      2022-04-31 | PartialDate.day: must be between 1 and 30 for April (was 31)
      --04-31    | PartialDate.day: must be between 1 and 30 for April (was 31)
      --02-30    | PartialDate.day: must be between 1 and 29 for February (was 30)
      2022-11-00 | PartialDate.day: must be between 1 and 30 for November (was 0)
      2022-13    | PartialDate.month: must be between 1 and 12 (was 13)
      --00-10    | PartialDate.month: must be between 1 and 12 (was 0)
      0000       | PartialDate.year: must be between 1 and 9999 (was 0)
      0000-01-01 | PartialDate.year: must be between 1 and 9999 (was 0)
      22-11-2022 | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "22-11-2022")
      2022/11/22 | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "2022/11/22")
      2022-1-5   | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "2022-1-5")
      +2022      | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "+2022")
      12022      | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "12022")
      04-29      | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "04-29")
      ２０２２      | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "２０２２")
      2022-11-22T10:00 | PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (was "2022-11-22T10:00")
      """)
  void parseRefusesMalformedTextsAndDaysThatDoNotExist(String text, String message) {
    assertRefused(() -> PartialDate.parse(text), message);
  }

  @Test
  void parseRefusesEmptyAndPaddedTexts() {
    String rule = "PartialDate.text: must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD";
    assertRefused(() -> PartialDate.parse(""), rule + " (was \"\")");
    assertRefused(() -> PartialDate.parse(" 2022"), rule + " (was \" 2022\")");
    assertRefused(() -> PartialDate.parse("2022\n"), rule + " (was \"2022\n\")");
  }

  @Test
  void factoriesRefuseValuesOutOfRange() {
    assertRefused(() -> PartialDate.of(2023, 2, 29),
        "PartialDate.day: must be between 1 and 28 for February 2023 (was 29)");
    assertRefused(() -> PartialDate.of(2022, 4, 31), "PartialDate.day: must be between 1 and 30 for April (was 31)");
    assertRefused(() -> PartialDate.of(0, 1, 1), "PartialDate.year: must be between 1 and 9999 (was 0)");
    assertRefused(() -> PartialDate.of(-5, 1, 1), "PartialDate.year: must be between 1 and 9999 (was -5)");
    assertRefused(() -> PartialDate.ofYear(10000), "PartialDate.year: must be between 1 and 9999 (was 10000)");
    assertRefused(() -> PartialDate.ofYearMonth(2022, 13), "PartialDate.month: must be between 1 and 12 (was 13)");
    assertRefused(() -> PartialDate.ofMonthDay(0, 1), "PartialDate.month: must be between 1 and 12 (was 0)");
    assertRefused(() -> PartialDate.ofMonthDay(2, 30),
        "PartialDate.day: must be between 1 and 29 for February (was 30)");
    assertRefused(() -> PartialDate.ofMonthDay(6, 31), "PartialDate.day: must be between 1 and 30 for June (was 31)");
    assertRefused(() -> PartialDate.of(LocalDate.of(10000, 1, 1)),
        "PartialDate.year: must be between 1 and 9999 (was 10000)");
    assertRefused(() -> PartialDate.of(LocalDate.MIN), "PartialDate.year: must be between 1 and 9999 (was -999999999)");
  }

  @Test
  void twentyNinthOfFebruaryIsAcceptedInLeapYearsAndWithoutYear() {
    assertThat(PartialDate.of(2024, 2, 29).toLocalDate()).contains(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.of(2000, 2, 29).isComplete()).isTrue();
    assertThat(PartialDate.ofMonthDay(2, 29).toString()).isEqualTo("--02-29");
    assertRefused(() -> PartialDate.of(1900, 2, 29),
        "PartialDate.day: must be between 1 and 28 for February 1900 (was 29)");
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> PartialDate.of(null), "PartialDate.date: is required");
    assertRefused(() -> PartialDate.parse(null), "PartialDate.text: is required");
    assertRefused(() -> PartialDate.ofYear(2022).isCertainlyBefore(null), "PartialDate.other: is required");
    assertRefused(() -> PartialDate.ofYear(2022).isCertainlyDifferentDayFrom(null), "PartialDate.other: is required");
    assertRefused(() -> PartialDate.ofYear(2022).isCertainlyOutside(null), "PartialDate.span: is required");
  }

  @ParameterizedTest(name = "{0} runs from {1} to {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2022-11-22 | 2022-11-22 | 2022-11-22
      2022-11    | 2022-11-01 | 2022-11-30
      2024-02    | 2024-02-01 | 2024-02-29
      2023-02    | 2023-02-01 | 2023-02-28
      2022       | 2022-01-01 | 2022-12-31
      9999       | 9999-01-01 | 9999-12-31
      --04-29    | -          | -
      """)
  void earliestAndLatestAreTheFirstAndLastDayTheDateCanMean(String text, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.earliest()).isEqualTo(Optional.ofNullable(earliest));
    assertThat(date.latest()).isEqualTo(Optional.ofNullable(latest));
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-22 | 2022-11-23 | true
      2022-11-23 | 2022-11-22 | false
      2022-11-22 | 2022-11-22 | false
      2022-11    | 2022-12-01 | true
      2022-11    | 2022-11-30 | false
      2022-11-30 | 2022-11    | false
      2022-10-31 | 2022-11    | true
      2021       | 2022-01    | true
      2022       | 2022-12-31 | false
      2022-12    | 2022       | false
      2022       | 2023       | true
      --04-29    | --05-01    | false
      --05-01    | --04-29    | false
      2022-04-29 | --05-01    | false
      --04-29    | 2023       | false
      """)
  void isCertainlyBeforeHoldsOnlyWhenEveryReadingIsBefore(String first, String second, boolean expected) {
    assertThat(PartialDate.parse(first).isCertainlyBefore(PartialDate.parse(second))).isEqualTo(expected);
  }

  @Test
  void isCertainlyBeforeAgreesWithLocalDateForCompleteDates() {
    qt().forAll(localDates(), localDates()).checkAssert((a, b) ->
        assertThat(PartialDate.of(a).isCertainlyBefore(PartialDate.of(b))).isEqualTo(a.isBefore(b)));
  }

  @Test
  void isCertainlyBeforeIsIrreflexive() {
    qt().forAll(partialDates()).check(date -> !date.isCertainlyBefore(date));
  }

  @Test
  void isCertainlyBeforeIsAsymmetric() {
    qt().forAll(partialDates(), partialDates())
        .check((a, b) -> !(a.isCertainlyBefore(b) && b.isCertainlyBefore(a)));
  }

  @Test
  void isCertainlyBeforeIsTransitive() {
    qt().forAll(partialDates(), partialDates(), partialDates())
        .check((a, b, c) -> !(a.isCertainlyBefore(b) && b.isCertainlyBefore(c)) || a.isCertainlyBefore(c));
  }

  @Test
  void isCertainlyBeforeMeansEveryDayOfOneIsBeforeEveryDayOfTheOther() {
    qt().forAll(partialDates(), partialDates()).checkAssert((a, b) -> {
      boolean bothHaveYears = a.year().isPresent() && b.year().isPresent();
      boolean expected = bothHaveYears && a.latest().orElseThrow().isBefore(b.earliest().orElseThrow());
      assertThat(a.isCertainlyBefore(b)).isEqualTo(expected);
    });
  }

  @ParameterizedTest(name = "{0} certainly a different day from {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      --04-30    | --04-29    | true
      2023-04-30 | --04-29    | true
      2023-05    | --04-29    | true
      2023       | --04-29    | false
      --04-29    | --04-29    | false
      --04-29    | 2023-04-29 | false
      2022-11-22 | 2022-11-22 | false
      2022-11-22 | 2022-11-23 | true
      2022-11    | 2022-11-23 | false
      2022-11    | 2022-12    | true
      2022       | 2022-11    | false
      2022       | 2023-01-01 | true
      --02-29    | 2024-02-29 | false
      --02-29    | 2023       | false
      """)
  void isCertainlyDifferentDayFromComparesThePartsBothDatesState(String first, String second, boolean expected) {
    PartialDate a = PartialDate.parse(first);
    PartialDate b = PartialDate.parse(second);

    assertThat(a.isCertainlyDifferentDayFrom(b)).isEqualTo(expected);
    assertThat(b.isCertainlyDifferentDayFrom(a)).isEqualTo(expected);
  }

  @Test
  void isCertainlyDifferentDayFromIsIrreflexiveAndSymmetric() {
    qt().forAll(partialDates(), partialDates()).checkAssert((a, b) -> {
      assertThat(a.isCertainlyDifferentDayFrom(a)).isFalse();
      assertThat(a.isCertainlyDifferentDayFrom(b)).isEqualTo(b.isCertainlyDifferentDayFrom(a));
    });
  }

  @Test
  void isCertainlyDifferentDayFromAgreesWithTheDaysBothDatesCanMean() {
    qt().forAll(partialDates(), partialDates()).checkAssert((a, b) -> {
      boolean someDayFitsBoth = candidateDays(a, b).anyMatch(day -> canMean(a, day) && canMean(b, day));
      // The one case the stated parts do not settle: the 29th of February against a year without one.
      boolean leapDayInAnOrdinaryYear = isLeapDayInAnOrdinaryYear(a, b) || isLeapDayInAnOrdinaryYear(b, a);

      assertThat(a.isCertainlyDifferentDayFrom(b)).as("%s and %s", a, b)
          .isEqualTo(!someDayFitsBoth && !leapDayInAnOrdinaryYear);
    });
  }

  @ParameterizedTest(name = "{1} certainly outside {0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2022-11-22/2022-11-24 | 2022-11-22 | false
      2022-11-22/2022-11-24 | 2022-11-24 | false
      2022-11-22/2022-11-24 | 2022-11-21 | true
      2022-11-22/2022-11-24 | 2022-11-25 | true
      2022-11-22/2022-11-24 | 2022-11    | false
      2022-11-22/2022-11-24 | 2022-12    | true
      2022-11-22/2022-11-24 | 2022       | false
      2022-11-22/2022-11-24 | 2021       | true
      2022-11-22/2022-11-24 | --11-23    | false
      2022-11-22/2022-11-24 | --11-25    | true
      2022-11-22            | 2022-11-22 | false
      2022-11-22            | 2022-11-23 | true
      --04-29               | --04-29    | false
      --04-29               | --04-30    | true
      --04-29               | 2023-04-29 | false
      --04-29               | 2023-04-30 | true
      --04-29               | 2023-05    | true
      --04-29               | 2023       | false
      --04-28/--04-30       | --05-15    | false
      --04-28/--04-30       | 2023-05-15 | false
      2022-11               | 2022-11-05 | false
      2022-11               | 2022-12-01 | true
      2022-11               | --12-01    | true
      2022-11-22/2022-12    | 2022-12-31 | false
      2022-11-22/2022-12    | 2023-01-01 | true
      2022-11-22/--12-01    | 2022-11-21 | true
      2022-11-22/--12-01    | 2023-05-01 | false
      2020-12-30/2021-01-02 | --12-31    | false
      2020-12-30/2021-01-02 | --06-01    | true
      2016-02-01/2016-03-01 | --02-29    | false
      2015-02-01/2015-03-01 | --02-29    | true
      2001-01-01/2012-01-01 | --02-29    | false
      1897-01-01/1903-12-31 | --02-29    | true
      1897-01-01/1904-02-29 | --02-29    | false
      1896-03-01/1904-02-28 | --02-29    | true
      1896-02-29/1904-02-28 | --02-29    | false
      """)
  void isCertainlyOutsideHoldsOnlyWhenNoReadingOfTheDateFallsInTheSpan(String span, String date, boolean expected) {
    assertThat(PartialDate.parse(date).isCertainlyOutside(DateSpan.parse(span))).isEqualTo(expected);
  }

  @Test
  void isCertainlyOutsideASingleDayIsBeingCertainlyAnotherDay() {
    qt().forAll(partialDates(), partialDates()).checkAssert((date, day) ->
        assertThat(date.isCertainlyOutside(DateSpan.on(day))).isEqualTo(date.isCertainlyDifferentDayFrom(day)));
  }

  @Test
  void isCertainlyOutsideARangeAgreesWithTheDaysTheDateCanMean() {
    // Ranges of two partial dates, rather than dateSpans() under an assumption, which too few would pass.
    Gen<DateSpan> ranges = partialDates().zip(partialDates(),
        (a, b) -> b.isCertainlyBefore(a) ? DateSpan.between(b, a) : DateSpan.between(a, b));
    qt().forAll(ranges, partialDates()).checkAssert((span, date) -> {
      if (span.isSingleDay()) {
        return;
      }
      // The widest reading of the range; an end without a year bounds nothing on its side.
      LocalDate low = span.start().earliest().orElse(null);
      LocalDate high = span.end().latest().orElse(null);
      boolean someReadingFallsWithin = candidateDays(date, low, high).anyMatch(day -> canMean(date, day)
          && (low == null || !day.isBefore(low)) && (high == null || !day.isAfter(high)));

      assertThat(date.isCertainlyOutside(span)).as("%s in %s", date, span).isEqualTo(!someReadingFallsWithin);
    });
  }

  /** Tells whether a partial date can stand for a day: every part it states is that day's. */
  private static boolean canMean(PartialDate date, LocalDate day) {
    return (date.year().isEmpty() || date.year().getAsInt() == day.getYear())
        && (date.month().isEmpty() || date.month().get() == day.getMonth())
        && (date.day().isEmpty() || date.day().getAsInt() == day.getDayOfMonth());
  }

  /** Every day of a year that either date states, or of nine years, which hold every month and day. */
  private static Stream<LocalDate> candidateDays(PartialDate a, PartialDate b) {
    int year = a.year().orElse(b.year().orElse(2020));
    int years = a.year().isPresent() || b.year().isPresent() ? 1 : 9;
    return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + years, 1, 1));
  }

  /**
   * Every day of the date's year when it states one; otherwise its month and day in every year from low to
   * high, or in nine years on a side left open, which hold every month and day.
   */
  private static Stream<LocalDate> candidateDays(PartialDate date, LocalDate low, LocalDate high) {
    if (date.year().isPresent()) {
      int year = date.year().getAsInt();
      return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
    }
    int first = low != null ? low.getYear() : high != null ? high.getYear() - 8 : 2020;
    int last = high != null ? high.getYear() : first + 8;
    return IntStream.rangeClosed(first, last)
        .filter(year -> date.day().getAsInt() <= date.month().orElseThrow().length(Year.isLeap(year)))
        .mapToObj(year -> LocalDate.of(year, date.month().orElseThrow(), date.day().getAsInt()));
  }

  private static boolean isLeapDayInAnOrdinaryYear(PartialDate leapDay, PartialDate other) {
    return leapDay.equals(PartialDate.ofMonthDay(2, 29)) && other.year().isPresent()
        && !Year.isLeap(other.year().getAsInt()) && other.month().orElse(Month.FEBRUARY) == Month.FEBRUARY
        && other.day().isEmpty();
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(partialDates()).checkAssert(date -> assertThat(PartialDate.parse(date.toString())).isEqualTo(date));
  }

  @Test
  void equalDatesHaveEqualHashCodes() {
    qt().forAll(partialDates(), partialDates()).checkAssert((a, b) -> {
      PartialDate copy = PartialDate.parse(a.toString());
      assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    });
  }

  @Test
  void completeDatesConvertToTheSameLocalDate() {
    qt().forAll(localDates()).checkAssert(date -> {
      PartialDate partial = PartialDate.of(date);
      assertThat(partial.toLocalDate()).contains(date);
      assertThat(partial.earliest()).contains(date);
      assertThat(partial.latest()).contains(date);
      assertThat(partial.toString()).isEqualTo(date.toString());
      assertThat(partial).isEqualTo(PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    });
  }

  @Test
  void onlyCompleteDatesConvertToLocalDate() {
    qt().forAll(partialDates()).checkAssert(date ->
        assertThat(date.toLocalDate().isPresent()).isEqualTo(date.precision() == DatePrecision.DAY));
  }

  @Test
  void earliestIsNeverAfterLatest() {
    qt().forAll(partialDates()).checkAssert(date -> {
      assertThat(date.earliest().isPresent()).isEqualTo(date.year().isPresent());
      date.earliest().ifPresent(earliest -> assertThat(earliest).isBeforeOrEqualTo(date.latest().orElseThrow()));
    });
  }

  @Test
  void differentPrecisionsOfTheSameDayAreNotEqual() {
    assertThat(PartialDate.parse("2022-11")).isNotEqualTo(PartialDate.parse("2022-11-01"));
    assertThat(PartialDate.parse("--11-22")).isNotEqualTo(PartialDate.parse("2022-11-22"));
    assertThat(PartialDate.parse("2022")).isNotEqualTo(PartialDate.parse("2022-01"));
  }

  static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
