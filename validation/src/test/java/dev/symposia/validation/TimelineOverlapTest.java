package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.generators.JavaTimeOracle;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
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
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The overlap rules on the real timeline: sessions compared by the instants they take place at when the
 * symposium's zone is known, so that clock times that look apart can clash and clock times that look
 * together need not, and a session past midnight meets the next morning.
 */
class TimelineOverlapTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<ZoneId> CHANGING = List.of(LONDON, ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Tehran"), ZoneId.of("Europe/Dublin"),
      ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"));

  private static Place hall() {
    return Place.builder().institution(of("nmu")).room("Hall A").build();
  }

  private static List<String> findings(Optional<ZoneId> zone, String dateA, String timeA, String dateB, String timeB) {
    Symposium symposium = Fixtures.symposium().dates(DateSpan.parse("2025-03-29/2025-10-27"))
        .timeZone(zone)
        .addSessions(session("a", dateA, timeA).addParticipants(speaker("wang")).addPlaces(hall()).build(),
            session("b", dateB, timeB).addParticipants(speaker("wang")).addPlaces(hall()).build())
        .build();
    return Fixtures.codesAndPaths(symposium);
  }

  @ParameterizedTest(name = "{0} {1} and {2} {3} in London: {4}")
  @CsvSource(textBlock = """
      2025-10-26, 01:00/01:45,       2025-10-26, 01:15Z/01:45Z,     false
      2025-10-26, 01:00+01:00/01:45, 2025-10-26, 01:15+01:00/01:45, true
      2025-10-26, 00:50/01:10Z,      2025-10-26, 01:20/01:40,       true
      2025-10-26, 00:30/02:30,       2025-10-26, 02:00/03:00,       true
      2025-10-26, 00:30/01:30,       2025-10-26, 01:30Z/02:30,      false
      2025-10-26, 00:30/01:30Z,      2025-10-26, 01:45/01:50,       true
      2025-10-25, 22:00/01:00,       2025-10-26, 00:30/01:30,       true
      2025-10-25, 22:00/01:00,       2025-10-26, 01:00/02:00,       false
      2025-10-25, 22:00/01:00,       2025-10-26, 01:15Z/,           false
      2025-10-25, 22:00/01:00,       2025-10-26, 00:59/,            true
      2025-03-30, 00:30/02:30,       2025-03-30, 02:15/03:00,       true
      2025-03-29, 23:30/02:00,       2025-03-30, 02:00/03:00,       false
      """)
  void sessionsClashWhenTheyReallyTakePlaceAtOnce(String dateA, String timeA, String dateB, String timeB,
      boolean clash) {
    List<String> expected = clash ? List.of("SYM-PERSON-OVERLAP sessions[1].participants[0]",
        "SYM-ROOM-OVERLAP sessions[1].places[0]") : List.of();

    assertThat(findings(Optional.of(LONDON), dateA, timeA, dateB, timeB)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} and {2} {3} without a zone: {4}")
  @CsvSource(textBlock = """
      2025-10-25, 22:00/01:00, 2025-10-26, 00:30/01:30, true
      2025-10-25, 22:00/01:00, 2025-10-26, 01:00/02:00, false
      --10-25,    22:00/01:00, --10-26,    00:30/,      true
      --12-31,    22:00/01:00, 2026-01-01, 00:30/,      false
      2025-10-26, 01:00/01:45, 2025-10-26, 01:15Z/01:45Z, true
      """)
  void withoutAZoneClockTimesAreComparedAsTheyReadAndANightSessionStillMeetsTheMorning(String dateA,
      String timeA, String dateB, String timeB, boolean clash) {
    List<String> expected = clash ? List.of("SYM-PERSON-OVERLAP sessions[1].participants[0]",
        "SYM-ROOM-OVERLAP sessions[1].places[0]") : List.of();

    assertThat(findings(Optional.empty(), dateA, timeA, dateB, timeB))
        .filteredOn(f -> !f.startsWith("SYM-SESSION-DATES")).isEqualTo(expected);
  }

  /** A session to generate: its start in minutes from a clock change, its length in minutes, its offsets. */
  private record Draft(int minutes, int length, int offsets) {}

  /**
   * The rules report exactly the sessions that overlap, on the timeline {@link Symposium#interval} gives,
   * a session that starts before them (or at the same moment and comes earlier in the programme).
   */
  @Test
  void theRulesAgreeWithComparingTheModelsIntervalsPairwiseAroundClockChanges() {
    Gen<ZoneId> zones = Generate.frequency(Pair.of(3, Generate.pick(CHANGING)), Pair.of(1, TimeGenerators.zones()));
    Gen<Instant> instants = Generate.longRange(LocalDate.of(2020, 1, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay())
        .map(day -> Instant.ofEpochSecond(day * 86_400));
    Gen<Draft> drafts = Generate.range(-240, 240).zip(Generate.range(-300, 300), Generate.range(0, 3), Draft::new);
    Gen<List<Draft>> programmes = drafts.zip(drafts, drafts, drafts, (a, b, c, d) -> List.of(a, b, c, d))
        .zip(drafts, drafts, (list, e, f) -> {
          List<Draft> all = new ArrayList<>(list);
          all.add(e);
          all.add(f);
          return all;
        });
    qt().withExamples(1500).forAll(zones, instants, programmes).checkAssert((zone, instant, programme) -> {
      ZoneOffsetTransition change = zone.getRules().nextTransition(instant);
      // Next to a clock change when the zone has one to come, else at noon UTC of the day drawn.
      LocalDateTime near = change == null
          ? LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC).plusHours(12)
          : change.getDateTimeBefore();
      Symposium.Builder builder = Fixtures.symposium().timeZone(zone)
          .dates(DateSpan.between(near.toLocalDate().minusDays(1), near.toLocalDate().plusDays(1)));
      int n = 0;
      for (Draft draft : programme) {
        LocalDateTime start = near.plusMinutes(draft.minutes());
        // A length of 0 is a start alone; a negative length ends before the start: on the next day.
        TimeSlot slot = draft.length() == 0 ? TimeSlot.startingAt(start.toLocalTime())
            : TimeSlot.between(start.toLocalTime(), start.toLocalTime().plusMinutes(draft.length()));
        slot = TimeGenerators.withOffsetsInForce(slot, start.toLocalDate(), zone, draft.offsets());
        if (!JavaTimeOracle.fits(slot, start.toLocalDate(), zone)) {
          continue;
        }
        builder.addSessions(Session.builder().id("s" + n++).kind(SessionKind.PANEL)
            .date(PartialDate.of(start.toLocalDate())).time(slot).addParticipants(speaker("wang"))
            .addPlaces(hall()).build());
      }
      Symposium symposium = builder.build();

      Set<Integer> expected = expectedReports(symposium);
      Map<String, Set<Integer>> reported = Fixtures.sessionsReported(symposium);
      Set<Integer> people = reported.getOrDefault("SYM-PERSON-OVERLAP", Set.of());
      Set<Integer> rooms = reported.getOrDefault("SYM-ROOM-OVERLAP", Set.of());
      assertThat(people).as("%s", describe(symposium)).isEqualTo(expected);
      assertThat(rooms).as("%s", describe(symposium)).isEqualTo(expected);
    });
  }

  /** A session's start and end instants: its interval, or the instant it starts when it states no end. */
  private static Instant[] moments(Symposium symposium, Session session) {
    if (session.time().orElseThrow().end().isPresent()) {
      ZonedInterval interval = symposium.interval(session).orElseThrow();
      return new Instant[] {interval.startInstant(), interval.endInstant()};
    }
    ZonedDateTime start = session.time().get().startAt(session.date().orElseThrow().toLocalDate().orElseThrow(),
        symposium.timeZone().orElseThrow()).orElseThrow();
    return new Instant[] {start.toInstant(), null};
  }

  /** Whether the earlier session is still under way when the later starts: an instant is under way at itself. */
  private static boolean underWayAt(Instant[] earlier, Instant start) {
    return earlier[1] == null ? earlier[0].equals(start) : earlier[1].isAfter(start);
  }

  private static Set<Integer> expectedReports(Symposium symposium) {
    List<Session> sessions = symposium.sessions();
    Set<Integer> reported = new TreeSet<>();
    for (int c = 0; c < sessions.size(); c++) {
      Instant[] current = moments(symposium, sessions.get(c));
      for (int e = 0; e < sessions.size(); e++) {
        Instant[] other = moments(symposium, sessions.get(e));
        boolean before = other[0].isBefore(current[0]) || other[0].equals(current[0]) && e < c;
        if (e != c && before && underWayAt(other, current[0])) {
          reported.add(c);
        }
      }
    }
    return reported;
  }

  private static String describe(Symposium symposium) {
    return symposium.timeZone().orElseThrow() + ": " + symposium.sessions().stream()
        .map(s -> s.date().orElseThrow() + " " + s.time().orElseThrow() + " " + symposium.interval(s))
        .collect(Collectors.joining("; "));
  }
}
