package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The time of day of a session: clock times, or only a part of the day.
 *
 * <pre>{@code
 * TimeSlot opening = TimeSlot.during(PartOfDay.AFTERNOON);   // "on the afternoon of 23 November"
 * TimeSlot keynote = TimeSlot.parse("14:00/15:30");
 * }</pre>
 *
 * <p>A slot has one of three forms, which {@link #toString()} writes and {@link #parse(String)} reads back:
 * <ul>
 *   <li>a start and an end time, {@code 14:00/15:30}, the end after the start on the same day;
 *   <li>a start time alone, {@code 14:00/}, when the source does not say when it ended;
 *   <li>a part of the day, {@code afternoon}, when the source gives no clock time.
 * </ul>
 * A slot is either times or a part of the day, never both, so there is no question of whether 14:00
 * agrees with "morning". A slot that runs past midnight cannot be expressed. Times are local times at the
 * place of the session; the time zone belongs to the event, not to the slot. Times are written as
 * {@link LocalTime#toString()} writes them: {@code HH:MM}, with seconds and fractions only when not zero.
 *
 * <p>Two slots are equal when they have equal start, end and part of day.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeSlot {
  private static final String TYPE = "TimeSlot";
  private static final String FORMS = "must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening";
  private static final String TIME_FORM = "must be a time of day HH:MM or HH:MM:SS";

  private final LocalTime start;
  private final LocalTime end;
  private final PartOfDay partOfDay;

  private TimeSlot(LocalTime start, LocalTime end, PartOfDay partOfDay) {
    this.start = start;
    this.end = end;
    this.partOfDay = partOfDay;
  }

  /**
   * Returns the slot from one time to a later time of the same day.
   *
   * @param start the start time; not null
   * @param end the end time; not null, and after {@code start}
   * @return the slot; never null
   * @throws InvalidModelException if an argument is null, or if {@code end} is not after {@code start}
   */
  public static TimeSlot between(LocalTime start, LocalTime end) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "end", "is required");
    }
    if (!end.isAfter(start)) {
      throw new InvalidModelException(TYPE, "end", "must be after start " + start, end);
    }
    return new TimeSlot(start, end, null);
  }

  /**
   * Returns the slot that starts at a time and whose end the source does not state.
   *
   * @param start the start time; not null
   * @return the slot; never null
   * @throws InvalidModelException if {@code start} is null
   */
  public static TimeSlot startingAt(LocalTime start) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    return new TimeSlot(start, null, null);
  }

  /**
   * Returns the slot known only as a part of the day, such as "on the afternoon".
   *
   * @param partOfDay the part of the day; not null
   * @return the slot; never null
   * @throws InvalidModelException if {@code partOfDay} is null
   */
  public static TimeSlot during(PartOfDay partOfDay) {
    if (partOfDay == null) {
      throw new InvalidModelException(TYPE, "partOfDay", "is required");
    }
    return new TimeSlot(null, null, partOfDay);
  }

  /**
   * Reads a slot in the form that {@link #toString()} writes: {@code 14:00/15:30}, {@code 14:00/}, or one
   * of {@code morning}, {@code afternoon} and {@code evening} in lower case.
   *
   * @param text the text to read; not null
   * @return the slot; never null
   * @throws InvalidModelException if {@code text} is null or not in one of those forms, if a time in it is
   *     not a time of day, or if the end is not after the start
   */
  public static TimeSlot parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      for (PartOfDay part : PartOfDay.values()) {
        if (text.equals(name(part))) {
          return during(part);
        }
      }
      throw new InvalidModelException(TYPE, "text", FORMS, text);
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw new InvalidModelException(TYPE, "text", FORMS, text);
    }
    LocalTime start = parseTime("start", text.substring(0, slash));
    String endText = text.substring(slash + 1);
    return endText.isEmpty() ? startingAt(start) : between(start, parseTime("end", endText));
  }

  private static LocalTime parseTime(String attribute, String text) {
    // Programmes are full of HH:MM times; reading them directly is many times faster than the formatter,
    // which still reads every other form and words every refusal.
    if (text.length() == 5 && text.charAt(2) == ':') {
      int hour = twoDigits(text, 0);
      int minute = twoDigits(text, 3);
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      InvalidModelException refusal = new InvalidModelException(TYPE, attribute, TIME_FORM, text);
      refusal.initCause(e);
      throw refusal;
    }
  }

  private static int twoDigits(String text, int from) {
    char tens = text.charAt(from);
    char units = text.charAt(from + 1);
    if (tens < '0' || tens > '9' || units < '0' || units > '9') {
      return -1;
    }
    return (tens - '0') * 10 + (units - '0');
  }

  private static String name(PartOfDay part) {
    return part.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the start time, when the source gives clock times.
   *
   * @return the start time; empty for a part of the day
   */
  public Optional<LocalTime> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the end time, when the source gives it.
   *
   * @return the end time, after the start time; empty for a start time alone or a part of the day
   */
  public Optional<LocalTime> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the part of the day, when the source gives no clock time.
   *
   * @return the part of the day; empty when the slot has a start time
   */
  public Optional<PartOfDay> partOfDay() {
    return Optional.ofNullable(partOfDay);
  }

  /**
   * Tells whether the other object is a slot with the same start, end and part of day.
   *
   * @param other the object to compare with; may be null
   * @return true if the slots are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TimeSlot
        && Objects.equals(((TimeSlot) other).start, start)
        && Objects.equals(((TimeSlot) other).end, end)
        && ((TimeSlot) other).partOfDay == partOfDay;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, end, partOfDay);
  }

  /**
   * Returns the form that {@link #parse(String)} reads back: {@code 14:00/15:30}, {@code 14:00/} or
   * {@code afternoon}.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    if (partOfDay != null) {
      return name(partOfDay);
    }
    return start + "/" + (end == null ? "" : end.toString());
  }
}
