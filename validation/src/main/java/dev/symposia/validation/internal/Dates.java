package dev.symposia.validation.internal;

import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Comparisons of partial dates that answer true only when the answer holds under every reading of what
 * the dates leave unstated.
 */
final class Dates {
  // Every month and day, the 29th of February included, occurs in any nine consecutive years.
  private static final int YEARS_HOLDING_EVERY_DAY = 9;

  /** What {@link #dayNumber} returns for a date that states no day. */
  static final long NO_DAY = Long.MIN_VALUE;

  private Dates() {}

  /**
   * Tells whether two partial dates, each standing for one day, cannot be the same day: some part that
   * both state (year, month or day of the month) differs.
   *
   * @param a a date; not null
   * @param b another date; not null
   * @return true if no day fits both
   */
  static boolean certainlyDifferentDays(PartialDate a, PartialDate b) {
    if (a.year().isPresent() && b.year().isPresent() && a.year().getAsInt() != b.year().getAsInt()) {
      return true;
    }
    if (a.month().isPresent() && b.month().isPresent() && a.month().get() != b.month().get()) {
      return true;
    }
    return a.day().isPresent() && b.day().isPresent() && a.day().getAsInt() != b.day().getAsInt();
  }

  /**
   * Tells whether a day lies outside a span under every reading of both.
   *
   * <p>For a single-day span the day must be that day, so any differing stated part puts it outside. For
   * a range, the widest reading runs from the earliest day the start can be to the latest day the end can
   * be; the day is outside when none of the days it can be falls in that reading. An end without a year
   * bounds nothing on its side.
   *
   * @param day the day; not null
   * @param span the span; not null
   * @return true if the day is certainly not one of the span's days
   */
  static boolean certainlyOutside(PartialDate day, DateSpan span) {
    if (span.isSingleDay()) {
      return certainlyDifferentDays(day, span.start());
    }
    Optional<LocalDate> low = span.start().earliest();
    Optional<LocalDate> high = span.end().latest();
    if (day.year().isPresent()) {
      return low.isPresent() && day.latest().orElseThrow().isBefore(low.get())
          || high.isPresent() && day.earliest().orElseThrow().isAfter(high.get());
    }
    if (low.isEmpty() || high.isEmpty()) {
      return false;
    }
    return !monthDayFallsWithin(day.month().orElseThrow().getValue(), day.day().orElseThrow(), low.get(),
        high.get());
  }

  private static boolean monthDayFallsWithin(int month, int dayOfMonth, LocalDate low, LocalDate high) {
    if (high.getYear() - low.getYear() >= YEARS_HOLDING_EVERY_DAY) {
      return true;
    }
    for (int year = low.getYear(); year <= high.getYear(); year++) {
      if (dayOfMonth <= YearMonth.of(year, month).lengthOfMonth()) {
        LocalDate candidate = LocalDate.of(year, month, dayOfMonth);
        if (!candidate.isBefore(low) && !candidate.isAfter(high)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether every day the first span can cover is before every day the second can cover.
   *
   * @param first a span; not null
   * @param second another span; not null
   * @return true if the first certainly ends before the second starts
   */
  static boolean certainlyBefore(DateSpan first, DateSpan second) {
    return first.end().isCertainlyBefore(second.start());
  }

  /**
   * Returns a number that is the same for two dates exactly when they name the same day, for dates that
   * state a month and a day; dates without a year form their own days.
   *
   * @param date the date; not null
   * @return the number; {@link #NO_DAY} for a date that states no day of the month
   */
  static long dayNumber(PartialDate date) {
    if (date.day().isEmpty()) {
      return NO_DAY;
    }
    if (date.year().isPresent()) {
      return date.toLocalDate().orElseThrow().toEpochDay();
    }
    // Epoch days of years 1 to 9999 lie within about ±3 million; month-days are put far beyond.
    return 100_000_000L + date.month().orElseThrow().getValue() * 32L + date.day().getAsInt();
  }
}
