package dev.symposia.time;

import static dev.symposia.generators.TimeGenerators.timeSlots;
import static dev.symposia.generators.TimeGenerators.times;
import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSlotTest {
  private static final String FORMS = "must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      14:00/15:30        | 14:00    | 15:30 | -
      09:05/             | 09:05    | -     | -
      00:00/23:59        | 00:00    | 23:59 | -
      14:00:30/14:45     | 14:00:30 | 14:45 | -
      08:00/08:00:00.001 | 08:00    | 08:00:00.001 | -
      morning            | -        | -     | MORNING
      afternoon          | -        | -     | AFTERNOON
      evening            | -        | -     | EVENING
      """)
  void parseReadsEachFormAndToStringWritesItBack(String text, LocalTime start, LocalTime end, PartOfDay part) {
    TimeSlot slot = TimeSlot.parse(text);

    assertThat(slot.start()).isEqualTo(Optional.ofNullable(start));
    assertThat(slot.end()).isEqualTo(Optional.ofNullable(end));
    assertThat(slot.partOfDay()).isEqualTo(Optional.ofNullable(part));
    assertThat(slot.toString()).isEqualTo(text);
  }

  @Test
  void parseAcceptsRedundantSecondsAndWritesThemOff() {
    assertThat(TimeSlot.parse("14:00:00/15:30:00")).hasToString("14:00/15:30");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      15:30/14:00   | TimeSlot.end: must be after start 15:30 (was "14:00")
      14:00/14:00   | TimeSlot.end: must be after start 14:00 (was "14:00")
      22:00/01:00   | TimeSlot.end: must be after start 22:00 (was "01:00")
      25:00/        | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "25:00")
      2pm/          | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "2pm")
      14:00/24:00   | TimeSlot.end: must be a time of day HH:MM or HH:MM:SS (was "24:00")
      14:00/15:3    | TimeSlot.end: must be a time of day HH:MM or HH:MM:SS (was "15:3")
      /15:30        | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "")
      14:00         | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "14:00")
      Afternoon     | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "Afternoon")
      night         | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "night")
      14:00/15:00/  | TimeSlot.text: must be HH:MM/HH:MM, HH:MM/, morning, afternoon or evening (was "14:00/15:00/")
      １４:００/       | TimeSlot.start: must be a time of day HH:MM or HH:MM:SS (was "１４:００")
      """)
  void parseRefusesMalformedTextsAndEndsNotAfterStart(String text, String message) {
    assertRefused(() -> TimeSlot.parse(text), message);
  }

  @Test
  void parseRefusesTheEmptyText() {
    assertRefused(() -> TimeSlot.parse(""), "TimeSlot.text: " + FORMS + " (was \"\")");
  }

  @Test
  void betweenRefusesAnEndNotAfterTheStart() {
    assertRefused(() -> TimeSlot.between(LocalTime.of(15, 30), LocalTime.of(14, 0)),
        "TimeSlot.end: must be after start 15:30 (was \"14:00\")");
    assertRefused(() -> TimeSlot.between(LocalTime.NOON, LocalTime.NOON),
        "TimeSlot.end: must be after start 12:00 (was \"12:00\")");
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> TimeSlot.parse(null), "TimeSlot.text: is required");
    assertRefused(() -> TimeSlot.between(null, LocalTime.NOON), "TimeSlot.start: is required");
    assertRefused(() -> TimeSlot.between(LocalTime.NOON, null), "TimeSlot.end: is required");
    assertRefused(() -> TimeSlot.startingAt(null), "TimeSlot.start: is required");
    assertRefused(() -> TimeSlot.during(null), "TimeSlot.partOfDay: is required");
  }

  @Test
  void slotIsEitherTimesOrAPartOfDay() {
    qt().forAll(timeSlots()).checkAssert(slot -> {
      assertThat(slot.start().isPresent()).isNotEqualTo(slot.partOfDay().isPresent());
      slot.end().ifPresent(end -> assertThat(end).isAfter(slot.start().orElseThrow()));
    });
  }

  @Test
  void betweenAcceptsExactlyTheEndsAfterTheStart() {
    qt().forAll(times(), times()).checkAssert((start, end) -> {
      if (end.isAfter(start)) {
        TimeSlot slot = TimeSlot.between(start, end);
        assertThat(slot.start()).contains(start);
        assertThat(slot.end()).contains(end);
      } else {
        assertRefused(() -> TimeSlot.between(start, end),
            "TimeSlot.end: must be after start " + start + " (was \"" + end + "\")");
      }
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
}
