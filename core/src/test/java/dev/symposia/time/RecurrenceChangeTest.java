package dev.symposia.time;

import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.TimeGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Changes to one occurrence of a rule: cancelled, moved, retimed, and what they refuse. */
class RecurrenceChangeTest {
  private static final LocalDate APRIL_FIRST = LocalDate.of(2025, 4, 1);
  private static final TimeSlot EARLIER = TimeSlot.parse("17:00/18:30");

  @Test
  void cancelsMovesAndRetimes() {
    RecurrenceChange cancelled = RecurrenceChange.cancel(APRIL_FIRST);
    RecurrenceChange moved = RecurrenceChange.move(APRIL_FIRST, APRIL_FIRST.plusDays(7));
    RecurrenceChange both = RecurrenceChange.builder().occurrence(APRIL_FIRST).movedTo(APRIL_FIRST.minusDays(1))
        .time(EARLIER).build();

    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.movedTo()).isEmpty();
    assertThat(moved.cancelled()).isFalse();
    assertThat(moved.movedTo()).contains(LocalDate.of(2025, 4, 8));
    assertThat(moved.time()).isEmpty();
    assertThat(both.time()).contains(EARLIER);
    assertThat(cancelled).hasToString("RecurrenceChange[2025-04-01 cancelled]");
    assertThat(moved).hasToString("RecurrenceChange[2025-04-01 moved to 2025-04-08]");
    assertThat(both).hasToString("RecurrenceChange[2025-04-01 moved to 2025-03-31 at 17:00/18:30]");
    assertThat(RecurrenceChange.builder().occurrence(APRIL_FIRST).time(EARLIER).build())
        .hasToString("RecurrenceChange[2025-04-01 at 17:00/18:30]");
    assertThat(moved).isEqualTo(RecurrenceChange.builder().from(moved).build()).isNotEqualTo(cancelled);
  }

  @Test
  void refusesWhatACancellationCannotHaveAndAChangeThatChangesNothing() {
    assertRefused(() -> RecurrenceChange.builder().occurrence(APRIL_FIRST).cancelled(true)
        .movedTo(APRIL_FIRST.plusDays(1)).build(),
        "RecurrenceChange.movedTo: must be empty for a cancelled occurrence (was \"2025-04-02\")");
    assertRefused(() -> RecurrenceChange.builder().occurrence(APRIL_FIRST).cancelled(true).time(EARLIER).build(),
        "RecurrenceChange.time: must be empty for a cancelled occurrence (was \"17:00/18:30\")");
    assertRefused(() -> RecurrenceChange.builder().occurrence(APRIL_FIRST).build(),
        "RecurrenceChange.movedTo: or time is required when the occurrence is not cancelled");
    assertRefused(() -> RecurrenceChange.move(APRIL_FIRST, APRIL_FIRST),
        "RecurrenceChange.movedTo: must differ from the occurrence (was \"2025-04-01\")");
  }

  @Test
  void refusesNullsNamingTheAttribute() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RecurrenceChange.cancel(null)))
        .hasMessage("RecurrenceChange.occurrence: must not be null (was null)");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RecurrenceChange.move(APRIL_FIRST, null)))
        .hasMessage("RecurrenceChange.movedTo: must not be null (was null)");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RecurrenceChange.builder().cancelled(true)
        .build())).hasMessage("RecurrenceChange.occurrence: is required");
  }

  @Test
  void generatedChangesAreValidAndRebuildEqual() {
    qt().withExamples(200).forAll(TimeGenerators.recurrenceChanges()).checkAssert(change -> {
      assertThat(change.cancelled()).isNotEqualTo(change.movedTo().isPresent() || change.time().isPresent());
      change.movedTo().ifPresent(date -> assertThat(date).isNotEqualTo(change.occurrence()));
      assertThat(RecurrenceChange.builder().from(change).build()).isEqualTo(change);
    });
  }

  @Test
  void datesOutsideTheYearsOfPartialDateAreRefused() {
    LocalDate beyond = LocalDate.of(10000, 1, 1);
    assertThatThrownBy(() -> RecurrenceChange.cancel(beyond))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("RecurrenceChange.occurrence: must be in a year from 1 to 9999 (was \"+10000-01-01\")");
    assertThatThrownBy(
        () -> RecurrenceChange.move(LocalDate.of(9999, 12, 31), beyond))
        .hasMessage("RecurrenceChange.movedTo: must be in a year from 1 to 9999 (was \"+10000-01-01\")");
    assertThatThrownBy(() -> Recurrence.builder()
        .frequency(RecurrenceFrequency.DAILY).until(LocalDate.of(0, 12, 31)).build())
        .hasMessage("Recurrence.until: must be in a year from 1 to 9999 (was \"0000-12-31\")");
  }
}
