package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The dates of an event or a session: one day, or an inclusive range of days.
 *
 * <pre>{@code
 * DateSpan csco = DateSpan.parse("2021-09-25/2021-09-29");
 * csco.lengthInDays();   // OptionalLong[5]
 * }</pre>
 *
 * <p>Either end may be a {@link PartialDate}, so a span can say "on 29 April" ({@code --04-29}), "some day
 * in November 2022" ({@code 2022-11}) or "from 22 November 2022 to some day in December" without inventing
 * what the source does not state. The two ends may have different precisions. A span whose end is
 * {@linkplain PartialDate#isCertainlyBefore certainly before} its start is refused; any other pair is
 * accepted, since it may describe real dates.
 *
 * <p>A single day ({@link #on(PartialDate)}) is not the same as a range whose ends are the same partial
 * date: {@code 2022-11} means one day in November 2022, while {@code 2022-11/2022-11} means a range that
 * starts and ends within November 2022. For a complete date the two mean the same, and
 * {@code between(d, d)} returns the single day {@code on(d)}.
 *
 * <p>{@link #toString()} writes the ISO 8601 form that {@link #parse(String)} reads back: the date alone
 * for a single day, the two ends joined by {@code /} for a range. Two spans are equal when they have equal
 * ends and are both single days or both ranges.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateSpan {
  private static final String TYPE = "DateSpan";
  private static final String FORMS =
      "must be a date or two dates joined by \"/\", each YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD";

  private final PartialDate start;
  private final PartialDate end;
  private final boolean singleDay;

  private DateSpan(PartialDate start, PartialDate end, boolean singleDay) {
    this.start = start;
    this.end = end;
    this.singleDay = singleDay;
  }

  /**
   * Returns the span of one day, which the date may state only in part.
   *
   * @param day the day; not null
   * @return a single-day span; never null
   * @throws InvalidModelException if {@code day} is null
   */
  public static DateSpan on(PartialDate day) {
    if (day == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    return new DateSpan(day, day, true);
  }

  /**
   * Returns the span of one complete day.
   *
   * @param day the day; not null, with a year from 1 to 9999
   * @return a single-day span; never null
   * @throws InvalidModelException if {@code day} is null or its year is outside 1 to 9999
   */
  public static DateSpan on(LocalDate day) {
    if (day == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    return on(convert("start", day));
  }

  /**
   * Returns the inclusive range from one day to another, either of which may be stated only in part.
   *
   * <p>When both ends are the same complete date the result is the single day {@code on(start)}.
   *
   * @param start the first day; not null
   * @param end the last day; not null, and not certainly before {@code start}
   * @return the span; never null
   * @throws InvalidModelException if an argument is null, or if {@code end} is certainly before
   *     {@code start}
   */
  public static DateSpan between(PartialDate start, PartialDate end) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "end", "is required");
    }
    if (end.isCertainlyBefore(start)) {
      throw new InvalidModelException(TYPE, "end", "must not be before start " + start, end);
    }
    return new DateSpan(start, end, start.isComplete() && start.equals(end));
  }

  /**
   * Returns the inclusive range from one complete day to another.
   *
   * @param start the first day; not null, with a year from 1 to 9999
   * @param end the last day; not null, with a year from 1 to 9999, and not before {@code start}
   * @return the span, a single day when both are equal; never null
   * @throws InvalidModelException if an argument is null or has a year outside 1 to 9999, or if
   *     {@code end} is before {@code start}
   */
  public static DateSpan between(LocalDate start, LocalDate end) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "end", "is required");
    }
    return between(convert("start", start), convert("end", end));
  }

  /**
   * Reads a span in the form that {@link #toString()} writes: a single {@link PartialDate} such as
   * {@code 2022-11-22} or {@code --04-29}, or two joined by {@code /} such as
   * {@code 2022-11-22/2022-11-24}.
   *
   * @param text the text to read; not null
   * @return the span; never null
   * @throws InvalidModelException if {@code text} is null or not in that form, if a date in it does not
   *     exist (the attribute is then {@code start.day}, {@code end.month} and so on), or if the end is
   *     certainly before the start
   */
  public static DateSpan parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return on(parseEnd(text, "start", text));
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw new InvalidModelException(TYPE, "text", FORMS, text);
    }
    return between(parseEnd(text.substring(0, slash), "start", text), parseEnd(text.substring(slash + 1), "end", text));
  }

  private static PartialDate parseEnd(String part, String attribute, String whole) {
    try {
      return PartialDate.parse(part);
    } catch (InvalidModelException e) {
      if (e.attribute().equals("text")) {
        throw chained(new InvalidModelException(TYPE, "text", FORMS, whole), e);
      }
      throw nested(attribute, e);
    }
  }

  private static PartialDate convert(String attribute, LocalDate date) {
    try {
      return PartialDate.of(date);
    } catch (InvalidModelException e) {
      throw nested(attribute, e);
    }
  }

  /** Restates a refusal of one end as a refusal of this span, so that the message names the end. */
  private static InvalidModelException nested(String attribute, InvalidModelException e) {
    String path = attribute + "." + e.attribute();
    InvalidModelException restated = e.offendingValue().isPresent()
        ? new InvalidModelException(TYPE, path, e.rule(), e.offendingValue().get())
        : new InvalidModelException(TYPE, path, e.rule());
    return chained(restated, e);
  }

  private static InvalidModelException chained(InvalidModelException restated, InvalidModelException cause) {
    restated.initCause(cause);
    return restated;
  }

  /**
   * Returns the first day of the span.
   *
   * @return the start; never null
   */
  public PartialDate start() {
    return start;
  }

  /**
   * Returns the last day of the span, which is the start for a single day.
   *
   * @return the end; never null
   */
  public PartialDate end() {
    return end;
  }

  /**
   * Tells whether the span is one day, even if the source states that day only in part.
   *
   * @return true for a single day; false for a range
   */
  public boolean isSingleDay() {
    return singleDay;
  }

  /**
   * Returns how many days the span covers, counting both ends: 3 for {@code 2022-11-22/2022-11-24}.
   *
   * @return the number of days, at least 1; 1 for any single day, even one stated in part; empty for a
   *     range unless both ends are complete
   */
  public OptionalLong lengthInDays() {
    if (singleDay) {
      return OptionalLong.of(1);
    }
    if (!start.isComplete() || !end.isComplete()) {
      return OptionalLong.empty();
    }
    LocalDate first = start.toLocalDate().orElseThrow();
    LocalDate last = end.toLocalDate().orElseThrow();
    return OptionalLong.of(ChronoUnit.DAYS.between(first, last) + 1);
  }

  /**
   * Tells whether the given day is certainly one of the days of this span, whatever days its partial ends
   * stand for.
   *
   * <p>For a span of complete dates this is the plain test {@code start <= date <= end}. A partial end
   * widens the uncertainty and so narrows the answer: {@code 2022-11-22/2022-12} certainly contains
   * 1 December 2022 but not 2 December 2022, which may be after the end, and the single day
   * {@code 2022-11} certainly contains no day at all. A span with an end that has no year contains no
   * date, since the year may be any.
   *
   * @param date the day to test; not null
   * @return true if the date lies within the span under every reading of its ends
   * @throws InvalidModelException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    if (date == null) {
      throw new InvalidModelException(TYPE, "date", "is required");
    }
    if (start.year().isEmpty() || end.year().isEmpty()) {
      return false;
    }
    // The latest the start can be, given that it is not after the end, and the earliest the end can be,
    // given that it is not before the start: every reading of the span covers the days between them.
    LocalDate latestStart = min(start.latest().orElseThrow(), end.latest().orElseThrow());
    LocalDate earliestEnd = max(start.earliest().orElseThrow(), end.earliest().orElseThrow());
    return !date.isBefore(latestStart) && !date.isAfter(earliestEnd);
  }

  /**
   * Tells whether every day this span can cover is before every day the other can cover: this span's end
   * is {@linkplain PartialDate#isCertainlyBefore certainly before} the other's start.
   *
   * <p>{@code 2022-11-22/2022-11-24} is certainly before {@code 2022-11-25} and {@code 2022-12}, but not
   * before {@code 2022-11}, which may be the 24th, nor before {@code 2022-11-24/2022-11-30}, which shares a
   * day with it. A span whose end has no year is before nothing, and nothing is before a span whose start
   * has no year: the two may lie in different years. This relation is irreflexive, asymmetric and
   * transitive, a strict partial order.
   *
   * @param other the span to compare with; not null
   * @return true if this span ends before the other starts whatever days their ends stand for
   * @throws InvalidModelException if {@code other} is null
   */
  public boolean isCertainlyBefore(DateSpan other) {
    if (other == null) {
      throw new InvalidModelException(TYPE, "other", "is required");
    }
    return end.isCertainlyBefore(other.start);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Tells whether the other object is a span with equal ends, a single day if and only if this one is.
   *
   * @param other the object to compare with; may be null
   * @return true if the spans are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DateSpan
        && ((DateSpan) other).singleDay == singleDay
        && ((DateSpan) other).start.equals(start)
        && ((DateSpan) other).end.equals(end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, end, singleDay);
  }

  /**
   * Returns the ISO 8601 form that {@link #parse(String)} reads back: {@code 2022-11-22} for a single day,
   * {@code 2022-11-22/2022-11-24} for a range.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    return singleDay ? start.toString() : start + "/" + end;
  }
}
