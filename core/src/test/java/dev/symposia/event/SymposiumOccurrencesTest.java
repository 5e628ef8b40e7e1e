package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.time.DateSpan;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A symposium's sessions as occurrences on its timeline: once or by a rule, in the symposium's time zone, and
 * the refusals a rule's expansion makes when the symposium is built, at the session's path.
 */
class SymposiumOccurrencesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate FIRST_TUESDAY = LocalDate.of(2025, 1, 7);
  private static final DateSpan YEAR = DateSpan.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final TimeSlot EVENING = TimeSlot.parse("18:00/19:30");

  private static Symposium webinars(Session... sessions) {
    return Symposium.builder().id("fictional-webinars").title("Fictional Webinars on Imaginary Medicine")
        .dates(YEAR).timeZone(BERLIN).addSessions(sessions).build();
  }

  private static Session.Builder webinar() {
    return Session.builder().id("webinar").kind(SessionKind.KEYNOTE).date(PartialDate.of(FIRST_TUESDAY))
        .time(EVENING);
  }

  private static Recurrence.Builder firstTuesdays() {
    return Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY).weekOfMonth(1).addDays(DayOfWeek.TUESDAY);
  }

  @Test
  void aSessionHeldOnceIsOneOccurrenceOnTheSymposiumsTimeline() {
    Session once = webinar().build();
    List<Occurrence> occurrences = webinars(once).occurrences(once);

    assertThat(occurrences).extracting(Occurrence::date).containsExactly(FIRST_TUESDAY);
    assertThat(occurrences.get(0).interval().orElseThrow().startInstant())
        .isEqualTo(Instant.parse("2025-01-07T17:00:00Z"));
  }

  @Test
  void aSessionWithoutACompleteDateHasNoOccurrence() {
    Session undated = Session.builder().id("undated").kind(SessionKind.KEYNOTE).build();
    Session inAMonth = Session.builder().id("in-a-month").kind(SessionKind.KEYNOTE)
        .date(PartialDate.ofYearMonth(2025, 1)).build();
    Symposium symposium = webinars(undated, inAMonth);

    assertThat(symposium.occurrences(undated)).isEmpty();
    assertThat(symposium.occurrences(inAMonth)).isEmpty();
    assertThatThrownBy(() -> symposium.occurrences(null)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.session: is required");
  }

  @Test
  void aRecurringSessionOccursByItsRuleAtTheSameClockTimeAcrossTheClockChange() {
    Session series = webinar().recurrence(firstTuesdays().count(4).build()).build();
    List<Occurrence> occurrences = webinars(series).occurrences(series);

    assertThat(occurrences).extracting(Occurrence::date).containsExactly(FIRST_TUESDAY, LocalDate.of(2025, 2, 4),
        LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 1));
    assertThat(occurrences.get(3).interval().orElseThrow().startInstant())
        .isEqualTo(Instant.parse("2025-04-01T16:00:00Z"));
  }

  @Test
  void aSymposiumWithoutAZoneGivesOccurrencesWithoutIntervals() {
    Session series = webinar().recurrence(firstTuesdays().count(2).build()).build();
    Symposium unzoned = Symposium.builder().id("fictional-webinars").title("Fictional Webinars")
        .dates(YEAR).addSessions(series).build();

    assertThat(unzoned.occurrences(series)).hasSize(2).allSatisfy(o -> assertThat(o.interval()).isEmpty());
  }

  @Test
  void aChangeOfADateTheRuleDoesNotGiveIsRefusedWhenTheSymposiumIsBuiltAtTheSessionsPath() {
    Session series = webinar().recurrence(firstTuesdays().count(4)
        .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 2, 11))).build()).build();

    assertThatThrownBy(() -> webinars(webinar().id("once").build(), series))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[1].recurrence.changes[0].occurrence: must be a date the rule gives from"
            + " 2025-01-07 (was \"2025-02-11\")");
    // Entities notes whether any session it gathers recurs, so that building need not look at every session.
    assertThatThrownBy(() -> Symposium.builder().id("fictional-webinars").title("Fictional Webinars").dates(YEAR)
        .timeZone(BERLIN).entities(new Entities().add(webinar().id("once").build()).add(series)).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[1].recurrence.changes[0].occurrence: must be a date the rule gives from"
            + " 2025-01-07 (was \"2025-02-11\")");
  }

  @Test
  void aTimeClocksSkipOnOneDateOfTheRuleIsRefusedAsTheSessionsTime() {
    // 02:30 does not exist in Berlin on Sunday 30 March 2025; the rule's other Sundays have it.
    Session series = Session.builder().id("night").kind(SessionKind.OTHER).date(PartialDate.of(LocalDate.of(2025,
        3, 23))).time(TimeSlot.parse("02:30/03:30"))
        .recurrence(Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).count(3).build()).build();

    assertThatThrownBy(() -> webinars(series)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Symposium.sessions[0].time: ");
  }

  @Test
  void aRuleNeedsTheSessionsDateAsACompleteDay() {
    Recurrence rule = firstTuesdays().count(2).build();
    String refusal = "Session.recurrence: needs the session's date, a complete day, as its first date (was \""
        + rule + "\")";

    assertThatThrownBy(() -> Session.builder().id("s").kind(SessionKind.KEYNOTE).recurrence(rule).build())
        .isExactlyInstanceOf(InvalidModelException.class).hasMessage(refusal);
    assertThatThrownBy(() -> Session.builder().id("s").kind(SessionKind.KEYNOTE).recurrence(rule)
        .date(PartialDate.ofYearMonth(2025, 1)).build())
        .isExactlyInstanceOf(InvalidModelException.class).hasMessage(refusal);
    assertThat(Session.builder().id("s").kind(SessionKind.KEYNOTE).recurrence(rule)
        .date(PartialDate.of(FIRST_TUESDAY)).build().recurrence()).contains(rule);
  }
}
