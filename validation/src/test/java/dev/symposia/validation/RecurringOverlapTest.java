package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.place.Place;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The overlap rules hold a recurring session at every one of its occurrences, as
 * {@link Symposium#occurrences(Session)} gives them: cancelled dates hold nothing, a moved date or a new time
 * holds where it moved to, and a clash is reported once per participation or place however many occurrences
 * clash.
 */
class RecurringOverlapTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Place hall() {
    return Place.builder().institution(of("nmu")).room("Hall A").build();
  }

  // Tuesdays at 18:00 to 19:30, four times from 7 January 2025.
  private static Recurrence.Builder tuesdays() {
    return Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).addDays(DayOfWeek.TUESDAY).count(4);
  }

  private static Session webinar(Recurrence rule) {
    return session("webinar", "2025-01-07", "18:00/19:30").recurrence(rule).addParticipants(speaker("wang"))
        .addPlaces(hall()).build();
  }

  private static List<String> overlaps(Optional<ZoneId> zone, Session... sessions) {
    Symposium symposium = Fixtures.symposium().dates(DateSpan.parse("2025-01-07/2025-02-28")).timeZone(zone)
        .addSessions(sessions).build();
    return Fixtures.codesAndPaths(symposium).stream().filter(f -> f.contains("-OVERLAP "))
        .collect(Collectors.toList());
  }

  private static Session single(String id, String date, String time) {
    return session(id, date, time).addParticipants(speaker("wang")).addPlaces(hall()).build();
  }

  @ParameterizedTest(name = "{0} {1}, zone {2}: clash {3}")
  @CsvSource(textBlock = """
      2025-01-07, 18:30/19:00, true,  true
      2025-01-21, 18:30/19:00, true,  true
      2025-01-28, 19:00/20:00, true,  true
      2025-01-28, 19:30/20:00, true,  false
      2025-02-04, 18:30/19:00, true,  false
      2025-01-22, 18:30/19:00, true,  false
      2025-01-21, 18:30/19:00, false, true
      2025-02-04, 18:30/19:00, false, false
      """)
  void aSessionOnAnyDateTheRuleGivesClashesWithTheRecurringSession(String date, String time, boolean zoned,
      boolean clash) {
    List<String> found = overlaps(zoned ? Optional.of(BERLIN) : Optional.empty(), webinar(tuesdays().build()),
        single("talk", date, time));

    assertThat(found).isEqualTo(clash
        ? List.of("SYM-PERSON-OVERLAP sessions[1].participants[0]", "SYM-ROOM-OVERLAP sessions[1].places[0]")
        : List.of());
  }

  @Test
  void aCancelledOccurrenceHoldsNothingAndAMovedOneHoldsWhereItMovedTo() {
    Recurrence cancelled = tuesdays().addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 1, 21))).build();
    Recurrence moved = tuesdays().addChanges(RecurrenceChange.move(LocalDate.of(2025, 1, 21),
        LocalDate.of(2025, 1, 23))).build();
    Recurrence retimed = tuesdays().addChanges(RecurrenceChange.builder().occurrence(LocalDate.of(2025, 1, 21))
        .time(TimeSlot.parse("09:00/10:00")).build()).build();

    assertThat(overlaps(Optional.of(BERLIN), webinar(cancelled), single("talk", "2025-01-21", "18:30/19:00")))
        .isEmpty();
    assertThat(overlaps(Optional.of(BERLIN), webinar(moved), single("talk", "2025-01-21", "18:30/19:00")))
        .isEmpty();
    assertThat(overlaps(Optional.of(BERLIN), webinar(moved), single("talk", "2025-01-23", "18:30/19:00")))
        .containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[0]", "SYM-ROOM-OVERLAP sessions[1].places[0]");
    assertThat(overlaps(Optional.of(BERLIN), webinar(retimed), single("talk", "2025-01-21", "18:30/19:00")))
        .isEmpty();
    assertThat(overlaps(Optional.of(BERLIN), webinar(retimed), single("talk", "2025-01-21", "09:30/10:30")))
        .containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[0]", "SYM-ROOM-OVERLAP sessions[1].places[0]");
  }

  @Test
  void aRecurringSessionThatClashesOnSeveralDatesIsReportedOncePerParticipationAndPlace() {
    // Each single session starts half an hour before an occurrence, so the occurrence is the later holding.
    List<String> found = overlaps(Optional.of(BERLIN), webinar(tuesdays().build()),
        single("first", "2025-01-14", "17:30/18:30"), single("second", "2025-01-28", "17:30/18:30"));

    assertThat(found).containsExactly("SYM-PERSON-OVERLAP sessions[0].participants[0]",
        "SYM-ROOM-OVERLAP sessions[0].places[0]");
  }

  @Test
  void theOccurrencesOfOneSessionNeverClashWithEachOther() {
    // Daily from 22:00 to 02:00: each occurrence ends after the next day's has not yet begun, and a move
    // puts one occurrence on the day of another.
    Recurrence nightly = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(5)
        .addChanges(RecurrenceChange.move(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 10))).build();

    assertThat(overlaps(Optional.of(BERLIN), session("night", "2025-01-07", "22:00/02:00").recurrence(nightly)
        .addParticipants(speaker("wang")).addPlaces(hall()).build())).isEmpty();
  }

  /** A session to generate: its day from 6 January 2025, start and length in half hours, and its rule. */
  private record Draft(int day, int start, int length, int rule) {}

  /**
   * The rules report exactly the sessions one of whose occurrences starts while an occurrence of another
   * session that began before it (or at the same moment, earlier in the programme) is under way, comparing
   * the intervals of {@link Symposium#occurrences(Session)} pairwise.
   */
  @Test
  void theRulesAgreeWithComparingEveryOccurrencePairwise() {
    Gen<Draft> drafts = Generate.range(0, 20).zip(Generate.range(0, 47), Generate.range(1, 8),
        Generate.range(0, 3), Draft::new);
    Gen<List<Draft>> programmes = drafts.zip(drafts, drafts, drafts, (a, b, c, d) -> List.of(a, b, c, d));
    qt().withExamples(500).forAll(programmes).checkAssert(programme -> {
      List<Session> sessions = new ArrayList<>();
      for (Draft draft : programme) {
        LocalTime start = LocalTime.MIDNIGHT.plusMinutes(30L * draft.start());
        Session.Builder session = Session.builder().id("s" + sessions.size())
            .kind(SessionKind.PANEL)
            .date(PartialDate.of(LocalDate.of(2025, 1, 6).plusDays(draft.day())))
            .time(TimeSlot.between(start, start.plusMinutes(30L * draft.length())))
            .addParticipants(speaker("wang")).addPlaces(hall());
        if (draft.rule() == 1) {
          session.recurrence(Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(3).build());
        } else if (draft.rule() == 2) {
          session.recurrence(Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(1).count(3)
              .build());
        }
        sessions.add(session.build());
      }
      Symposium symposium = Fixtures.symposium().dates(DateSpan.parse("2025-01-06/2025-02-28")).timeZone(BERLIN)
          .addAllSessions(sessions).build();

      Map<String, Set<Integer>> reported = Fixtures.sessionsReported(symposium);
      Set<Integer> people = reported.getOrDefault("SYM-PERSON-OVERLAP", Set.of());
      Set<Integer> rooms = reported.getOrDefault("SYM-ROOM-OVERLAP", Set.of());
      Set<Integer> expected = expectedReports(symposium);
      assertThat(people).as("%s", programme).isEqualTo(expected);
      assertThat(rooms).as("%s", programme).isEqualTo(expected);
    });
  }

  private static Set<Integer> expectedReports(Symposium symposium) {
    List<Session> sessions = symposium.sessions();
    List<List<Instant[]>> moments = new ArrayList<>();
    for (Session session : sessions) {
      List<Instant[]> each = new ArrayList<>();
      for (Occurrence occurrence : symposium.occurrences(session)) {
        each.add(new Instant[] {occurrence.interval().orElseThrow().startInstant(),
            occurrence.interval().orElseThrow().endInstant()});
      }
      moments.add(each);
    }
    Set<Integer> reported = new TreeSet<>();
    for (int c = 0; c < sessions.size(); c++) {
      for (int e = 0; e < sessions.size(); e++) {
        for (Instant[] current : moments.get(c)) {
          for (Instant[] other : moments.get(e)) {
            boolean before = other[0].isBefore(current[0]) || other[0].equals(current[0]) && e < c;
            if (e != c && before && other[1].isAfter(current[0])) {
              reported.add(c);
            }
          }
        }
      }
    }
    return reported;
  }
}
