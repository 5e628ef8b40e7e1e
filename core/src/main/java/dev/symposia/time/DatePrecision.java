package dev.symposia.time;

/**
 * Which parts of a calendar date a {@link PartialDate} states.
 *
 * <pre>{@code
 * PartialDate.parse("2022-11").precision();   // MONTH
 * PartialDate.parse("--04-29").precision();   // MONTH_DAY
 * }</pre>
 *
 * <p>The first three constants are precisions in the usual sense, from the finest to the coarsest: the
 * date names a day, a month or a year. {@link #MONTH_DAY} is different in kind: the day is exact but the
 * year is not stated, so the date cannot be placed on a time line at all. Each constant corresponds to one
 * {@code java.time} type: {@code LocalDate}, {@code YearMonth}, {@code Year} and {@code MonthDay}.
 */
public enum DatePrecision {
  /** Year, month and day are known, as in {@code 2022-11-22}. */
  DAY,
  /** Year and month are known, the day is not, as in {@code 2022-11}. */
  MONTH,
  /** Only the year is known, as in {@code 2022}. */
  YEAR,
  /** Month and day are known, the year is not stated, as in {@code --04-29}. */
  MONTH_DAY
}
