package dev.symposia.time;

import static dev.symposia.generators.TimeGenerators.offsets;
import static dev.symposia.generators.TimeGenerators.timeSlots;
import static dev.symposia.generators.TimeGenerators.times;
import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSlotTest {
  private static final String FORMS = "must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening";
  private static final String OFFSET_FORM = "offset must be Z or +HH:MM or -HH:MM, at most 18 hours";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      14:00/15:30           | 14:00    | -         | 15:30        | -      | -         | false
      09:05/                | 09:05    | -         | -            | -      | -         | false
      00:00/23:59           | 00:00    | -         | 23:59        | -      | -         | false
      14:00:30/14:45        | 14:00:30 | -         | 14:45        | -      | -         | false
      08:00/08:00:00.001    | 08:00    | -         | 08:00:00.001 | -      | -         | false
      22:00/01:00           | 22:00    | -         | 01:00        | -      | -         | true
      23:59/00:00           | 23:59    | -         | 00:00        | -      | -         | true
      00:30+01:00/02:30Z    | 00:30    | +01:00    | 02:30        | Z      | -         | false
      01:30Z/01:45          | 01:30    | Z         | 01:45        | -      | -         | false
      01:45+01:00/01:15Z    | 01:45    | +01:00    | 01:15        | Z      | -         | false
      01:30+01:00/01:30Z    | 01:30    | +01:00    | 01:30        | Z      | -         | false
      01:30Z/01:30+01:00    | 01:30    | Z         | 01:30        | +01:00 | -         | true
      23:00-05:00/00:30     | 23:00    | -05:00    | 00:30        | -      | -         | true
      09:00+05:30/          | 09:00    | +05:30    | -            | -      | -         | false
      12:00+05:53:28/       | 12:00    | +05:53:28 | -            | -      | -         | false
      18:00/19:00+14:00     | 18:00    | -         | 19:00        | +14:00 | -         | false
      10:00+09:59/11:00-09:09 | 10:00  | +09:59    | 11:00        | -09:09 | -         | false
      10:00+01:00/11:00     | 10:00    | +01:00    | 11:00        | -      | -         | false
      10:00/11:00+01:00     | 10:00    | -         | 11:00        | +01:00 | -         | false
      01:30:00.500+01:00/00:30:00.200Z | 01:30:00.500 | +01:00 | 00:30:00.200 | Z | - | true
      01:30:00.200+01:00/00:30:00.500Z | 01:30:00.200 | +01:00 | 00:30:00.500 | Z | - | false
      18:00+18:00/19:00-18:00 | 18:00  | +18:00    | 19:00        | -18:00 | -         | false
      morning               | -        | -         | -            | -      | MORNING   | false
      afternoon             | -        | -         | -            | -      | AFTERNOON | false
      evening               | -        | -         | -            | -      | EVENING   | false
      """)
  void parseReadsEachFormAndToStringWritesItBack(String text, LocalTime start, String startOffset, LocalTime end,
      String endOffset, PartOfDay part, boolean nextDay) {
    TimeSlot slot = TimeSlot.parse(text);

    assertThat(slot.start()).isEqualTo(Optional.ofNullable(start));
    assertThat(slot.startOffset()).isEqualTo(Optional.ofNullable(startOffset).map(ZoneOffset::of));
    assertThat(slot.end()).isEqualTo(Optional.ofNullable(end));
    assertThat(slot.endOffset()).isEqualTo(Optional.ofNullable(endOffset).map(ZoneOffset::of));
    assertThat(slot.partOfDay()).isEqualTo(Optional.ofNullable(part));
    assertThat(slot.endsNextDay()).isEqualTo(nextDay);
    assertThat(slot.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = '|', textBlock = """
      14:00:00/15:30:00       | 14:00/15:30
      14:00+00:00/15:30+01:00 | 14:00Z/15:30+01:00
      14:00+05:30:00/         | 14:00+05:30/
      """)
  void parseAcceptsRedundantPartsAndWritesThemOff(String text, String canonical) {
    assertThat(TimeSlot.parse(text)).hasToString(canonical);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      14:00/14:00        | TimeSlot.end: must not be the start time 14:00 (was "14:00")
      14:00+01:00/14:00  | TimeSlot.end: must not be the start time 14:00+01:00 (was "14:00")
      01:30+01:00/00:30Z | TimeSlot.end: must not be the same moment as start 01:30+01:00 (was "00:30Z")
      25:00/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "25:00")
      2pm/               | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "2pm")
      14:00/24:00        | TimeSlot.end: must be a time of day HH:MM or HH:MM:SS (was "24:00")
      14:00/15:3         | TimeSlot.end: must be a time of day HH:MM or HH:MM:SS (was "15:3")
      /15:30             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "")
      Z/15:30            | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "")
      14:00/15:00z       | TimeSlot.end: must be a time of day HH:MM or HH:MM:SS (was "15:00z")
      14:00+25:00/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+25:00")
      14:00+18:01/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+18:01")
      14:00+0100/        | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+0100")
      14:00+01/          | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01")
      14:00+01:60/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:60")
      14:00/15:00Z+01:00 | TimeSlot.end: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "Z+01:00")
      14:00/15:00+       | TimeSlot.end: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+")
      14:00-00:00/       | TimeSlot.start: offset must not be -00:00, which RFC 3339 uses for an unknown offset; write Z for UTC (was "-00:00")
      14:00              | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "14:00")
      Afternoon          | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "Afternoon")
      night              | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "night")
      14:00/15:00/       | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "14:00/15:00/")
      １４:００/            | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "１４:００")
      14h30/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "14h30")
      1a:00/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "1a:00")
      a4:00/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "a4:00")
      1.:00/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "1.:00")
      14:a0/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "14:a0")
      14:60/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "14:60")
      14:1a/             | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "14:1a")
      14:00+01:1a/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:1a")
      14:00+18:00:01/    | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+18:00:01")
      14:00+18:30/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+18:30")
      14:00+a1:00/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+a1:00")
      14:00+1.:00/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+1.:00")
      14:00+01:a0/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:a0")
      14:00+01:00:a0/    | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:00:a0")
      14:00+01:00:60/    | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:00:60")
      14:00+01:00.00/    | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+01:00.00")
      14:00+05.30/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+05.30")
      14:00+05:300/      | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "+05:300")
      14:00Z05:30/       | TimeSlot.start: offset must be Z or +HH:MM or -HH:MM, at most 18 hours (was "Z05:30")
      """)
  void parseRefusesMalformedTextsAndEmptySlots(String text, String message) {
    assertRefused(() -> TimeSlot.parse(text), message);
  }

  @Test
  void parseRefusesTheEmptyText() {
    assertRefused(() -> TimeSlot.parse(""), "TimeSlot.text: " + FORMS + " (was \"\")");
  }

  @Test
  void betweenRefusesAnEndEqualToTheStart() {
    assertRefused(() -> TimeSlot.between(LocalTime.NOON, LocalTime.NOON),
        "TimeSlot.end: must not be the start time 12:00 (was \"12:00\")");
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> TimeSlot.parse(null), "TimeSlot.text: is required");
    assertRefused(() -> TimeSlot.between(null, LocalTime.NOON), "TimeSlot.start: is required");
    assertRefused(() -> TimeSlot.between(LocalTime.NOON, null), "TimeSlot.end: is required");
    assertRefused(() -> TimeSlot.startingAt(null), "TimeSlot.start: is required");
    assertRefused(() -> TimeSlot.during(null), "TimeSlot.partOfDay: is required");
    assertRefused(() -> TimeSlot.parse("14:00/").withStartOffset(null), "TimeSlot.startOffset: is required");
    assertRefused(() -> TimeSlot.parse("14:00/15:00").withEndOffset(null), "TimeSlot.endOffset: is required");
  }

  @Test
  void offsetsNeedTheTimesTheyBelongTo() {
    assertRefused(() -> TimeSlot.during(PartOfDay.MORNING).withStartOffset(ZoneOffset.UTC),
        "TimeSlot.startOffset: needs a start time (was \"Z\")");
    assertRefused(() -> TimeSlot.startingAt(LocalTime.NOON).withEndOffset(ZoneOffset.UTC),
        "TimeSlot.endOffset: needs an end time (was \"Z\")");
  }

  @Test
  void withOffsetsAddOffsetsAndReturnTheSameSlotWhenNothingChanges() {
    TimeSlot local = TimeSlot.between(LocalTime.of(1, 30), LocalTime.of(2, 30));
    TimeSlot first = local.withStartOffset(ZoneOffset.ofHours(1));
    TimeSlot both = first.withEndOffset(ZoneOffset.UTC);

    assertThat(first).hasToString("01:30+01:00/02:30");
    assertThat(both).hasToString("01:30+01:00/02:30Z");
    assertThat(both.withStartOffset(ZoneOffset.ofHours(1))).isSameAs(both);
    assertThat(both.withEndOffset(ZoneOffset.UTC)).isSameAs(both);
    assertThat(TimeSlot.startingAt(LocalTime.NOON).withStartOffset(ZoneOffset.UTC)).hasToString("12:00Z/");
    assertRefused(() -> TimeSlot.parse("01:30+01:00/00:30").withEndOffset(ZoneOffset.UTC),
        "TimeSlot.end: must not be the same moment as start 01:30+01:00 (was \"00:30Z\")");
    assertRefused(() -> TimeSlot.parse("01:30/00:30Z").withStartOffset(ZoneOffset.ofHours(1)),
        "TimeSlot.end: must not be the same moment as start 01:30+01:00 (was \"00:30Z\")");
  }

  @Test
  void slotIsEitherTimesOrAPartOfDayAndHasOffsetsOnlyForItsTimes() {
    qt().forAll(timeSlots()).checkAssert(slot -> {
      assertThat(slot.start().isPresent()).isNotEqualTo(slot.partOfDay().isPresent());
      if (slot.start().isEmpty()) {
        assertThat(slot.startOffset()).isEmpty();
      }
      if (slot.end().isEmpty()) {
        assertThat(slot.endOffset()).isEmpty();
      } else {
        assertThat(slot.end()).isNotEqualTo(slot.start());
      }
    });
  }

  @Test
  void betweenAcceptsEveryEndButTheStartAndAnEarlierEndIsOnTheNextDay() {
    qt().forAll(times(), times()).checkAssert((start, end) -> {
      if (end.equals(start)) {
        assertRefused(() -> TimeSlot.between(start, end),
            "TimeSlot.end: must not be the start time " + start + " (was \"" + end + "\")");
      } else {
        TimeSlot slot = TimeSlot.between(start, end);
        assertThat(slot.start()).contains(start);
        assertThat(slot.end()).contains(end);
        assertThat(slot.endsNextDay()).isEqualTo(end.isBefore(start));
      }
    });
  }

  @Test
  void withTwoOffsetsTheNextDayIsDecidedByTheMomentsAsOffsetTimeComparesThem() {
    qt().forAll(times(), offsets(), times(), offsets())
        .assuming((start, startOffset, end, endOffset) -> !end.atOffset(endOffset).isEqual(start.atOffset(startOffset)))
        .checkAssert((start, startOffset, end, endOffset) -> {
          TimeSlot slot = TimeSlot.parse(start.toString() + startOffset + "/" + end + endOffset);
          assertThat(slot.endsNextDay())
              .isEqualTo(end.atOffset(endOffset).isBefore(start.atOffset(startOffset)));
        });
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(timeSlots()).checkAssert(slot -> assertThat(TimeSlot.parse(slot.toString())).isEqualTo(slot));
  }

  @Test
  void equalSlotsHaveEqualHashCodes() {
    qt().forAll(timeSlots(), timeSlots()).checkAssert((a, b) -> {
      TimeSlot copy = TimeSlot.parse(a.toString());
      assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    });
  }
  @Test
  void slotsDifferingInAnyOnePartAreNotEqual() {
    TimeSlot slot = TimeSlot.parse("14:00+01:00/16:00+02:00");
    assertThat(slot).isEqualTo(TimeSlot.parse("14:00+01:00/16:00+02:00"))
        .isNotEqualTo(TimeSlot.parse("13:00+01:00/16:00+02:00"))
        .isNotEqualTo(TimeSlot.parse("14:00+03:00/16:00+02:00"))
        .isNotEqualTo(TimeSlot.parse("14:00/16:00+02:00"))
        .isNotEqualTo(TimeSlot.parse("14:00+01:00/17:00+02:00"))
        .isNotEqualTo(TimeSlot.parse("14:00+01:00/"))
        .isNotEqualTo(TimeSlot.parse("14:00+01:00/16:00+04:00"))
        .isNotEqualTo(TimeSlot.parse("14:00+01:00/16:00"))
        .isNotEqualTo(TimeSlot.parse("afternoon"))
        .isNotEqualTo("14:00+01:00/16:00+02:00")
        .isNotEqualTo(null);
    assertThat(TimeSlot.parse("morning")).isEqualTo(TimeSlot.parse("morning"))
        .isNotEqualTo(TimeSlot.parse("evening"));
  }
}
