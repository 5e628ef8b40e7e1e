package dev.symposia.time;

import static dev.symposia.time.PartialDateTest.assertRefused;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recurrence rules at their edges: the limits of a count and a first date, changes of an open rule beyond
 * the dates it is expanded to (each frequency, before the first date, after the end), the order the rule
 * keeps, and how it describes itself.
 */
class RecurrenceBoundariesTest {
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 7); // a Tuesday

  private static Recurrence.Builder daily() {
    return Recurrence.builder().frequency(RecurrenceFrequency.DAILY);
  }

  private static List<LocalDate> dates(Recurrence rule, LocalDate first) {
    return rule.occurrences(first, null, null).stream().map(Occurrence::date).toList();
  }

  @Test
  void aCountIsFromOneToTheMostOccurrences() {
    assertThat(dates(daily().count(1).build(), FIRST)).containsExactly(FIRST);
    assertThat(dates(daily().count(Recurrence.MAX_OCCURRENCES).build(), FIRST)).hasSize(Recurrence.MAX_OCCURRENCES);
    assertRefused(() -> daily().count(0).build(), "Recurrence.count: must be from 1 to 1000 (was 0)");
    assertRefused(() -> daily().count(Recurrence.MAX_OCCURRENCES + 1).build(),
        "Recurrence.count: must be from 1 to 1000 (was 1001)");
  }

  @Test
  void theFirstDateIsInTheYearsOneTo9999() {
    assertThat(dates(daily().count(1).build(), LocalDate.of(1, 1, 1))).containsExactly(LocalDate.of(1, 1, 1));
    assertRefused(() -> daily().build().occurrences(LocalDate.of(0, 12, 31), null, null),
        "Recurrence.first: must be from 0001-01-01 to 9999-12-31 (was \"0000-12-31\")");
  }

  @Test
  void aChangeBeyondTheExpandedDatesMustFitTheRulesPatternForEachFrequency() {
    // Every other day from 2025-01-07, the 1,000th date is 2030-06-28; every other week, 2063-04-24; every
    // third month, a date in 2274. Each change below lies beyond, where only the pattern can tell.
    Recurrence.Builder everyOtherDay = daily().interval(2);
    assertThat(dates(everyOtherDay.addChanges(RecurrenceChange.cancel(LocalDate.of(2031, 1, 2))).build(), FIRST))
        .hasSize(Recurrence.MAX_OCCURRENCES);
    assertRefused(() -> daily().interval(2).addChanges(RecurrenceChange.cancel(LocalDate.of(2031, 1, 3))).build()
            .occurrences(FIRST, null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2031-01-03\")");

    Recurrence.Builder fortnightly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(2);
    // 2100-01-12 is a Tuesday an even number of weeks after 2025-01-07; 2100-01-05 is one week earlier.
    assertThat(dates(fortnightly.addChanges(RecurrenceChange.cancel(LocalDate.of(2100, 1, 12))).build(), FIRST))
        .hasSize(Recurrence.MAX_OCCURRENCES);
    assertRefused(() -> Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(2)
            .addChanges(RecurrenceChange.cancel(LocalDate.of(2100, 1, 5))).build().occurrences(FIRST, null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2100-01-05\")");

    Recurrence.Builder quarterly = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).interval(3);
    // 2400-01 is 4,500 months after 2025-01, a multiple of three; 2400-02 is not, nor is the 8th a 7th.
    assertThat(dates(quarterly.addChanges(RecurrenceChange.cancel(LocalDate.of(2400, 1, 7))).build(), FIRST))
        .hasSize(Recurrence.MAX_OCCURRENCES);
    for (LocalDate offRule : List.of(LocalDate.of(2400, 2, 7), LocalDate.of(2400, 1, 8))) {
      assertRefused(() -> Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).interval(3)
              .addChanges(RecurrenceChange.cancel(offRule)).build().occurrences(FIRST, null, null),
          "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"" + offRule + "\")");
    }
  }

  @Test
  void aChangeBeforeTheFirstDateOrAfterTheEndIsRefusedEvenWhenItFitsThePattern() {
    assertRefused(() -> daily().addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 6))).build()
            .occurrences(FIRST, null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2025-01-06\")");
    // An end date after the thousandth occurrence: the dates expanded stop at the count of 1,000, the rule at
    // its end.
    Recurrence.Builder untilEnd = daily().until(LocalDate.of(2030, 1, 1));
    assertThat(dates(untilEnd.addChanges(RecurrenceChange.cancel(LocalDate.of(2029, 12, 31))).build(), FIRST))
        .hasSize(Recurrence.MAX_OCCURRENCES);
    assertRefused(() -> daily().until(LocalDate.of(2030, 1, 1))
            .addChanges(RecurrenceChange.cancel(LocalDate.of(2030, 1, 2))).build().occurrences(FIRST, null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2030-01-02\")");
    // A count of exactly the most occurrences ends the rule there: a date after it is not the rule's.
    assertRefused(() -> daily().count(Recurrence.MAX_OCCURRENCES)
            .addChanges(RecurrenceChange.cancel(LocalDate.of(2030, 1, 2))).build().occurrences(FIRST, null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2030-01-02\")");
  }

  @Test
  void changesGivenOutOfOrderAreKeptInDateOrderWhenTheDaysAreInOrder() {
    Recurrence rule = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).addDays(TUESDAY, THURSDAY)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 16)))
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 9)))
        .build();

    assertThat(rule.days()).containsExactly(TUESDAY, THURSDAY);
    assertThat(rule.changes()).extracting(RecurrenceChange::occurrence)
        .containsExactly(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 16));
    Recurrence daysOutOfOrder = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).addDays(THURSDAY, MONDAY)
        .build();
    assertThat(daysOutOfOrder.days()).containsExactly(MONDAY, THURSDAY);
  }

  @Test
  void describesEachOrdinalCountAndNumberOfChangesInWords() {
    for (int week = 1; week <= 5; week++) {
      Recurrence rule = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(week)
          .addDays(TUESDAY).build();
      assertThat(rule).hasToString("Recurrence[MONTHLY on the " + List.of("1st", "2nd", "3rd", "4th", "5th")
          .get(week - 1) + " TUESDAY]");
    }
    assertThat(daily().count(1).addChanges(RecurrenceChange.cancel(FIRST)).build())
        .hasToString("Recurrence[DAILY, 1 time, 1 change]");
    assertThat(daily().interval(2).count(3).build()).hasToString("Recurrence[every 2 DAYS, 3 times]");
    assertThat(Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(2).build())
        .hasToString("Recurrence[every 2 WEEKS]");
  }
}
