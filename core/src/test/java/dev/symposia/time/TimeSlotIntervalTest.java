package dev.symposia.time;

import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.JavaTimeOracle;
import dev.symposia.generators.TimeGenerators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A slot placed on the real timeline: by the examples of the documentation, and as java.time places it. */
class TimeSlotIntervalTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2100, 12, 31).toEpochDay();
  /** Zones whose clocks change: by an hour, by half an hour (Lord Howe), back in summer (Dublin), or no more. */
  private static final List<ZoneId> CHANGING = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Tehran"), ZoneId.of("Europe/Dublin"),
      ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"), ZoneId.of("Africa/Casablanca"));

  /** A clock change of a zone. */
  private record Change(ZoneId zone, ZoneOffsetTransition transition) {}

  /** Returns every clock change of the zones from one day (inclusive) to another (exclusive). */
  static List<Change> changes(List<ZoneId> zones, LocalDate from, LocalDate until) {
    List<Change> found = new ArrayList<>();
    for (ZoneId zone : zones) {
      Instant end = until.atStartOfDay(zone).toInstant();
      for (ZoneOffsetTransition t = zone.getRules().nextTransition(from.atStartOfDay(zone).toInstant());
          t != null && t.getInstant().isBefore(end); t = zone.getRules().nextTransition(t.getInstant())) {
        found.add(new Change(zone, t));
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{1} on {0}: {2} to {3}, {4}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-10-26 | 00:30/02:30         | 2025-10-26T00:30+01:00 | 2025-10-26T02:30Z      | PT3H
      2025-10-26 | 01:30/02:30         | 2025-10-26T01:30+01:00 | 2025-10-26T02:30Z      | PT2H
      2025-10-26 | 01:30Z/02:30        | 2025-10-26T01:30Z      | 2025-10-26T02:30Z      | PT1H
      2025-10-26 | 01:30+01:00/01:30Z  | 2025-10-26T01:30+01:00 | 2025-10-26T01:30Z      | PT1H
      2025-10-26 | 01:15/01:45         | 2025-10-26T01:15+01:00 | 2025-10-26T01:45+01:00 | PT30M
      2025-10-26 | 01:30Z/01:45        | 2025-10-26T01:30Z      | 2025-10-26T01:45Z      | PT15M
      2025-10-26 | 01:45+01:00/01:15Z  | 2025-10-26T01:45+01:00 | 2025-10-26T01:15Z      | PT30M
      2025-10-26 | 00:30/01:30Z        | 2025-10-26T00:30+01:00 | 2025-10-26T01:30Z      | PT2H
      2025-10-25 | 22:00/01:00         | 2025-10-25T22:00+01:00 | 2025-10-26T01:00+01:00 | PT3H
      2025-10-25 | 23:00/03:00         | 2025-10-25T23:00+01:00 | 2025-10-26T03:00Z      | PT5H
      2025-03-30 | 00:30/02:30         | 2025-03-30T00:30Z      | 2025-03-30T02:30+01:00 | PT1H
      2025-03-30 | 00:00/03:00         | 2025-03-30T00:00Z      | 2025-03-30T03:00+01:00 | PT2H
      2025-03-29 | 22:00/02:00         | 2025-03-29T22:00Z      | 2025-03-30T02:00+01:00 | PT3H
      2025-06-01 | 14:00+01:00/15:30   | 2025-06-01T14:00+01:00 | 2025-06-01T15:30+01:00 | PT1H30M
      2025-12-01 | 22:00/01:00         | 2025-12-01T22:00Z      | 2025-12-02T01:00Z      | PT3H
      """)
  void placesTheSlotOnTheTimelineOfLondon(LocalDate date, String slot, String start, String end, Duration length) {
    ZonedInterval interval = TimeSlot.parse(slot).interval(date, LONDON).orElseThrow();

    assertThat(interval.start()).isEqualTo(ZonedDateTime.ofStrict(LocalDateTime.parse(start.substring(0, 16)),
        ZoneOffset.of(start.substring(16)), LONDON));
    assertThat(interval.end()).isEqualTo(ZonedDateTime.ofStrict(LocalDateTime.parse(end.substring(0, 16)),
        ZoneOffset.of(end.substring(16)), LONDON));
    assertThat(interval.duration()).isEqualTo(length);
  }

  @ParameterizedTest(name = "{1} on {0} is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2025-03-30 | 01:30/02:30        | TimeSlot.start: 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "01:30/02:30")
      2025-03-30 | 01:00/             | TimeSlot.start: 01:00 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "01:00/")
      2025-03-30 | 01:30+01:00/       | TimeSlot.start: 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "01:30+01:00/")
      2025-03-30 | 00:30/01:30        | TimeSlot.end: 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "00:30/01:30")
      2025-03-29 | 22:00/01:59:59     | TimeSlot.end: 01:59:59 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "22:00/01:59:59")
      2025-06-01 | 14:00+02:00/15:00  | TimeSlot.start: offset +02:00 is not in force at 14:00 on 2025-06-01 in Europe/London, where it is +01:00 (was "14:00+02:00/15:00")
      2025-06-01 | 14:00/15:00Z       | TimeSlot.end: offset Z is not in force at 15:00 on 2025-06-01 in Europe/London, where it is +01:00 (was "14:00/15:00Z")
      2025-10-26 | 01:30+02:00/02:30  | TimeSlot.start: offset +02:00 is not in force at 01:30 on 2025-10-26 in Europe/London, where it is +01:00 or Z (was "01:30+02:00/02:30")
      """)
  void refusesTimesThatDoNotExistAndOffsetsNotInForce(LocalDate date, String slot, String message) {
    TimeSlot parsed = TimeSlot.parse(slot);
    assertRefused(() -> {
      parsed.startAt(date, LONDON);
      parsed.interval(date, LONDON);
    }, message);
  }

  @Test
  void aPartOfTheDayOrAStartAloneHasNoInterval() {
    LocalDate day = LocalDate.of(2025, 10, 26);
    assertThat(TimeSlot.during(PartOfDay.MORNING).interval(day, LONDON)).isEmpty();
    assertThat(TimeSlot.during(PartOfDay.MORNING).startAt(day, LONDON)).isEmpty();
    assertThat(TimeSlot.parse("01:30/").interval(day, LONDON)).isEmpty();
    assertThat(TimeSlot.parse("01:30/").startAt(day, LONDON))
        .contains(ZonedDateTime.ofStrict(day.atTime(1, 30), ZoneOffset.ofHours(1), LONDON));
    assertThat(TimeSlot.parse("01:30Z/").startAt(day, LONDON))
        .contains(ZonedDateTime.ofStrict(day.atTime(1, 30), ZoneOffset.UTC, LONDON));
  }

  @Test
  void nullDateOrZoneIsRefused() {
    TimeSlot slot = TimeSlot.parse("09:00/10:00");
    assertRefused(() -> slot.interval(null, LONDON), "TimeSlot.date: is required");
    assertRefused(() -> slot.interval(LocalDate.of(2025, 1, 1), null), "TimeSlot.zone: is required");
    assertRefused(() -> slot.startAt(null, LONDON), "TimeSlot.date: is required");
    assertRefused(() -> slot.startAt(LocalDate.of(2025, 1, 1), null), "TimeSlot.zone: is required");
  }

  /** The model's reading of a slot agrees with java.time's: the same moments, or both refuse. */
  private static void agreesWithJavaTime(TimeSlot slot, LocalDate date, ZoneId zone) {
    // Plain comparisons first: hundreds of thousands of cases run, and a failure is described in full.
    Object expected = slot.end().isPresent()
        ? JavaTimeOracle.interval(slot, date, zone).map(m -> List.of(m.start(), m.end())).orElse(null)
        : JavaTimeOracle.start(slot, date, zone).map(List::of).orElse(null);
    Object actual;
    try {
      actual = slot.end().isPresent()
          ? slot.interval(date, zone).map(i -> List.of(i.start(), i.end())).orElseThrow()
          : slot.startAt(date, zone).map(List::of).orElseThrow();
    } catch (InvalidModelException e) {
      actual = null;
    }
    if (!Objects.equals(expected, actual)) {
      fail(slot + " on " + date + " in " + zone + ": java.time gives " + (expected == null ? "a refusal" : expected)
          + ", the model " + (actual == null ? "a refusal" : actual));
    }
  }

  @Test
  void onRandomDaysInEveryZoneTheIntervalIsTheOneJavaTimeComputes() {
    Gen<LocalDate> dates = Generate.longRange(FIRST_DAY, LAST_DAY)
        .map(LocalDate::ofEpochDay);
    Gen<TimeSlot> slots = TimeGenerators.clockSlots();
    qt().withExamples(5000).forAll(TimeGenerators.zones(), dates, slots, Generate.range(0, 3))
        .checkAssert((zone, date, slot, offsets) ->
            agreesWithJavaTime(TimeGenerators.withOffsetsInForce(slot, date, zone, offsets), date, zone));
  }

  @Test
  void aroundRandomClockChangesOfEveryZoneTheIntervalIsTheOneJavaTimeComputes() {
    Gen<Instant> instants = Generate.longRange(FIRST_DAY, LAST_DAY)
        .map(day -> Instant.ofEpochSecond(day * 86_400));
    Gen<Optional<Change>> changes = TimeGenerators.zones().zip(instants, (zone, instant) ->
        Optional.ofNullable(zone.getRules().nextTransition(instant)).map(t -> new Change(zone, t)));
    qt().withExamples(5000)
        .forAll(changes, Generate.range(-180, 180), Generate.range(-1440, 1440), Generate.range(0, 8))
        .checkAssert((change, startMinutes, lengthMinutes, offsets) -> change.ifPresent(c -> check(c.zone(),
            c.transition().getDateTimeBefore().plusMinutes(startMinutes), lengthMinutes, offsets, c.transition())));
  }

  @Test
  void aroundEveryClockChangeOfSeveralZonesFrom2020To2030TheIntervalIsTheOneJavaTimeComputes() {
    List<Change> changes = changes(CHANGING, LocalDate.of(2020, 1, 1), LocalDate.of(2031, 1, 1));
    // London, New York, Lord Howe, Dublin, Chatham, Santiago: two a year; Tehran until 2022; Casablanca: Ramadan.
    assertThat(changes).hasSizeGreaterThan(6 * 2 * 11);
    int[] starts = {-90, -61, -60, -59, -30, -1, 0, 1, 30, 59, 60, 61, 90};
    int[] lengths = {1, 30, 59, 60, 61, 90, 120, 180, -30, -90, 1380};
    for (Change change : changes) {
      ZoneId zone = change.zone();
      ZoneOffsetTransition transition = change.transition();
      for (int start : starts) {
        for (int length : lengths) {
          for (int offsets = 0; offsets < 9; offsets++) {
            check(zone, transition.getDateTimeBefore().plusMinutes(start), length, offsets, transition);
          }
        }
      }
    }
  }

  /**
   * Checks one slot from a local start to a clock time {@code lengthMinutes} later (earlier: a slot past
   * midnight), with offsets numbered 0 to 8: none, the offset before or after the transition, at either
   * end.
   */
  private static void check(ZoneId zone, LocalDateTime start, int lengthMinutes, int offsets,
      ZoneOffsetTransition transition) {
    LocalTime end = start.toLocalTime().plusMinutes(lengthMinutes);
    if (end.equals(start.toLocalTime())) {
      return;
    }
    ZoneOffset[] choices = {null, transition.getOffsetBefore(), transition.getOffsetAfter()};
    ZoneOffset startOffset = choices[offsets % 3];
    ZoneOffset endOffset = choices[offsets / 3];
    String text = start.toLocalTime() + (startOffset == null ? "" : startOffset.toString()) + "/" + end
        + (endOffset == null ? "" : endOffset.toString());
    TimeSlot slot;
    try {
      slot = TimeSlot.parse(text);
    } catch (InvalidModelException e) {
      // Both offsets given and naming one moment: refused as a slot, whatever the zone.
      assertThat(startOffset).isNotNull();
      assertThat(endOffset).isNotNull();
      return;
    }
    agreesWithJavaTime(slot, start.toLocalDate(), zone);
  }
}
