package dev.symposia.time;

import static dev.symposia.time.PartialDateTest.assertRefused;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.JavaTimeOracle;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.generators.TimeGenerators.ScheduledRecurrence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Recurrence rules: the issue's series, each refusal, and expansion against a day-by-day oracle. */
class RecurrenceTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final TimeSlot EVENING = TimeSlot.parse("18:00/19:30");

  /** The issue's series: the first Tuesday of each month at 18:00 in Berlin, twelve times in 2025. */
  private static Recurrence firstTuesdays() {
    return Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(1).addDays(TUESDAY).count(12)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 8, 5)))
        .addChanges(RecurrenceChange.move(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8)))
        .build();
  }

  @Test
  void expandsTheIssuesSeriesAcrossBothClockChangesOf2025() {
    List<Occurrence> sessions = firstTuesdays().occurrences(LocalDate.of(2025, 1, 7), EVENING, BERLIN);

    assertThat(sessions).extracting(Occurrence::date).containsExactly(
        LocalDate.of(2025, 1, 7), LocalDate.of(2025, 2, 4), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 8),
        LocalDate.of(2025, 5, 6), LocalDate.of(2025, 6, 3), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 2),
        LocalDate.of(2025, 10, 7), LocalDate.of(2025, 11, 4), LocalDate.of(2025, 12, 2));
    // Central European Time (UTC+1) until 30 March, summer time (UTC+2) until 26 October.
    assertThat(sessions).extracting(s -> s.interval().orElseThrow().startInstant()).containsExactly(
        Instant.parse("2025-01-07T17:00:00Z"), Instant.parse("2025-02-04T17:00:00Z"),
        Instant.parse("2025-03-04T17:00:00Z"), Instant.parse("2025-04-08T16:00:00Z"),
        Instant.parse("2025-05-06T16:00:00Z"), Instant.parse("2025-06-03T16:00:00Z"),
        Instant.parse("2025-07-01T16:00:00Z"), Instant.parse("2025-09-02T16:00:00Z"),
        Instant.parse("2025-10-07T16:00:00Z"), Instant.parse("2025-11-04T17:00:00Z"),
        Instant.parse("2025-12-02T17:00:00Z"));
    assertThat(sessions).extracting(s -> s.interval().orElseThrow().endInstant()).first()
        .isEqualTo(Instant.parse("2025-01-07T18:30:00Z"));
    Occurrence moved = sessions.get(3);
    assertThat(moved.ruleDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(moved.isChanged()).isTrue();
    assertThat(moved.change()).contains(RecurrenceChange.move(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8)));
    assertThat(moved).hasToString("Occurrence[2025-04-08 18:00/19:30, moved from 2025-04-01]");
    assertThat(sessions.get(0).isChanged()).isFalse();
    assertThat(sessions.get(0).time()).contains(EVENING);
    assertThat(firstTuesdays()).hasToString("Recurrence[MONTHLY on the 1st TUESDAY, 12 times, 2 changes]");
  }

  @Test
  void aDailyRuleCrossesTheDayClocksGoForward() {
    Recurrence daily = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(3).build();

    assertThat(daily.occurrences(LocalDate.of(2025, 3, 29), EVENING, BERLIN))
        .extracting(s -> s.interval().orElseThrow().startInstant())
        .containsExactly(Instant.parse("2025-03-29T17:00:00Z"), Instant.parse("2025-03-30T16:00:00Z"),
            Instant.parse("2025-03-31T16:00:00Z"));
  }

  @Test
  void aTimeClocksSkipIsRefusedNamingTheOccurrenceAndAChangeResolvesIt() {
    Recurrence.Builder daily = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(3);
    TimeSlot early = TimeSlot.parse("02:30/03:30");

    InvalidModelException refusal = catchThrowableOfType(InvalidModelException.class,
        () -> daily.build().occurrences(LocalDate.of(2025, 3, 29), early, BERLIN));
    assertThat(refusal.attribute()).isEqualTo("time");
    assertThat(refusal.getMessage()).startsWith("Recurrence.time: cannot be placed on the occurrence of 2025-03-30: "
        + "02:30 does not exist on 2025-03-30 in Europe/Berlin");
    assertThat(refusal.getCause()).isInstanceOf(InvalidModelException.class);

    Recurrence retimed = daily.addChanges(RecurrenceChange.builder().occurrence(LocalDate.of(2025, 3, 30))
        .time(TimeSlot.parse("03:30/04:30")).build()).build();
    assertThat(retimed.occurrences(LocalDate.of(2025, 3, 29), early, BERLIN))
        .extracting(s -> s.interval().orElseThrow().startInstant())
        .containsExactly(Instant.parse("2025-03-29T01:30:00Z"), Instant.parse("2025-03-30T01:30:00Z"),
            Instant.parse("2025-03-31T00:30:00Z"));

    Recurrence badChange = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(3)
        .addChanges(RecurrenceChange.builder().occurrence(LocalDate.of(2025, 3, 29))
            .movedTo(LocalDate.of(2025, 3, 30)).time(early).build()).build();
    assertRefused(() -> badChange.occurrences(LocalDate.of(2025, 3, 29), EVENING, BERLIN),
        "Recurrence.changes[0].time: cannot be placed on the occurrence of 2025-03-29: 02:30 does not exist on "
            + "2025-03-30 in Europe/Berlin, where clocks go forward from 02:00 to 03:00; give that "
            + "occurrence another time with a RecurrenceChange (was \"02:30/03:30\")");
  }

  @Test
  void withoutATimeOrAZoneOccurrencesHaveNoInterval() {
    Recurrence weekly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).count(2).build();

    assertThat(weekly.occurrences(LocalDate.of(2025, 1, 7), null, BERLIN))
        .allSatisfy(s -> assertThat(s.time()).isEmpty()).allSatisfy(s -> assertThat(s.interval()).isEmpty());
    assertThat(weekly.occurrences(LocalDate.of(2025, 1, 7), EVENING, null))
        .allSatisfy(s -> assertThat(s.time()).contains(EVENING)).allSatisfy(s -> assertThat(s.interval()).isEmpty());
    assertThat(weekly.occurrences(LocalDate.of(2025, 1, 7), TimeSlot.parse("18:00/"), BERLIN))
        .allSatisfy(s -> assertThat(s.interval()).isEmpty());
    assertThat(weekly.occurrences(LocalDate.of(2025, 1, 7), TimeSlot.during(PartOfDay.EVENING), BERLIN))
        .extracting(Occurrence::date).containsExactly(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 14));
  }

  @Test
  void theFirstDateIsAnOccurrenceOnlyWhenTheRuleGivesIt() {
    Recurrence mondaysAndThursdays = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY)
        .addDays(THURSDAY, MONDAY).count(4).build();

    // 2025-01-07 is a Tuesday: the rule starts there, and its first date is the Thursday after.
    assertThat(dates(mondaysAndThursdays, LocalDate.of(2025, 1, 7))).containsExactly(LocalDate.of(2025, 1, 9),
        LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 20));
    assertThat(mondaysAndThursdays.days()).containsExactly(MONDAY, THURSDAY);
    assertThat(mondaysAndThursdays).hasToString("Recurrence[WEEKLY on MONDAY, THURSDAY, 4 times]");
  }

  @Test
  void everyOtherWeekCountsWeeksFromMondayOfTheFirstDatesWeek() {
    Recurrence fortnightly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(2)
        .addDays(MONDAY, FRIDAY).until(LocalDate.of(2025, 2, 3)).build();

    assertThat(dates(fortnightly, LocalDate.of(2025, 1, 8))).containsExactly(LocalDate.of(2025, 1, 10),
        LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 3));
    assertThat(fortnightly).hasToString("Recurrence[every 2 WEEKS on MONDAY, FRIDAY, until 2025-02-03]");
  }

  @Test
  void monthsWithoutTheDaySkipAsRfc5545Does() {
    Recurrence thirtyFirst = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).count(4).build();
    Recurrence fifthThursday = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(5)
        .addDays(THURSDAY).count(3).build();
    Recurrence lastFriday = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(-1)
        .addDays(FRIDAY).count(3).build();
    Recurrence fifteenth = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).interval(3).dayOfMonth(15)
        .count(3).build();

    assertThat(dates(thirtyFirst, LocalDate.of(2025, 1, 31))).containsExactly(LocalDate.of(2025, 1, 31),
        LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 7, 31));
    assertThat(dates(fifthThursday, LocalDate.of(2025, 1, 1))).containsExactly(LocalDate.of(2025, 1, 30),
        LocalDate.of(2025, 5, 29), LocalDate.of(2025, 7, 31));
    assertThat(dates(lastFriday, LocalDate.of(2025, 1, 31))).containsExactly(LocalDate.of(2025, 1, 31),
        LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 28));
    assertThat(dates(fifteenth, LocalDate.of(2025, 1, 20))).containsExactly(LocalDate.of(2025, 4, 15),
        LocalDate.of(2025, 7, 15), LocalDate.of(2025, 10, 15));
    assertThat(lastFriday).hasToString("Recurrence[MONTHLY on the last FRIDAY, 3 times]");
    assertThat(fifteenth).hasToString("Recurrence[every 3 MONTHS on day 15, 3 times]");
  }

  @Test
  void aCountAndAnEndDateEndTheRuleAtWhicheverComesFirst() {
    Recurrence.Builder weekly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY);

    assertThat(dates(weekly.count(3).until(LocalDate.of(2025, 12, 31)).build(), LocalDate.of(2025, 1, 7)))
        .hasSize(3);
    assertThat(dates(weekly.count(30).until(LocalDate.of(2025, 1, 21)).build(), LocalDate.of(2025, 1, 7)))
        .containsExactly(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 14), LocalDate.of(2025, 1, 21));
    assertThat(dates(weekly.count(3).until(LocalDate.of(2025, 1, 6)).build(), LocalDate.of(2025, 1, 7))).isEmpty();
  }

  @Test
  void cancelledOccurrencesCountAsRfc5545CountsExcludedDates() {
    Recurrence rule = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(3)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 8))).build();

    assertThat(dates(rule, LocalDate.of(2025, 1, 7))).containsExactly(LocalDate.of(2025, 1, 7),
        LocalDate.of(2025, 1, 9));
  }

  @Test
  void anOpenRuleStopsAfterTheMostOccurrencesOrTheDateItIsExpandedThrough() {
    Recurrence monthly = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).build();
    Recurrence daily = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).build();

    List<Occurrence> all = monthly.occurrences(LocalDate.of(2025, 1, 7), EVENING, BERLIN);
    assertThat(all).hasSize(Recurrence.MAX_OCCURRENCES);
    assertThat(all.get(all.size() - 1).date()).isEqualTo(LocalDate.of(2108, 4, 7));
    assertThat(monthly.occurrences(LocalDate.of(2025, 1, 7), EVENING, BERLIN, LocalDate.of(2025, 12, 31)))
        .hasSize(12);
    assertThat(daily.occurrences(LocalDate.of(9999, 12, 30), null, null)).hasSize(2);
    assertThat(monthly).hasToString("Recurrence[MONTHLY]");
  }

  @Test
  void aChangeBeyondTheExpandedDatesOfAnOpenRuleIsAcceptedWhenTheRuleGivesItsDate() {
    Recurrence weekly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2100, 1, 5))).build();
    Recurrence offRule = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2100, 1, 6))).build();

    assertThat(weekly.occurrences(LocalDate.of(2025, 1, 7), null, null)).hasSize(Recurrence.MAX_OCCURRENCES);
    assertRefused(() -> offRule.occurrences(LocalDate.of(2025, 1, 7), null, null),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2100-01-06\")");
  }

  @Test
  void aChangeOfADateTheRuleDoesNotGiveIsRefusedAtExpansion() {
    Recurrence rule = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(1).addDays(TUESDAY)
        .count(12).addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 3, 4)))
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 3, 11))).build();
    Recurrence beyondCount = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).count(2)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 3, 7))).build();

    assertRefused(() -> rule.occurrences(LocalDate.of(2025, 1, 7), EVENING, BERLIN),
        "Recurrence.changes[1].occurrence: must be a date the rule gives from 2025-01-07 (was \"2025-03-11\")");
    assertRefused(() -> beyondCount.occurrences(LocalDate.of(2025, 1, 7), null, null, LocalDate.of(2030, 1, 1)),
        "Recurrence.changes[0].occurrence: must be a date the rule gives from 2025-01-07 (was \"2025-03-07\")");
    assertRefused(() -> rule.occurrences(null, EVENING, BERLIN), "Recurrence.first: is required");
    assertRefused(() -> rule.occurrences(LocalDate.of(10000, 1, 1), EVENING, BERLIN),
        "Recurrence.first: must be from 0001-01-01 to 9999-12-31 (was \"+10000-01-01\")");
    assertRefused(() -> rule.occurrences(LocalDate.of(2025, 1, 7), EVENING, BERLIN, null),
        "Recurrence.through: is required");
  }

  @Test
  void rulesThatMeanTheSameAreEqualWhateverTheOrderOfDaysAndChanges() {
    Recurrence.Builder weekly = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY);
    Recurrence one = weekly.days(List.of(FRIDAY, MONDAY)).changes(List.of(
        RecurrenceChange.cancel(LocalDate.of(2025, 2, 7)), RecurrenceChange.cancel(LocalDate.of(2025, 1, 10))))
        .build();
    Recurrence other = weekly.days(List.of(MONDAY, FRIDAY)).changes(List.of(
        RecurrenceChange.cancel(LocalDate.of(2025, 1, 10)), RecurrenceChange.cancel(LocalDate.of(2025, 2, 7))))
        .build();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.changes()).extracting(RecurrenceChange::occurrence)
        .containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 7));
    assertThat(one.interval()).isEqualTo(1);
  }

  static List<Object[]> refusals() {
    return List.of(
        refusal(() -> Recurrence.builder().build(), "Recurrence.frequency: is required"),
        refusal(() -> daily().interval(0).build(), "Recurrence.interval: must be from 1 to 999 (was 0)"),
        refusal(() -> daily().interval(1000).build(), "Recurrence.interval: must be from 1 to 999 (was 1000)"),
        refusal(() -> daily().addDays(MONDAY).build(),
            "Recurrence.days: must be empty in a DAILY rule (was \"[MONDAY]\")"),
        refusal(() -> daily().weekOfMonth(1).build(),
            "Recurrence.weekOfMonth: must be empty in a DAILY rule (was 1)"),
        refusal(() -> daily().dayOfMonth(1).build(), "Recurrence.dayOfMonth: must be empty in a DAILY rule (was 1)"),
        refusal(() -> weekly().weekOfMonth(1).addDays(MONDAY).build(),
            "Recurrence.weekOfMonth: must be empty in a WEEKLY rule (was 1)"),
        refusal(() -> weekly().dayOfMonth(3).build(), "Recurrence.dayOfMonth: must be empty in a WEEKLY rule (was 3)"),
        refusal(() -> weekly().addDays(MONDAY, TUESDAY, MONDAY).build(),
            "Recurrence.days: must name each day once (was \"MONDAY\")"),
        refusal(() -> monthly().weekOfMonth(0).addDays(MONDAY).build(),
            "Recurrence.weekOfMonth: must be from 1 to 5, or -1 for the last (was 0)"),
        refusal(() -> monthly().weekOfMonth(6).addDays(MONDAY).build(),
            "Recurrence.weekOfMonth: must be from 1 to 5, or -1 for the last (was 6)"),
        refusal(() -> monthly().weekOfMonth(-2).addDays(MONDAY).build(),
            "Recurrence.weekOfMonth: must be from 1 to 5, or -1 for the last (was -2)"),
        refusal(() -> monthly().weekOfMonth(1).build(),
            "Recurrence.days: must be exactly one day with weekOfMonth (was \"[]\")"),
        refusal(() -> monthly().weekOfMonth(1).addDays(MONDAY, FRIDAY).build(),
            "Recurrence.days: must be exactly one day with weekOfMonth (was \"[MONDAY, FRIDAY]\")"),
        refusal(() -> monthly().weekOfMonth(1).addDays(MONDAY).dayOfMonth(1).build(),
            "Recurrence.dayOfMonth: must be empty with weekOfMonth (was 1)"),
        refusal(() -> monthly().dayOfMonth(0).build(), "Recurrence.dayOfMonth: must be from 1 to 31 (was 0)"),
        refusal(() -> monthly().dayOfMonth(32).build(), "Recurrence.dayOfMonth: must be from 1 to 31 (was 32)"),
        refusal(() -> monthly().dayOfMonth(15).addDays(MONDAY).build(),
            "Recurrence.days: must be empty with dayOfMonth (was \"[MONDAY]\")"),
        refusal(() -> monthly().addDays(MONDAY).build(),
            "Recurrence.days: must be empty in a MONTHLY rule without weekOfMonth (was \"[MONDAY]\")"),
        refusal(() -> daily().count(0).build(), "Recurrence.count: must be from 1 to 1000 (was 0)"),
        refusal(() -> daily().count(1001).build(), "Recurrence.count: must be from 1 to 1000 (was 1001)"),
        refusal(() -> daily().addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 7)),
            RecurrenceChange.move(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8))).build(),
            "Recurrence.changes: must change each occurrence once (was \"2025-01-07\")"),
        refusal(() -> daily().frequency(null), "Recurrence.frequency: must not be null (was null)"),
        refusal(() -> daily().until((LocalDate) null), "Recurrence.until: must not be null (was null)"),
        refusal(() -> daily().addChanges((RecurrenceChange) null), "Recurrence.changes: must not contain null (was null)"));
  }

  private static Object[] refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    return new Object[] {message, call};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesNamingTheAttribute(String message, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidModelException.class).hasMessage(message);
    assertThat(((InvalidModelException) thrown).type()).isEqualTo("Recurrence");
  }

  private static Recurrence.Builder daily() {
    return Recurrence.builder().frequency(RecurrenceFrequency.DAILY);
  }

  private static Recurrence.Builder weekly() {
    return Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY);
  }

  private static Recurrence.Builder monthly() {
    return Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY);
  }

  private static List<LocalDate> dates(Recurrence rule, LocalDate first) {
    return rule.occurrences(first, null, null).stream().map(Occurrence::date).collect(Collectors.toList());
  }

  // Properties, against an oracle that tests every day of a window against the rule in its own words.

  /** The window the oracle scans: far beyond what a generated count or end date reaches. */
  private static final int ORACLE_YEARS = 40;

  /** Tells whether the rule's pattern gives a day, from its first date, by asking of that day alone. */
  private static boolean oracleGives(Recurrence rule, LocalDate first, LocalDate day) {
    if (day.isBefore(first)) {
      return false;
    }
    int every = rule.interval();
    switch (rule.frequency()) {
      case DAILY:
        return first.until(day, ChronoUnit.DAYS) % every == 0;
      case WEEKLY: {
        LocalDate firstMonday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate dayMonday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        List<DayOfWeek> days = rule.days().isEmpty() ? List.of(first.getDayOfWeek()) : rule.days();
        return firstMonday.until(dayMonday, ChronoUnit.DAYS) / 7 % every == 0 && days.contains(day.getDayOfWeek());
      }
      default: {
        long months = (day.getYear() - first.getYear()) * 12L + day.getMonthValue() - first.getMonthValue();
        if (months % every != 0) {
          return false;
        }
        if (rule.weekOfMonth().isPresent()) {
          int week = rule.weekOfMonth().getAsInt();
          boolean nth = week > 0 ? (day.getDayOfMonth() - 1) / 7 + 1 == week
              : day.getDayOfMonth() + 7 > YearMonth.from(day).lengthOfMonth();
          return day.getDayOfWeek() == rule.days().get(0) && nth;
        }
        return day.getDayOfMonth() == rule.dayOfMonth().orElse(first.getDayOfMonth());
      }
    }
  }

  /** Returns the rule's dates by scanning every day of the window, up to the count and the end date. */
  private static List<LocalDate> oracleDates(Recurrence rule, LocalDate first, LocalDate through) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate last = rule.until().filter(until -> until.isBefore(through)).orElse(through);
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (rule.count().isPresent() && dates.size() == rule.count().getAsInt()) {
        break;
      }
      if (oracleGives(rule, first, day)) {
        dates.add(day);
      }
    }
    return dates;
  }

  private static LocalDate window(ScheduledRecurrence series) {
    return series.recurrence().count().isPresent() || series.recurrence().until().isPresent()
        ? series.first().plusYears(ORACLE_YEARS) : series.first().plusYears(2);
  }

  private static List<Occurrence> expand(ScheduledRecurrence series, ZoneId zone) {
    Recurrence rule = series.recurrence();
    return rule.count().isPresent() || rule.until().isPresent()
        ? rule.occurrences(series.first(), series.time(), zone)
        : rule.occurrences(series.first(), series.time(), zone, window(series));
  }

  @Test
  void expansionGivesTheDatesADayByDayScanGivesWithTheChangesApplied() {
    qt().withExamples(300).forAll(TimeGenerators.scheduledRecurrences()).checkAssert(series -> {
      Recurrence rule = series.recurrence();
      Map<LocalDate, RecurrenceChange> changes = rule.changes().stream()
          .collect(Collectors.toMap(RecurrenceChange::occurrence, Function.identity()));
      List<Occurrence> expected = new ArrayList<>();
      for (LocalDate ruleDate : oracleDates(rule, series.first(), window(series))) {
        RecurrenceChange change = changes.get(ruleDate);
        if (change == null) {
          expected.add(Occurrence.builder().ruleDate(ruleDate).date(ruleDate)
              .time(Optional.ofNullable(series.time())).build());
        } else if (!change.cancelled()) {
          expected.add(Occurrence.builder().ruleDate(ruleDate).date(change.movedTo().orElse(ruleDate))
              .time(change.time().or(() -> Optional.ofNullable(series.time()))).change(change).build());
        }
      }

      List<Occurrence> actual = expand(series, null);

      assertThat(actual).isEqualTo(expected);
    });
  }

  @Test
  void ruleDatesStrictlyIncreaseAndRespectTheCountAndTheEnd() {
    qt().withExamples(300).forAll(TimeGenerators.scheduledRecurrences()).checkAssert(series -> {
      Recurrence rule = series.recurrence();
      Recurrence unchanged = Recurrence.builder().from(rule).changes(List.of()).build();
      List<LocalDate> ruleDates = unchanged.occurrences(series.first(), null, null).stream()
          .map(Occurrence::ruleDate).collect(Collectors.toList());
      for (int i = 1; i < ruleDates.size(); i++) {
        assertThat(ruleDates.get(i)).isAfter(ruleDates.get(i - 1));
      }
      assertThat(ruleDates).allSatisfy(date -> assertThat(date).isAfterOrEqualTo(series.first()));
      assertThat(ruleDates.size()).isLessThanOrEqualTo(rule.count().orElse(Recurrence.MAX_OCCURRENCES));
      rule.until().ifPresent(until -> assertThat(ruleDates)
          .allSatisfy(date -> assertThat(date).isBeforeOrEqualTo(until)));
      if (rule.count().isPresent() && rule.until().isEmpty()) {
        assertThat(ruleDates).hasSize(rule.count().getAsInt());
      }
      long cancelled = rule.changes().stream().filter(RecurrenceChange::cancelled).count();
      assertThat(rule.occurrences(series.first(), null, null)).hasSize(ruleDates.size() - (int) cancelled);
    });
  }

  @Test
  void everyIntervalIsWhereJavaTimePlacesTheTimeOnTheDate() {
    qt().withExamples(300).forAll(TimeGenerators.scheduledRecurrences()).checkAssert(series -> {
      ZoneId zone = series.zone() == null ? BERLIN : series.zone();
      List<Occurrence> dates = expand(series, null);
      List<Optional<ZonedInterval>> expected = new ArrayList<>();
      boolean fits = true;
      for (Occurrence occurrence : dates) {
        TimeSlot time = occurrence.time().orElse(null);
        if (time == null || time.end().isEmpty()) {
          expected.add(Optional.empty());
          continue;
        }
        Optional<JavaTimeOracle.Moments> moments = JavaTimeOracle.interval(time, occurrence.date(), zone);
        fits &= moments.isPresent();
        expected.add(moments.map(m -> ZonedInterval.of(m.start(), m.end())));
        if (moments.isPresent() && time.startOffset().isEmpty()) {
          // Without a stated offset, the start is what ZonedDateTime.of makes of the local date and time.
          assertThat(moments.get().start())
              .isEqualTo(ZonedDateTime.of(occurrence.date(), time.start().orElseThrow(), zone));
        }
      }

      if (fits) {
        assertThat(expand(series, zone)).extracting(Occurrence::interval).isEqualTo(expected);
      } else {
        InvalidModelException refusal = catchThrowableOfType(InvalidModelException.class, () -> expand(series, zone));
        assertThat(refusal).isNotNull();
        assertThat(refusal.attribute()).matches("time|changes\\[\\d+]\\.time");
      }
    });
  }

  @Test
  void expandingANeverEndingRuleIsQuickEvenWhenNoMonthHasTheDay() {
    Recurrence thirtiethOfFebruary = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).interval(12)
        .dayOfMonth(30).build();
    Recurrence rare = Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(999).build();

    assertThat(thirtiethOfFebruary.occurrences(LocalDate.of(1, 2, 1), null, null)).isEmpty();
    assertThat(rare.occurrences(LocalDate.of(1, 1, 1), null, null)).hasSize(523)
        .extracting(Occurrence::date).last().isEqualTo(LocalDate.of(1, 1, 1).plusWeeks(999L * 522));
  }

  @Nested
  class OccurrenceParts {
    private final LocalDate day = LocalDate.of(2025, 4, 1);
    private final RecurrenceChange move = RecurrenceChange.move(day, day.plusDays(7));

    @Test
    void refusesPartsThatDisagree() {
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day.plusDays(1)).build(),
          "Occurrence.date: must be the rule's date 2025-04-01 when there is no change (was \"2025-04-02\")");
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day).change(move).build(),
          "Occurrence.date: must be the date of the change 2025-04-08 (was \"2025-04-01\")");
      assertRefused(() -> Occurrence.builder().ruleDate(day.minusDays(1)).date(day.plusDays(7)).change(move).build(),
          "Occurrence.change: must concern the rule's date 2025-03-31 "
              + "(was \"RecurrenceChange[2025-04-01 moved to 2025-04-08]\")");
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day).change(RecurrenceChange.cancel(day)).build(),
          "Occurrence.change: must not be a cancellation (was \"RecurrenceChange[2025-04-01 cancelled]\")");
      RecurrenceChange retime = RecurrenceChange.builder().occurrence(day).time(EVENING).build();
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day).change(retime).build(),
          "Occurrence.time: must be the time of the change 18:00/19:30 (was null)");
      ZonedInterval evening = EVENING.interval(day, BERLIN).orElseThrow();
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day).interval(evening).build(),
          "Occurrence.interval: needs a time (was \"" + evening + "\")");
      assertRefused(() -> Occurrence.builder().ruleDate(day).date(day).time(TimeSlot.parse("17:00/19:30"))
          .interval(evening).build(), "Occurrence.interval: must be the time 17:00/19:30 on 2025-04-01 in "
              + "Europe/Berlin (was \"" + evening + "\")");
    }

    @Test
    void describesItselfBriefly() {
      RecurrenceChange retime = RecurrenceChange.builder().occurrence(day).time(EVENING).build();
      assertThat(Occurrence.builder().ruleDate(day).date(day).time(EVENING).change(retime).build())
          .hasToString("Occurrence[2025-04-01 18:00/19:30, time changed]");
      assertThat(Occurrence.builder().ruleDate(day).date(day).build()).hasToString("Occurrence[2025-04-01]");
      assertThat(ZonedDateTime.of(LocalDateTime.of(day, LocalTime.of(18, 0)), BERLIN).toInstant())
          .isEqualTo(EVENING.interval(day, BERLIN).orElseThrow().startInstant());
    }
  }
}
