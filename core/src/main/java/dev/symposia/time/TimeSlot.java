package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
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
 *   <li>a start and an end time, {@code 14:00/15:30};
 *   <li>a start time alone, {@code 14:00/}, when the source does not say when it ended;
 *   <li>a part of the day, {@code afternoon}, when the source gives no clock time.
 * </ul>
 * A slot is either times or a part of the day, never both, so there is no question of whether 14:00
 * agrees with "morning". Times are local times at the place of the session; the time zone belongs to the
 * event, not to the slot. Times are written as {@link LocalTime#toString()} writes them: {@code HH:MM},
 * with seconds and fractions only when not zero.
 *
 * <p><b>Past midnight.</b> A slot whose end comes before its start ends on the day after it starts:
 * {@code 22:00/01:00} is a night session of three hours, as programmes write it. A slot never lasts a whole
 * day or more, so an end equal to the start is refused. {@link #endsNextDay()} tells which reading applies.
 *
 * <p><b>UTC offsets.</b> Either time may carry the UTC offset in force at that moment, as RFC 3339 writes it
 * ({@code Z}, {@code +01:00}, {@code -05:00}): {@code 01:30+01:00/02:30Z}. An offset says which of two equal
 * clock times a record means when clocks go back and a local time happens twice (in London on
 * 26 October 2025, 01:30 British Summer Time, {@code 01:30+01:00}, comes an hour before 01:30 Greenwich
 * Mean Time, {@code 01:30Z}). When both times carry an offset, "the end comes before the start" compares
 * the moments they name on one day, as {@link java.time.OffsetTime} does, so {@code 01:45+01:00/01:15Z}
 * is half an hour on one night; otherwise it compares the clock times.
 *
 * <p><b>On the timeline.</b> Given a date and a time zone, {@link #interval(LocalDate, ZoneId)} places the
 * slot on the real timeline. A local time is resolved as {@link ZonedDateTime#ofLocal} resolves it: a time
 * with an offset takes that offset, which must be valid for that time in the zone; a start without one, in
 * the hour that happens twice, takes the earlier offset (summer time, the first 01:30); an end without one
 * takes the start's offset when that is valid for it, else the earlier. A time that does not exist, in the
 * hour that clocks skip when they go forward, is refused rather than moved.
 *
 * <p>Two slots are equal when they have equal start, end, offsets and part of day.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeSlot {
  private static final String TYPE = "TimeSlot";
  private static final String FORMS = "must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening";
  private static final String TIME_FORM = "must be a time of day HH:MM or HH:MM:SS";
  private static final String OFFSET_FORM = "offset must be Z or +HH:MM or -HH:MM, at most 18 hours";

  private final LocalTime start;
  private final ZoneOffset startOffset;
  private final LocalTime end;
  private final ZoneOffset endOffset;
  private final PartOfDay partOfDay;

  private TimeSlot(LocalTime start, ZoneOffset startOffset, LocalTime end, ZoneOffset endOffset,
      PartOfDay partOfDay) {
    this.start = start;
    this.startOffset = startOffset;
    this.end = end;
    this.endOffset = endOffset;
    this.partOfDay = partOfDay;
  }

  /**
   * Returns the slot from one time to another: on the same day when the end is after the start, else
   * from the start to the end on the next day ({@code 22:00} to {@code 01:00}).
   *
   * @param start the start time; not null
   * @param end the end time; not null, and not equal to {@code start}
   * @return the slot; never null
   * @throws InvalidModelException if an argument is null, or if {@code end} equals {@code start}
   */
  public static TimeSlot between(LocalTime start, LocalTime end) {
    if (start == null) {
      throw new InvalidModelException(TYPE, "start", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "end", "is required");
    }
    return withTimes(start, null, end, null);
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
    return new TimeSlot(start, null, null, null, null);
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
    return new TimeSlot(null, null, null, null, partOfDay);
  }

  /**
   * Returns a copy of this slot whose start carries a UTC offset.
   *
   * <pre>{@code
   * TimeSlot.between(LocalTime.of(1, 30), LocalTime.of(2, 30)).withStartOffset(ZoneOffset.UTC);   // 01:30Z/02:30
   * }</pre>
   *
   * @param offset the offset in force at the start; not null
   * @return the copy, or this slot if its start already has that offset; never null
   * @throws InvalidModelException if {@code offset} is null, if the slot is a part of the day, or if the
   *     start would then be the same moment as the end
   */
  public TimeSlot withStartOffset(ZoneOffset offset) {
    if (offset == null) {
      throw new InvalidModelException(TYPE, "startOffset", "is required");
    }
    if (start == null) {
      throw new InvalidModelException(TYPE, "startOffset", "needs a start time", offset);
    }
    if (offset.equals(startOffset)) {
      return this;
    }
    return end == null ? new TimeSlot(start, offset, null, null, null) : withTimes(start, offset, end, endOffset);
  }

  /**
   * Returns a copy of this slot whose end carries a UTC offset.
   *
   * @param offset the offset in force at the end; not null
   * @return the copy, or this slot if its end already has that offset; never null
   * @throws InvalidModelException if {@code offset} is null, if the slot has no end time, or if the end would
   *     then be the same moment as the start
   */
  public TimeSlot withEndOffset(ZoneOffset offset) {
    if (offset == null) {
      throw new InvalidModelException(TYPE, "endOffset", "is required");
    }
    if (end == null) {
      throw new InvalidModelException(TYPE, "endOffset", "needs an end time", offset);
    }
    if (offset.equals(endOffset)) {
      return this;
    }
    return withTimes(start, startOffset, end, offset);
  }

  private static TimeSlot withTimes(LocalTime start, ZoneOffset startOffset, LocalTime end, ZoneOffset endOffset) {
    if (startOffset != null && endOffset != null) {
      if (secondsOnOneDay(start, startOffset) == secondsOnOneDay(end, endOffset) && start.getNano() == end.getNano()) {
        throw new InvalidModelException(TYPE, "end", "must not be the same moment as start "
            + text(start, startOffset), text(end, endOffset));
      }
    } else if (end.equals(start)) {
      throw new InvalidModelException(TYPE, "end", "must not be the start time " + text(start, startOffset),
          text(end, endOffset));
    }
    return new TimeSlot(start, startOffset, end, endOffset, null);
  }

  /**
   * Reads a slot in the form that {@link #toString()} writes: {@code 14:00/15:30}, {@code 14:00/}, or one
   * of {@code morning}, {@code afternoon} and {@code evening} in lower case. Either time may be followed by
   * a UTC offset: {@code Z}, {@code +HH:MM} or {@code -HH:MM} ({@code +00:00} is read as {@code Z}).
   *
   * @param text the text to read; not null
   * @return the slot; never null
   * @throws InvalidModelException if {@code text} is null or not in one of those forms, if a time in it is
   *     not a time of day, if an offset is malformed, beyond 18 hours or {@code -00:00} (which RFC 3339
   *     reserves for an unknown offset), or if the end equals the start
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
    // Nearly every slot of a programme is HH:MM/HH:MM, read here without making strings of its parts; any
    // other text, or one of this form that is not two times of day, goes the general way.
    if (text.length() == 11 && slash == 5) {
      LocalTime start = hoursAndMinutes(text, 0);
      LocalTime end = hoursAndMinutes(text, 6);
      if (start != null && end != null) {
        return withTimes(start, null, end, null);
      }
    }
    String startText = text.substring(0, slash);
    int startSplit = offsetIndex(startText);
    LocalTime start = parseTime("start", startText.substring(0, startSplit));
    ZoneOffset startOffset = parseOffset("start", startText.substring(startSplit));
    String endText = text.substring(slash + 1);
    if (endText.isEmpty()) {
      return new TimeSlot(start, startOffset, null, null, null);
    }
    int endSplit = offsetIndex(endText);
    LocalTime end = parseTime("end", endText.substring(0, endSplit));
    return withTimes(start, startOffset, end, parseOffset("end", endText.substring(endSplit)));
  }

  /** Returns where the offset of a time begins: at its first {@code Z}, {@code +} or {@code -}, if any. */
  private static int offsetIndex(String time) {
    for (int i = 0; i < time.length(); i++) {
      char c = time.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return time.length();
  }

  private static LocalTime parseTime(String attribute, String text) {
    // Programmes are full of HH:MM times; reading them directly is many times faster than the formatter,
    // which still reads every other form and words every refusal.
    if (text.length() == 5) {
      LocalTime time = hoursAndMinutes(text, 0);
      if (time != null) {
        return time;
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

  // The time of day written HH:MM at `from`, or null if the text there is not one.
  private static LocalTime hoursAndMinutes(String text, int from) {
    if (text.charAt(from + 2) != ':') {
      return null;
    }
    int hour = twoDigits(text, from);
    int minute = twoDigits(text, from + 3);
    return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 ? LocalTime.of(hour, minute) : null;
  }

  private static ZoneOffset parseOffset(String attribute, String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    // RFC 3339's offsets, HH:MM, and the seconds that ZoneOffset writes for the odd historical offset.
    boolean form = (text.length() == 6 || text.length() == 9) && (text.charAt(0) == '+' || text.charAt(0) == '-')
        && text.charAt(3) == ':' && (text.length() == 6 || text.charAt(6) == ':');
    int hours = form ? twoDigits(text, 1) : -1;
    int minutes = form ? twoDigits(text, 4) : -1;
    int seconds = form && text.length() == 9 ? twoDigits(text, 7) : 0;
    if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59
        || hours * 3600 + minutes * 60 + seconds > 18 * 3600) {
      throw new InvalidModelException(TYPE, attribute, OFFSET_FORM, text);
    }
    int total = hours * 3600 + minutes * 60 + seconds;
    if (total == 0 && text.charAt(0) == '-') {
      throw new InvalidModelException(TYPE, attribute,
          "offset must not be -00:00, which RFC 3339 uses for an unknown offset; write Z for UTC", text);
    }
    return ZoneOffset.ofTotalSeconds(text.charAt(0) == '-' ? -total : total);
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

  private static long secondsOnOneDay(LocalTime time, ZoneOffset offset) {
    return time.toSecondOfDay() - (long) offset.getTotalSeconds();
  }

  private static String text(LocalTime time, ZoneOffset offset) {
    return offset == null ? time.toString() : time.toString() + offset;
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
   * Returns the UTC offset in force at the start, when the record states it.
   *
   * @return the offset; empty when not stated, and for a part of the day
   */
  public Optional<ZoneOffset> startOffset() {
    return Optional.ofNullable(startOffset);
  }

  /**
   * Returns the end time, when the source gives it.
   *
   * @return the end time, on the day of the start or, when {@link #endsNextDay()}, on the next; empty for a
   *     start time alone or a part of the day
   */
  public Optional<LocalTime> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the UTC offset in force at the end, when the record states it.
   *
   * @return the offset; empty when not stated, and when the slot has no end
   */
  public Optional<ZoneOffset> endOffset() {
    return Optional.ofNullable(endOffset);
  }

  /**
   * Tells whether the slot ends on the day after it starts: its end comes before its start, comparing
   * clock times, or the moments on one day when both times carry an offset.
   *
   * <pre>{@code
   * TimeSlot.parse("22:00/01:00").endsNextDay();        // true
   * TimeSlot.parse("01:45+01:00/01:15Z").endsNextDay(); // false: half an hour as clocks go back
   * }</pre>
   *
   * @return true for a slot past midnight; false for a slot within one day, a start alone or a part of the
   *     day
   */
  public boolean endsNextDay() {
    if (end == null) {
      return false;
    }
    if (startOffset != null && endOffset != null) {
      long startSeconds = secondsOnOneDay(start, startOffset);
      long endSeconds = secondsOnOneDay(end, endOffset);
      return endSeconds < startSeconds || endSeconds == startSeconds && end.getNano() < start.getNano();
    }
    return end.isBefore(start);
  }

  /**
   * Returns when the slot starts on the real timeline, on a day in a time zone. The start's local time is
   * resolved as the class documents: its offset if it has one, else the earlier offset when the time
   * happens twice.
   *
   * <pre>{@code
   * TimeSlot.parse("01:30/").startAt(LocalDate.of(2025, 10, 26), ZoneId.of("Europe/London"));
   *     // Optional[2025-10-26T01:30+01:00[Europe/London]], the first of the two 01:30s
   * }</pre>
   *
   * @param date the day the slot starts; not null
   * @param zone the time zone of its clock times; not null
   * @return the start; empty for a part of the day
   * @throws InvalidModelException if an argument is null, if the start time does not exist on that day in
   *     that zone (clocks skip it), or if its offset is not one the zone has at that time
   */
  public Optional<ZonedDateTime> startAt(LocalDate date, ZoneId zone) {
    requireDateAndZone(date, zone);
    if (start == null) {
      return Optional.empty();
    }
    return Optional.of(resolve("start", LocalDateTime.of(date, start), startOffset, null, zone));
  }

  /**
   * Returns the slot on the real timeline, on a day in a time zone: its start on that day, its end on
   * that day or, when it {@linkplain #endsNextDay() ends the next day}, on the next, each resolved as the
   * class documents.
   *
   * <pre>{@code
   * TimeSlot.parse("00:30/02:30").interval(LocalDate.of(2025, 10, 26), ZoneId.of("Europe/London"))
   *     .map(ZonedInterval::duration);   // Optional[PT3H]: clocks go back at 02:00
   * }</pre>
   *
   * @param date the day the slot starts; not null
   * @param zone the time zone of its clock times; not null
   * @return the interval; empty for a start alone and for a part of the day
   * @throws InvalidModelException if an argument is null, if a time does not exist in that zone on its day
   *     (clocks skip it), if an offset is not one the zone has at that time, or if, with the offsets given,
   *     the end does not come after the start
   */
  public Optional<ZonedInterval> interval(LocalDate date, ZoneId zone) {
    requireDateAndZone(date, zone);
    if (end == null) {
      return Optional.empty();
    }
    ZonedDateTime from = resolve("start", LocalDateTime.of(date, start), startOffset, null, zone);
    LocalDate endDate = endsNextDay() ? date.plusDays(1) : date;
    ZonedDateTime to = resolve("end", LocalDateTime.of(endDate, end), endOffset, from.getOffset(), zone);
    if (!to.toInstant().isAfter(from.toInstant())) {
      throw new InvalidModelException(TYPE, "end", "comes before the start on " + date + " in " + zone.getId()
          + "; state the offset of each time", toString());
    }
    return Optional.of(ZonedInterval.of(from, to));
  }

  private static void requireDateAndZone(LocalDate date, ZoneId zone) {
    if (date == null) {
      throw new InvalidModelException(TYPE, "date", "is required");
    }
    if (zone == null) {
      throw new InvalidModelException(TYPE, "zone", "is required");
    }
  }

  private ZonedDateTime resolve(String attribute, LocalDateTime local, ZoneOffset offset, ZoneOffset preferred,
      ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> valid = rules.getValidOffsets(local);
    if (valid.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      throw new InvalidModelException(TYPE, attribute, local.toLocalTime() + " does not exist on "
          + local.toLocalDate() + " in " + zone.getId() + ", where clocks go forward from "
          + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime(), toString());
    }
    if (offset != null) {
      if (!valid.contains(offset)) {
        throw new InvalidModelException(TYPE, attribute, "offset " + offset + " is not in force at "
            + local.toLocalTime() + " on " + local.toLocalDate() + " in " + zone.getId() + ", where it is "
            + (valid.size() == 1 ? valid.get(0) : valid.get(0) + " or " + valid.get(1)), toString());
      }
      return ZonedDateTime.ofLocal(local, zone, offset);
    }
    return ZonedDateTime.ofLocal(local, zone, preferred);
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
   * Tells whether the other object is a slot with the same start, end, offsets and part of day.
   *
   * @param other the object to compare with; may be null
   * @return true if the slots are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TimeSlot)) {
      return false;
    }
    TimeSlot slot = (TimeSlot) other;
    return Objects.equals(slot.start, start) && Objects.equals(slot.startOffset, startOffset)
        && Objects.equals(slot.end, end) && Objects.equals(slot.endOffset, endOffset)
        && slot.partOfDay == partOfDay;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, startOffset, end, endOffset, partOfDay);
  }

  /**
   * Returns the form that {@link #parse(String)} reads back: {@code 14:00/15:30}, {@code 22:00/01:00},
   * {@code 01:30+01:00/02:30Z}, {@code 14:00/} or {@code afternoon}.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    if (partOfDay != null) {
      return name(partOfDay);
    }
    return text(start, startOffset) + "/" + (end == null ? "" : text(end, endOffset));
  }
}
