package dev.symposia.generators;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;

import dev.symposia.InvalidModelException;
import dev.symposia.time.DateSpan;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid dates, date spans, time slots and recurrences, shared with the other modules' tests.
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

  /**
   * Returns UTC offsets: mostly whole and half hours that zones use, some any quarter hour from -18:00 to
   * +18:00, and a few with seconds, as local mean times had.
   */
  public static Gen<ZoneOffset> offsets() {
    Gen<ZoneOffset> common = Generate.pick(List.of(0, 3600, 7200, -18000, -14400, 19800, 28800, 34200, 20700,
        -12600, 50400, -43200)).map(ZoneOffset::ofTotalSeconds);
    Gen<ZoneOffset> quarters = range(-72, 72).map(quarter -> ZoneOffset.ofTotalSeconds(quarter * 900));
    Gen<ZoneOffset> seconds = range(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
    return frequency(Pair.of(6, common), Pair.of(2, quarters), Pair.of(1, seconds));
  }

  /**
   * Returns time slots of every form: start and end (some past midnight), start alone, part of the day;
   * a quarter of the clock times carry a UTC offset.
   */
  public static Gen<TimeSlot> timeSlots() {
    return slots(true);
  }

  /**
   * Returns time slots with a clock start: start and end (some past midnight) or start alone; a quarter of
   * the clock times carry a UTC offset. Generated rather than filtered out of {@link #timeSlots()}, so that a
   * property over thousands of them never runs out of examples.
   */
  public static Gen<TimeSlot> clockSlots() {
    return slots(false);
  }

  private static Gen<TimeSlot> slots(boolean withParts) {
    Gen<TimeSlot> ranges = times().zip(times(), (a, b) -> a.equals(b)
        ? TimeSlot.startingAt(a)
        : TimeSlot.between(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
    Gen<TimeSlot> nights = times().zip(times(), (a, b) -> a.equals(b)
        ? TimeSlot.startingAt(a)
        : TimeSlot.between(a.isBefore(b) ? b : a, a.isBefore(b) ? a : b));
    Gen<TimeSlot> starts = times().map(TimeSlot::startingAt);
    Gen<TimeSlot> parts = enumValues(PartOfDay.class).map(TimeSlot::during);
    Gen<TimeSlot> local = withParts
        ? frequency(Pair.of(3, ranges), Pair.of(1, nights), Pair.of(3, starts), Pair.of(3, parts))
        : frequency(Pair.of(3, ranges), Pair.of(1, nights), Pair.of(3, starts));
    Gen<Optional<ZoneOffset>> maybeOffsets = frequency(Pair.of(3, Generate.constant(Optional.empty())),
        Pair.of(1, offsets().map(Optional::of)));
    return local.zip(maybeOffsets, maybeOffsets, TimeGenerators::withOffsets);
  }

  /** Returns the slot with the offsets that it can carry: none on a part of the day, none that make it empty. */
  private static TimeSlot withOffsets(TimeSlot slot, Optional<ZoneOffset> start, Optional<ZoneOffset> end) {
    TimeSlot result = slot;
    if (start.isPresent() && slot.start().isPresent()) {
      result = result.withStartOffset(start.get());
    }
    if (end.isPresent() && slot.end().isPresent()) {
      boolean sameMoment = result.startOffset().isPresent()
          && slot.start().get().toSecondOfDay() - result.startOffset().get().getTotalSeconds()
              == slot.end().get().toSecondOfDay() - end.get().getTotalSeconds()
          && slot.start().get().getNano() == slot.end().get().getNano();
      if (!sameMoment) {
        result = result.withEndOffset(end.get());
      }
    }
    return result;
  }

  /** Returns every region time zone of the JDK's database, as {@link ZoneId#getAvailableZoneIds()} lists them. */
  public static Gen<ZoneId> zones() {
    List<String> names = new ArrayList<>(ZoneId.getAvailableZoneIds());
    Collections.sort(names);
    return Generate.pick(names).map(name -> ZoneId.of(name));
  }

  /**
   * Returns intervals from a moment in a random zone to a later one, minutes to days later, in the same
   * zone or, sometimes, in another.
   */
  public static Gen<ZonedInterval> zonedIntervals() {
    Gen<ZonedDateTime> starts = localDates().zip(times(), zones(),
        (date, time, zone) -> date.atTime(time).atZone(zone));
    Gen<Long> lengths = frequency(Pair.of(4, longRange(1, 4 * 3600L)), Pair.of(1, longRange(1, 10 * 86_400L)));
    Gen<Optional<ZoneId>> otherZones = frequency(Pair.of(3, Generate.constant(Optional.empty())),
        Pair.of(1, zones().map(Optional::of)));
    return starts.zip(lengths, longRange(0, 999_999_999L), otherZones, (start, seconds, nanos, other) -> {
      ZonedDateTime end = start.plusSeconds(seconds).plusNanos(nanos);
      return ZonedInterval.of(start, other.map(end::withZoneSameInstant).orElse(end));
    });
  }

  /**
   * Returns a slot with clock times with, by choice, no offsets (0), the later offset in force at its start
   * on that day in that zone (1), that and the earlier offset in force at its end (2), or the offsets it has (3).
   */
  public static TimeSlot withOffsetsInForce(TimeSlot slot, LocalDate date, ZoneId zone, int choice) {
    if (choice == 3) {
      return slot;
    }
    TimeSlot bare = slot.end().isPresent()
        ? TimeSlot.between(slot.start().get(), slot.end().get()) : TimeSlot.startingAt(slot.start().get());
    if (choice == 0) {
      return bare;
    }
    List<ZoneOffset> startOffsets = zone.getRules().getValidOffsets(date.atTime(bare.start().get()));
    TimeSlot stated = startOffsets.isEmpty() ? bare : bare.withStartOffset(startOffsets.get(startOffsets.size() - 1));
    if (bare.end().isPresent()) {
      LocalDate endDate = JavaTimeOracle.endsNextDay(stated) ? date.plusDays(1) : date;
      List<ZoneOffset> endOffsets = zone.getRules().getValidOffsets(endDate.atTime(bare.end().get()));
      if (!endOffsets.isEmpty() && choice == 2) {
        try {
          stated = stated.withEndOffset(endOffsets.get(0));
        } catch (InvalidModelException e) {
          return stated;
        }
      }
    }
    return stated;
  }

  /**
   * A series on a rule: its first date, time of day and time zone (either may be null, as
   * {@link Recurrence#occurrences} allows), and the rule, whose changes concern dates it gives from that
   * first date.
   */
  public record ScheduledRecurrence(LocalDate first, TimeSlot time, ZoneId zone, Recurrence recurrence) {}

  /**
   * Times of series: evening and morning sessions, a start alone, a part of the day, a night session past
   * midnight, and times in the hours that clocks skip or repeat in Europe and America (01:30/02:30,
   * 02:30/03:30), so that some expansions must refuse a time that does not exist.
   */
  private static final List<String> SERIES_TIMES = List.of("18:00/19:30", "09:00/10:00", "14:00/", "afternoon",
      "23:00/01:00", "01:30/02:30", "02:30/03:30", "12:00+01:00/13:00");

  /** Zones of series: clocks that change by an hour in either hemisphere, by half an hour, or never. */
  private static final List<String> SERIES_ZONES = List.of("Europe/Berlin", "America/Chicago",
      "Australia/Lord_Howe", "America/Santiago", "UTC", "Asia/Kolkata");

  /**
   * Returns valid recurrence rules of every form (daily, weekly with or without days, monthly by week,
   * by day of the month or by the first date), with a count, an end date, both or neither, and changes
   * of dates that the rule gives from a first date.
   */
  public static Gen<Recurrence> recurrences() {
    return scheduledRecurrences().map(ScheduledRecurrence::recurrence);
  }

  /**
   * Returns series on valid rules: a first date from 2019 to 2025, a time (or none), a zone (or none), and a
   * rule with an interval of 1 to 3, whose changes (a few cancelled, moved up to ten days, or retimed)
   * concern dates it gives from that first date within three years.
   */
  public static Gen<ScheduledRecurrence> scheduledRecurrences() {
    return Draw.gen(draw -> {
      LocalDate first = LocalDate.of(FIRST_RECENT_YEAR, 1, 1).plusDays(draw.between(0, 7 * 365));
      RecurrenceFrequency frequency = draw.pick(RecurrenceFrequency.class);
      Recurrence.Builder rule = Recurrence.builder().frequency(frequency);
      if (draw.chance(50)) {
        rule.interval(draw.between(1, 3));
      }
      if (frequency == RecurrenceFrequency.WEEKLY && draw.chance(70)) {
        rule.days(draw.sample(List.of(DayOfWeek.values()), 1, 7));
      } else if (frequency == RecurrenceFrequency.MONTHLY) {
        int form = draw.between(0, 2);
        if (form == 0) {
          rule.weekOfMonth(draw.pick(List.of(1, 2, 3, 4, 5, -1))).addDays(draw.pick(DayOfWeek.class));
        } else if (form == 1) {
          rule.dayOfMonth(draw.chance(30) ? draw.between(28, 31) : draw.between(1, 31));
        }
      }
      int end = draw.between(0, 3);
      if (end == 0 || end == 2) {
        rule.count(draw.between(1, 24));
      }
      if (end == 1 || end == 2) {
        rule.until(first.plusDays(draw.between(0, 730)));
      }
      TimeSlot time = draw.chance(80) ? TimeSlot.parse(draw.pick(SERIES_TIMES)) : null;
      ZoneId zone = draw.chance(80) ? ZoneId.of(draw.pick(SERIES_ZONES)) : null;
      Recurrence plain = rule.build();
      List<RecurrenceChange> changes = new ArrayList<>();
      for (Occurrence occurrence : plain.occurrences(first, null, null, first.plusYears(3))) {
        if (changes.size() < 5 && draw.chance(15)) {
          changes.add(change(draw, occurrence.ruleDate()));
        }
      }
      return new ScheduledRecurrence(first, time, zone, rule.changes(changes).build());
    });
  }

  /** Returns changes of every form: cancelled, moved, retimed, moved and retimed. */
  public static Gen<RecurrenceChange> recurrenceChanges() {
    return Draw.gen(draw -> change(draw, draw.from(localDates())));
  }

  private static RecurrenceChange change(Draw draw, LocalDate occurrence) {
    int kind = draw.between(0, 3);
    if (kind == 0 || occurrence.equals(LAST) || occurrence.equals(FIRST)) {
      return RecurrenceChange.cancel(occurrence);
    }
    RecurrenceChange.Builder change = RecurrenceChange.builder().occurrence(occurrence);
    if (kind != 2) {
      int days = draw.between(1, 10);
      LocalDate movedTo = draw.chance(50) ? occurrence.plusDays(days) : occurrence.minusDays(days);
      change.movedTo(movedTo.isAfter(LAST) ? LAST : movedTo.isBefore(FIRST) ? FIRST : movedTo);
    }
    if (kind != 1) {
      change.time(TimeSlot.parse(draw.pick(SERIES_TIMES)));
    }
    return change.build();
  }

  /**
   * Returns occurrences of generated series, placed in their zone when the series' times exist there on
   * their dates, else without an interval.
   */
  public static Gen<Occurrence> occurrences() {
    return Draw.gen(draw -> {
      while (true) {
        ScheduledRecurrence series = draw.from(scheduledRecurrences());
        List<Occurrence> occurrences;
        try {
          occurrences = series.recurrence().occurrences(series.first(), series.time(), series.zone());
        } catch (InvalidModelException e) {
          occurrences = series.recurrence().occurrences(series.first(), series.time(), null);
        }
        if (!occurrences.isEmpty()) {
          return occurrences.get(draw.between(0, occurrences.size() - 1));
        }
      }
    });
  }
}
