package dev.symposia.generators;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.range;

import dev.symposia.time.DateSpan;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Generators of valid dates, date spans and time slots, shared with the other modules' tests.
 *
 * <p>Most values fall in a few recent years, so that generated dates often overlap, share a month or touch;
 * the rest cover the whole range of years from 1 to 9999.
 */
public final class TimeGenerators {
  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
  private static final int FIRST_RECENT_YEAR = 2019;
  private static final int LAST_RECENT_YEAR = 2025;

  private TimeGenerators() {}

  /** Returns dates from 0001-01-01 to 9999-12-31, most of them in recent years. */
  public static Gen<LocalDate> localDates() {
    Gen<LocalDate> recent = longRange(
        LocalDate.of(FIRST_RECENT_YEAR, 1, 1).toEpochDay(), LocalDate.of(LAST_RECENT_YEAR, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Gen<LocalDate> any = longRange(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    return frequency(Pair.of(4, recent), Pair.of(1, any));
  }

  /** Returns complete partial dates: year, month and day. */
  public static Gen<PartialDate> completeDates() {
    return localDates().map(date -> PartialDate.of(date));
  }

  /** Returns partial dates of every precision: complete, year and month, year alone, month and day. */
  public static Gen<PartialDate> partialDates() {
    Gen<PartialDate> yearMonths = years().zip(range(1, 12), PartialDate::ofYearMonth);
    Gen<PartialDate> yearsOnly = years().map(PartialDate::ofYear);
    Gen<PartialDate> monthDays = range(1, 12).zip(range(1, 31),
        (month, day) -> PartialDate.ofMonthDay(month, (day - 1) % Month.of(month).maxLength() + 1));
    return frequency(Pair.of(3, completeDates()), Pair.of(2, yearMonths), Pair.of(1, yearsOnly),
        Pair.of(1, monthDays));
  }

  private static Gen<Integer> years() {
    return frequency(Pair.of(4, range(FIRST_RECENT_YEAR, LAST_RECENT_YEAR)), Pair.of(1, range(1, 9999)));
  }

  /**
   * Returns date spans whose ends are complete dates: single days, ranges a few weeks long at most, and
   * ranges between two arbitrary dates.
   */
  public static Gen<DateSpan> completeDateSpans() {
    Gen<DateSpan> singleDays = localDates().map(day -> DateSpan.on(day));
    Gen<DateSpan> shortRanges = localDates().zip(range(0, 40), (start, days) -> {
      LocalDate end = start.plusDays(days);
      return DateSpan.between(start, end.isAfter(LAST) ? LAST : end);
    });
    Gen<DateSpan> anyRanges = localDates().zip(localDates(),
        (a, b) -> a.isAfter(b) ? DateSpan.between(b, a) : DateSpan.between(a, b));
    return frequency(Pair.of(1, singleDays), Pair.of(3, shortRanges), Pair.of(1, anyRanges));
  }

  /**
   * Returns date spans: single days of any precision, ranges of complete dates, and ranges of two partial
   * dates in an order that the span accepts.
   */
  public static Gen<DateSpan> dateSpans() {
    Gen<DateSpan> singleDays = partialDates().map(day -> DateSpan.on(day));
    Gen<DateSpan> partialRanges = partialDates().zip(partialDates(),
        (a, b) -> b.isCertainlyBefore(a) ? DateSpan.between(b, a) : DateSpan.between(a, b));
    return frequency(Pair.of(2, singleDays), Pair.of(2, completeDateSpans()), Pair.of(2, partialRanges));
  }

  /**
   * Returns times of day, mostly on the minute, some with seconds and some with fractions of a second.
   */
  public static Gen<LocalTime> times() {
    Gen<LocalTime> minutes = range(0, 24 * 60 - 1).map(minute -> LocalTime.ofSecondOfDay(minute * 60L));
    Gen<LocalTime> seconds = range(0, 24 * 60 * 60 - 1).map(second -> LocalTime.ofSecondOfDay(second));
    Gen<LocalTime> nanos = longRange(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
    return frequency(Pair.of(6, minutes), Pair.of(2, seconds), Pair.of(1, nanos));
  }

  /** Returns time slots of every form: start and end, start alone, part of the day. */
  public static Gen<TimeSlot> timeSlots() {
    Gen<TimeSlot> ranges = times().zip(times(), (a, b) -> a.equals(b)
        ? TimeSlot.startingAt(a)
        : TimeSlot.between(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
    Gen<TimeSlot> starts = times().map(TimeSlot::startingAt);
    Gen<TimeSlot> parts = enumValues(PartOfDay.class).map(TimeSlot::during);
    return oneOf(ranges, starts, parts);
  }
}
