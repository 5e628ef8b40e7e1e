package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A stretch of the real timeline, from one moment to a later one, each with the time zone it was given
 * in: where a session lies once its date, clock times and time zone are known.
 *
 * <pre>{@code
 * ZonedInterval night = symposium.interval(session).orElseThrow();   // 00:30 to 02:30 as clocks go back
 * night.duration();                                                    // PT3H
 * }</pre>
 *
 * <p>The interval is half-open: it holds its start and every moment up to, but not including, its end,
 * so a session that ends at 10:00 does not {@linkplain #overlaps overlap} one that starts at 10:00.
 * Its end is always after its start. {@link #duration()} is the time that really passes, which is not the
 * difference of the clock times when clocks change in between.
 *
 * <p>{@link #toString()} writes the two {@link ZonedDateTime}s joined by {@code /}, as ISO 8601 writes an
 * interval ({@code 2025-10-26T00:30+01:00[Europe/London]/2025-10-26T02:30Z[Europe/London]}), and
 * {@link #parse(CharSequence)} reads it back. Two intervals are equal when their starts and ends are equal
 * {@link ZonedDateTime}s, zones included; compare {@link #startInstant()} and {@link #endInstant()} to
 * ask whether two intervals cover the same moments.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ZonedInterval {
  private static final String TYPE = "ZonedInterval";

  private final ZonedDateTime start;
  private final ZonedDateTime end;

  private ZonedInterval(ZonedDateTime start, ZonedDateTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the interval from one moment to a later one.
   *
   * @param start the first moment of the interval; not null
   * @param end the moment the interval ends, not included in it; not null, and later than {@code start}
   * @return the interval; never null
   * @throws InvalidModelException if an argument is null, or if {@code end} is not later than {@code start}
   */
  public static ZonedInterval of(ZonedDateTime start, ZonedDateTime end) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "end", "is required");
    }
    if (!end.toInstant().isAfter(start.toInstant())) {
      throw new InvalidModelException(TYPE, "end", "must be later than start " + start, end);
    }
    return new ZonedInterval(start, end);
  }

  /**
   * Reads an interval in the form {@link #toString()} writes: two date-times as
   * {@link ZonedDateTime#parse(CharSequence)} reads them, joined by {@code /}.
   *
   * @param text the text; not null
   * @return the interval; never null
   * @throws InvalidModelException if {@code text} is null, is not two such date-times joined by {@code /},
   *     or has an end not later than its start
   */
  public static ZonedInterval parse(CharSequence text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    String string = text.toString();
    // A zone's name may hold a slash of its own, inside the brackets that end the start.
    int slash = string.indexOf('/');
    int bracket = string.indexOf('[');
    if (bracket >= 0 && bracket < slash) {
      slash = string.indexOf('/', string.indexOf(']', bracket) + 1);
    }
    if (slash < 0) {
      throw new InvalidModelException(TYPE, "text", "must be two ISO 8601 zoned date-times joined by \"/\"", string);
    }
    return of(parseEnd("start", string.substring(0, slash)), parseEnd("end", string.substring(slash + 1)));
  }

  private static ZonedDateTime parseEnd(String attribute, String text) {
    try {
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException e) {
      InvalidModelException refusal = new InvalidModelException(TYPE, attribute,
          "must be an ISO 8601 zoned date-time such as 2025-10-26T01:30+01:00[Europe/London]", text);
      refusal.initCause(e);
      throw refusal;
    }
  }

  /**
   * Returns the first moment of the interval, in the zone it was given in.
   *
   * @return the start; never null
   */
  public ZonedDateTime start() {
    return start;
  }

  /**
   * Returns the moment the interval ends, which is not part of it, in the zone it was given in.
   *
   * @return the end, later than the start; never null
   */
  public ZonedDateTime end() {
    return end;
  }

  /**
   * Returns the first moment of the interval as an instant.
   *
   * @return the start; never null
   */
  public Instant startInstant() {
    return start.toInstant();
  }

  /**
   * Returns the end of the interval as an instant.
   *
   * @return the end; never null
   */
  public Instant endInstant() {
    return end.toInstant();
  }

  /**
   * Returns the time that passes from the start to the end.
   *
   * @return the duration, positive; never null
   */
  public Duration duration() {
    return Duration.between(start.toInstant(), end.toInstant());
  }

  /**
   * Tells whether this interval and another share a moment. Intervals that only touch, one ending when
   * the other starts, do not.
   *
   * @param other the other interval; not null
   * @return true if some instant lies in both
   * @throws InvalidModelException if {@code other} is null
   */
  public boolean overlaps(ZonedInterval other) {
    if (other == null) {
      throw new InvalidModelException(TYPE, "other", "is required");
    }
    return startInstant().isBefore(other.endInstant()) && other.startInstant().isBefore(endInstant());
  }

  /**
   * Tells whether an instant lies in this interval: at or after its start and before its end.
   *
   * @param instant the instant; not null
   * @return true if the interval holds it
   * @throws InvalidModelException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    if (instant == null) {
      throw new InvalidModelException(TYPE, "instant", "is required");
    }
    return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
  }

  /**
   * Tells whether the other object is an interval with equal start and end date-times, zones included.
   *
   * @param other the object to compare with; may be null
   * @return true if the intervals are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ZonedInterval && ((ZonedInterval) other).start.equals(start)
        && ((ZonedInterval) other).end.equals(end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the form {@link #parse(CharSequence)} reads back, such as
   * {@code 2025-10-26T00:30+01:00[Europe/London]/2025-10-26T02:30Z[Europe/London]}.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
