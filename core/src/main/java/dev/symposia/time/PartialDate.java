package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date of which the source may give only part.
 *
 * <pre>{@code
 * PartialDate inauguration = PartialDate.parse("--04-29");   // 29 April, year not stated
 * inauguration.year();                                       // OptionalInt.empty
 * }</pre>
 *
 * <p>A partial date has one of four forms, told by {@link #precision()}, each written in its ISO 8601
 * form by {@link #toString()} and read back by {@link #parse(String)}:
 * <ul>
 *   <li>{@code 2022-11-22}: year, month and day ({@link DatePrecision#DAY});
 *   <li>{@code 2022-11}: year and month ({@link DatePrecision#MONTH});
 *   <li>{@code 2022}: year only ({@link DatePrecision#YEAR});
 *   <li>{@code --04-29}: month and day, the year not stated ({@link DatePrecision#MONTH_DAY}).
 * </ul>
 *
 * <p>A partial date stands for one day that the source does not fully name. When the year is known, that
 * day lies between {@link #earliest()} and {@link #latest()}; without a year it could be in any year.
 * Years run from 1 to 9999 in the ISO (proleptic Gregorian) calendar. The 29th of February is accepted
 * without a year, since the year may be a leap year, and refused with a year that is not one.
 *
 * <p>Partial dates are deliberately not {@link Comparable}: {@code 2022-11} is neither before, after nor
 * equal to {@code 2022-11-22}, so they have only a partial order, which {@link #isCertainlyBefore} tests.
 * That method, {@link #isCertainlyDifferentDayFrom} and {@link #isCertainlyOutside} answer true only when
 * no reading of what the dates leave unstated could make the answer false.
 * Equality is structural: {@code 2022-11} and {@code 2022-11-22} are different values, and so are
 * {@code --11-22} and {@code 2022-11-22}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PartialDate {
  private static final String TYPE = "PartialDate";
  private static final String FORMS = "must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD";
  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;
  private static final int ABSENT = 0;
  // Leap years are never more than eight years apart, so a range whose ends are this many years apart covers
  // eight whole years between them, and with them every month and day, the 29th of February included.
  private static final int YEARS_HOLDING_EVERY_DAY = 9;

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns the partial date that states all of the given date.
   *
   * @param date the date; not null, with a year from 1 to 9999
   * @return a complete partial date; never null
   * @throws InvalidModelException if {@code date} is null or its year is outside 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    if (date == null) {
      throw new InvalidModelException(TYPE, "date", "is required");
    }
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns the partial date that states a year, a month and a day.
   *
   * @param year the year, from 1 to 9999
   * @param month the month, from 1 (January) to 12 (December)
   * @param day the day of the month, from 1 to the length of that month in that year
   * @return a complete partial date; never null
   * @throws InvalidModelException if a value is out of range, such as the 31st of April or the 29th of
   *     February in a year that is not a leap year
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    checkMonth(month);
    int length = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > length) {
      String monthName = monthName(month) + (month == 2 ? " " + year : "");
      throw new InvalidModelException(TYPE, "day", "must be between 1 and " + length + " for " + monthName, day);
    }
    return new PartialDate(year, month, day);
  }

  /**
   * Returns the partial date that states a year and a month but no day.
   *
   * @param year the year, from 1 to 9999
   * @param month the month, from 1 (January) to 12 (December)
   * @return a partial date of precision {@link DatePrecision#MONTH}; never null
   * @throws InvalidModelException if a value is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    checkMonth(month);
    return new PartialDate(year, month, ABSENT);
  }

  /**
   * Returns the partial date that states only a year.
   *
   * @param year the year, from 1 to 9999
   * @return a partial date of precision {@link DatePrecision#YEAR}; never null
   * @throws InvalidModelException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, ABSENT, ABSENT);
  }

  /**
   * Returns the partial date that states a month and a day but not the year, as in "on 29 April".
   *
   * @param month the month, from 1 (January) to 12 (December)
   * @param day the day of the month, from 1 to the longest length of that month (29 for February)
   * @return a partial date of precision {@link DatePrecision#MONTH_DAY}; never null
   * @throws InvalidModelException if a value is out of range, such as the 31st of April
   */
  public static PartialDate ofMonthDay(int month, int day) {
    checkMonth(month);
    int length = Month.of(month).maxLength();
    if (day < 1 || day > length) {
      throw new InvalidModelException(TYPE, "day", "must be between 1 and " + length + " for " + monthName(month), day);
    }
    return new PartialDate(ABSENT, month, day);
  }

  /**
   * Reads a partial date in the form that {@link #toString()} writes: {@code 2022-11-22}, {@code 2022-11},
   * {@code 2022} or {@code --04-29}.
   *
   * <p>The year has exactly four ASCII digits, the month and day exactly two; no sign, time, zone or
   * surrounding space is accepted.
   *
   * @param text the text to read; not null
   * @return the partial date; never null
   * @throws InvalidModelException if {@code text} is null, is not in one of the four forms, or names a
   *     day that does not exist
   */
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    if (matches(text, "--NN-NN")) {
      return ofMonthDay(digits(text, 2, 4), digits(text, 5, 7));
    }
    if (matches(text, "NNNN-NN-NN")) {
      return of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    if (matches(text, "NNNN-NN")) {
      return ofYearMonth(digits(text, 0, 4), digits(text, 5, 7));
    }
    if (matches(text, "NNNN")) {
      return ofYear(digits(text, 0, 4));
    }
    throw new InvalidModelException(TYPE, "text", FORMS, text);
  }

  /** Tells whether the text has the shape of the pattern, where {@code N} stands for an ASCII digit. */
  private static boolean matches(String text, String pattern) {
    if (text.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      char expected = pattern.charAt(i);
      char actual = text.charAt(i);
      boolean ok = expected == 'N' ? actual >= '0' && actual <= '9' : actual == expected;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidModelException(TYPE, "year", "must be between " + MIN_YEAR + " and " + MAX_YEAR, year);
    }
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) {
      throw new InvalidModelException(TYPE, "month", "must be between 1 and 12", month);
    }
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * Returns the year, when the source states it.
   *
   * @return the year, from 1 to 9999; empty for a month and day without a year
   */
  public OptionalInt year() {
    return year == ABSENT ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Returns the month, when the source states it.
   *
   * @return the month; empty for a year alone
   */
  public Optional<Month> month() {
    return month == ABSENT ? Optional.empty() : Optional.of(Month.of(month));
  }

  /**
   * Returns the day of the month, when the source states it.
   *
   * @return the day of the month, from 1 to 31; empty for a year, or a year and month
   */
  public OptionalInt day() {
    return day == ABSENT ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns which parts of the date are stated.
   *
   * @return the precision; never null
   */
  public DatePrecision precision() {
    if (year == ABSENT) {
      return DatePrecision.MONTH_DAY;
    }
    if (day != ABSENT) {
      return DatePrecision.DAY;
    }
    return month != ABSENT ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /**
   * Tells whether year, month and day are all stated.
   *
   * @return true exactly when the precision is {@link DatePrecision#DAY}
   */
  public boolean isComplete() {
    return year != ABSENT && day != ABSENT;
  }

  /**
   * Returns the date as a {@link LocalDate}, when it is complete.
   *
   * @return the date; empty unless {@link #isComplete()}
   */
  public Optional<LocalDate> toLocalDate() {
    return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * Returns the first day this partial date can stand for: the day itself, the first of the month, or the
   * first of January.
   *
   * @return the earliest possible day; empty when the year is not stated
   */
  public Optional<LocalDate> earliest() {
    if (year == ABSENT) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month == ABSENT ? 1 : month, day == ABSENT ? 1 : day));
  }

  /**
   * Returns the last day this partial date can stand for: the day itself, the last of the month, or the
   * 31st of December.
   *
   * @return the latest possible day; empty when the year is not stated
   */
  public Optional<LocalDate> latest() {
    if (year == ABSENT) {
      return Optional.empty();
    }
    LocalDate first = LocalDate.of(year, month == ABSENT ? 12 : month, day == ABSENT ? 1 : day);
    return Optional.of(day == ABSENT ? first.withDayOfMonth(first.lengthOfMonth()) : first);
  }

  /**
   * Tells whether every day this partial date can stand for is before every day the other can stand for.
   *
   * <p>{@code 2022-11} is certainly before {@code 2022-12-01} and before {@code 2023}, but not before
   * {@code 2022-11-30}, which it may be, nor before itself. When either side has no year the answer is
   * always false, even for {@code --04-29} against {@code --05-01}: the two may lie in different years, so
   * the 29th of April may well come after the 1st of May. This relation is irreflexive, asymmetric and
   * transitive, a strict partial order.
   *
   * @param other the date to compare with; not null
   * @return true if this date is before the other whatever days they stand for
   * @throws InvalidModelException if {@code other} is null
   */
  public boolean isCertainlyBefore(PartialDate other) {
    if (other == null) {
      throw new InvalidModelException(TYPE, "other", "is required");
    }
    if (year == ABSENT || other.year == ABSENT) {
      return false;
    }
    return latest().orElseThrow().isBefore(other.earliest().orElseThrow());
  }

  /**
   * Tells whether this date and another, each standing for one day, cannot be the same day because a part
   * that both state differs: the year, the month or the day of the month.
   *
   * <p>{@code --04-30} is certainly a different day from {@code --04-29}, and so are {@code 2023-04-30} and
   * {@code 2023-05} from {@code --04-29}; but {@code 2023} may be {@code --04-29}, {@code 2022-11} may be
   * {@code 2022-11-23}, and {@code --04-29} may be {@code --04-29}. Only the stated parts are compared, not
   * whether a year has the day: {@code --02-29} is not certainly a different day from {@code 2023}. The
   * relation is symmetric and irreflexive.
   *
   * @param other the date to compare with; not null
   * @return true if a part that both dates state differs, so that no day can be both; false otherwise
   * @throws InvalidModelException if {@code other} is null
   */
  public boolean isCertainlyDifferentDayFrom(PartialDate other) {
    if (other == null) {
      throw new InvalidModelException(TYPE, "other", "is required");
    }
    return bothStatedAndDiffer(year, other.year) || bothStatedAndDiffer(month, other.month)
        || bothStatedAndDiffer(day, other.day);
  }

  private static boolean bothStatedAndDiffer(int part, int otherPart) {
    return part != ABSENT && otherPart != ABSENT && part != otherPart;
  }

  /**
   * Tells whether the day this date stands for is certainly not one of the days of a span.
   *
   * <p>For a {@linkplain DateSpan#isSingleDay() single day} this is
   * {@link #isCertainlyDifferentDayFrom(PartialDate)} with that day. For a range, the widest reading runs
   * from the earliest day its start can be to the latest day its end can be, and this date is outside when
   * none of the days it can be falls within that reading: {@code 2022-12} and {@code --11-25} are outside
   * {@code 2022-11-22/2022-11-24}, {@code 2022-11} and {@code --11-23} are not. A date without a year is
   * tried in every year of the range, so {@code --12-31} is not outside {@code 2020-12-30/2021-01-02} and
   * {@code --02-29} is outside {@code 2015-02-01/2015-03-01}. An end without a year bounds nothing on its
   * side: no date is outside {@code --04-28/--04-30}, which could span years.
   *
   * @param span the span; not null
   * @return true if no reading of this date falls within any reading of the span
   * @throws InvalidModelException if {@code span} is null
   */
  public boolean isCertainlyOutside(DateSpan span) {
    if (span == null) {
      throw new InvalidModelException(TYPE, "span", "is required");
    }
    if (span.isSingleDay()) {
      return isCertainlyDifferentDayFrom(span.start());
    }
    Optional<LocalDate> low = span.start().earliest();
    Optional<LocalDate> high = span.end().latest();
    if (year != ABSENT) {
      return low.isPresent() && latest().orElseThrow().isBefore(low.get())
          || high.isPresent() && earliest().orElseThrow().isAfter(high.get());
    }
    if (low.isEmpty() || high.isEmpty()) {
      return false;
    }
    return !monthDayFallsWithin(low.get(), high.get());
  }

  /** Tells whether this month and day, in some year, falls within the inclusive range from low to high. */
  private boolean monthDayFallsWithin(LocalDate low, LocalDate high) {
    if (high.getYear() - low.getYear() >= YEARS_HOLDING_EVERY_DAY) {
      return true;
    }
    for (int candidateYear = low.getYear(); candidateYear <= high.getYear(); candidateYear++) {
      if (day <= Month.of(month).length(Year.isLeap(candidateYear))) {
        LocalDate candidate = LocalDate.of(candidateYear, month, day);
        if (!candidate.isBefore(low) && !candidate.isAfter(high)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether the other object is a partial date that states the same parts with the same values.
   *
   * @param other the object to compare with; may be null
   * @return true if both state the same year, month and day, each present or absent alike
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).year == year
        && ((PartialDate) other).month == month
        && ((PartialDate) other).day == day;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * Returns the ISO 8601 form that {@link #parse(String)} reads back: {@code 2022-11-22}, {@code 2022-11},
   * {@code 2022} or {@code --04-29}.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    // Written out by hand: the JSON module prints every date of a programme, and a formatter per date cost
    // more than the rest of writing the session.
    StringBuilder text = new StringBuilder(10);
    switch (precision()) {
      case DAY:
        return pad(text, year, 4).append('-').append(two(month)).append('-').append(two(day)).toString();
      case MONTH:
        return pad(text, year, 4).append('-').append(two(month)).toString();
      case YEAR:
        return pad(text, year, 4).toString();
      default:
        return text.append("--").append(two(month)).append('-').append(two(day)).toString();
    }
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

}
