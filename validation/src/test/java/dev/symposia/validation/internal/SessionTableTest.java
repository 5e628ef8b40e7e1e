package dev.symposia.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.symposia.InvalidModelException;
import dev.symposia.event.Delivery;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTableTest {
  private static Symposium symposium() {
    return Symposium.builder().id("test").title("Test symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24")).timeZone(ZoneId.of("Asia/Shanghai"))
        .addSpeakers(
            Speaker.builder().id("wang").name(PersonName.familyFirst("Wang", "Chen")).build(),
            Speaker.builder().id("li").name(PersonName.familyFirst("Lin", "Aster")).build())
        .addSessions(
            Session.builder().id("forum").kind(SessionKind.FORUM).date(PartialDate.parse("2022-11-22"))
                .time(TimeSlot.during(PartOfDay.MORNING))
                .addParticipants(Participation.of(LocalId.of("li"), ParticipantRole.CHAIR)).build(),
            Session.builder().id("talk").kind(SessionKind.PLENARY).partOf(LocalId.of("forum"))
                .date(PartialDate.parse("2022-11-22")).time(TimeSlot.parse("09:30/10:00"))
                .addParticipants(
                    Participation.of(LocalId.of("wang"), ParticipantRole.SPEAKER),
                    Participation.builder().person(LocalId.of("li")).role(ParticipantRole.SPEAKER)
                        .delivery(Delivery.VIDEO_MESSAGE).build())
                .build(),
            Session.builder().id("undated").kind(SessionKind.PANEL).time(TimeSlot.parse("11:00/")).build(),
            Session.builder().id("no-day").kind(SessionKind.PANEL).date(PartialDate.parse("2022-11"))
                .time(TimeSlot.parse("11:00/")).build())
        .build();
  }

  @Test
  void holdsWhatTheRulesNeedOfEachSession() {
    SessionTable table = symposium().derived(SessionTable.DERIVATION);

    assertThat(table.size()).isEqualTo(4);
    assertThat(table.kind(1)).isEqualTo(SessionKind.PLENARY);
    assertThat(table.hierarchy().isAncestor(0, 1)).isTrue();
    assertThat(table.hierarchy().isRelated(2, 3)).isFalse();

    assertThat(table.isPlaced(0)).isTrue();
    assertThat(table.group(0))
        .isEqualTo(SessionTable.dayNumber(PartialDate.parse("2022-11-22")) * 4 + PartOfDay.MORNING.ordinal());
    assertThat(table.endSeconds(0)).isEqualTo(Long.MAX_VALUE);
    assertThat(table.endIncluded(0)).isTrue();
    // Clock times in Shanghai, on the real timeline.
    assertThat(table.group(1)).isEqualTo(SessionTable.TIMELINE);
    assertThat(table.startSeconds(1)).isEqualTo(Instant.parse("2022-11-22T01:30:00Z").getEpochSecond());
    assertThat(table.endSeconds(1)).isEqualTo(Instant.parse("2022-11-22T02:00:00Z").getEpochSecond());
    assertThat(table.startNanos(1)).isZero();
    assertThat(table.endIncluded(1)).isFalse();
    // Without a date, or with a date that states no day, a session cannot be said to overlap another.
    assertThat(table.isPlaced(2)).isFalse();
    assertThat(table.date(2)).isNull();
    assertThat(table.isPlaced(3)).isFalse();
    assertThat(table.date(3)).isEqualTo(PartialDate.parse("2022-11"));

    assertThat(table.firstParticipation(0)).isZero();
    assertThat(table.firstParticipation(1)).isEqualTo(1);
    assertThat(table.firstParticipation(2)).isEqualTo(3);
    assertThat(table.firstParticipation(4)).isEqualTo(3);
    assertThat(table.persons()).isEqualTo(2);
    assertThat(table.person(2)).as("li, numbered where first met").isEqualTo(table.person(0));
    assertThat(table.person(1)).isNotEqualTo(table.person(0));
    assertThat(table.speaks(0)).isFalse();
    assertThat(table.speaks(1)).isTrue();
    assertThat(table.isByVideo(1)).isFalse();
    assertThat(table.isByVideo(2)).isTrue();
  }

  @Test
  void theSameInstanceGivesTheSameTable() {
    Symposium symposium = symposium();

    SessionTable table = symposium.derived(SessionTable.DERIVATION);

    assertThat(symposium.derived(SessionTable.DERIVATION)).isSameAs(table);
  }

  @Test
  void threadsAskingAtOnceForTheTableOfOneInstanceGetTheSameTable() throws Exception {
    Symposium symposium = symposium();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<SessionTable>> tables = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        tables.add(pool.submit(() -> {
          start.await();
          return symposium.derived(SessionTable.DERIVATION);
        }));
      }
      start.countDown();

      SessionTable first = tables.get(0).get(10, TimeUnit.SECONDS);
      for (Future<SessionTable> table : tables) {
        assertThat(table.get(10, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(symposium.derived(SessionTable.DERIVATION)).isSameAs(first);
      assertThat(first.size()).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void validatingTheSameInstanceTwiceKeepsOneTableAndFindsTheSame() {
    // Wang speaks at 09:30 in the talk and at 09:45 in a panel that is not part of the forum, on a day
    // after the symposium: findings of two rules that read the table.
    Symposium symposium = symposium().toBuilder().addSessions(
        Session.builder().id("clash").kind(SessionKind.PANEL).date(PartialDate.parse("2022-11-22"))
            .time(TimeSlot.parse("09:45/10:15"))
            .addParticipants(Participation.of(LocalId.of("wang"), ParticipantRole.SPEAKER)).build(),
        Session.builder().id("late").kind(SessionKind.PANEL).date(PartialDate.parse("2022-11-25")).build())
        .build();

    List<String> first = codesAndPaths(SymposiaValidation.validate(symposium));
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    List<String> second = codesAndPaths(SymposiaValidation.validate(symposium));

    assertThat(symposium.derived(SessionTable.DERIVATION)).isSameAs(table);
    assertThat(first).containsExactlyInAnyOrder("SYM-PERSON-OVERLAP sessions[4].participants[0]",
        "SYM-SESSION-DATES sessions[5].date");
    assertThat(second).isEqualTo(first);
  }

  private static List<String> codesAndPaths(Set<ConstraintViolation<Symposium>> violations) {
    List<String> found = new ArrayList<>();
    for (Finding finding : Finding.all(violations)) {
      found.add(finding.code() + " " + finding.path());
    }
    return found;
  }

  @Test
  void anEqualButDistinctInstanceGetsItsOwnTable() {
    Symposium symposium = symposium();
    Symposium equal = symposium();
    Symposium copy = symposium.toBuilder().build();
    assertThat(equal).isEqualTo(symposium).isNotSameAs(symposium);

    SessionTable table = symposium.derived(SessionTable.DERIVATION);

    assertThat(equal.derived(SessionTable.DERIVATION)).isNotSameAs(table);
    assertThat(copy.derived(SessionTable.DERIVATION)).isNotSameAs(table);
  }

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"),
      ZoneId.of("Etc/GMT-14"));

  /** The days in 2031 on which the zone's clocks change, or a day in spring for a zone whose clocks do not. */
  private static List<LocalDate> clockChanges(ZoneId zone) {
    List<LocalDate> days = new ArrayList<>();
    Instant from = Instant.parse("2031-01-01T00:00:00Z");
    for (ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        next != null && days.size() < 2; next = zone.getRules().nextTransition(next.getInstant())) {
      days.add(next.getDateTimeBefore().toLocalDate());
    }
    if (days.isEmpty()) {
      days.add(LocalDate.of(2031, 3, 30));
    }
    return days;
  }

  /**
   * A session on a day near a clock change of the zone: the code picks the change, a shift of up to three days,
   * a start on the quarter hour and a length of up to ten hours or none.
   */
  private static Session sessionNear(int n, int code, List<LocalDate> changes) {
    LocalDate day = changes.get(code % changes.size()).plusDays((code / 2) % 7 - 3);
    int quarter = (code / 14) % 96;
    LocalTime start = LocalTime.of(quarter / 4, quarter % 4 * 15);
    int length = (code / 1344) % 41;
    String slot = start + "/" + (length == 0 ? "" : start.plusMinutes(15L * length).toString());
    return Session.builder().id("s" + n).kind(SessionKind.PANEL).date(PartialDate.of(day))
        .time(TimeSlot.parse(slot)).build();
  }

  private static boolean existsIn(Session session, ZoneId zone) {
    LocalDate day = session.date().orElseThrow().toLocalDate().orElseThrow();
    try {
      session.time().orElseThrow().startAt(day, zone);
      session.time().orElseThrow().interval(day, zone);
      return true;
    } catch (InvalidModelException skipped) {
      return false; // a time that clocks skip on that day
    }
  }

  @Test
  void sessionsWithClockTimesArePlacedAtTheInstantsTheSymposiumGivesThemAroundClockChanges() {
    qt().withExamples(400).forAll(integers().between(0, ZONES.size() - 1),
        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6)).checkAssert((z, codes) -> {
          ZoneId zone = ZONES.get(z);
          List<LocalDate> changes = clockChanges(zone);
          List<Session> sessions = new ArrayList<>();
          for (int code : codes) {
            Session session = sessionNear(sessions.size(), code, changes);
            if (existsIn(session, zone)) {
              sessions.add(session);
            }
          }
          Symposium symposium = Symposium.builder().id("fair").title("Northfield Book Fair")
              .dates(DateSpan.parse("2031")).timeZone(zone).addSessions(sessions.toArray(Session[]::new)).build();
          SessionTable table = symposium.derived(SessionTable.DERIVATION);

          for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            String what = zone + " " + session.date().orElseThrow() + " " + session.time().orElseThrow();
            ZonedDateTime start = session.time().orElseThrow()
                .startAt(session.date().orElseThrow().toLocalDate().orElseThrow(), zone).orElseThrow();
            ZonedDateTime end = symposium.interval(session).map(ZonedInterval::end).orElse(start);
            assertThat(table.group(i)).as(what).isEqualTo(SessionTable.TIMELINE);
            assertThat(table.startSeconds(i)).as(what).isEqualTo(start.toEpochSecond());
            assertThat(table.endSeconds(i)).as(what).isEqualTo(end.toEpochSecond());
            assertThat(table.endIncluded(i)).as(what).isEqualTo(end.equals(start));
          }
        });
  }

  @Test
  void withoutAZoneClockTimesAreReadAsIfInUtcAndDatesWithoutAYearInAYearOfTheirOwn() {
    Symposium symposium = Symposium.builder().id("fair").title("Northfield Book Fair").dates(DateSpan.parse("2031"))
        .addSessions(
            Session.builder().id("late").kind(SessionKind.PANEL).date(PartialDate.parse("2031-03-30"))
                .time(TimeSlot.parse("22:30/01:15")).build(),
            Session.builder().id("yearless").kind(SessionKind.PANEL).date(PartialDate.parse("--02-29"))
                .time(TimeSlot.parse("09:00/")).build(),
            // Offsets that put the end before the start in clock time: held from the earlier to the later.
            Session.builder().id("back").kind(SessionKind.PANEL).date(PartialDate.parse("2031-10-26"))
                .time(TimeSlot.parse("01:45+01:00/01:15Z")).build(),
            Session.builder().id("nanos").kind(SessionKind.PANEL).date(PartialDate.parse("2031-10-26"))
                .time(TimeSlot.parse("10:00:00.500+01:00/10:00:00.200Z")).build())
        .build();
    SessionTable table = symposium.derived(SessionTable.DERIVATION);

    assertThat(table.startSeconds(0)).isEqualTo(LocalDateTime.parse("2031-03-30T22:30").toEpochSecond(ZoneOffset.UTC));
    assertThat(table.endSeconds(0)).isEqualTo(LocalDateTime.parse("2031-03-31T01:15").toEpochSecond(ZoneOffset.UTC));
    assertThat(table.endIncluded(0)).isFalse();
    assertThat(table.startSeconds(1)).isEqualTo(LocalDateTime.parse("+20000-02-29T09:00").toEpochSecond(ZoneOffset.UTC))
        .isEqualTo(table.endSeconds(1));
    assertThat(table.endIncluded(1)).isTrue();
    assertThat(table.startSeconds(2)).isEqualTo(LocalDateTime.parse("2031-10-26T01:15").toEpochSecond(ZoneOffset.UTC));
    assertThat(table.endSeconds(2)).isEqualTo(LocalDateTime.parse("2031-10-26T01:45").toEpochSecond(ZoneOffset.UTC));
    assertThat(table.startSeconds(3)).isEqualTo(LocalDateTime.parse("2031-10-26T10:00").toEpochSecond(ZoneOffset.UTC))
        .isEqualTo(table.endSeconds(3));
    assertThat(table.startNanos(3)).isEqualTo(200_000_000);
    assertThat(table.endNanos(3)).isEqualTo(500_000_000);
    assertThat(table.endIncluded(3)).isFalse();
    assertThat(SessionTable.dayNumber(PartialDate.parse("--02-29")))
        .isNotEqualTo(SessionTable.dayNumber(PartialDate.parse("--03-01")))
        .isNotEqualTo(SessionTable.dayNumber(PartialDate.parse("2031-02-28")));
    assertThat(SessionTable.dayNumber(PartialDate.parse("--01-05")))
        .isNotEqualTo(SessionTable.dayNumber(PartialDate.parse("--02-05")));
    assertThat(SessionTable.dayNumber(PartialDate.parse("2031-02-28")))
        .isNotEqualTo(SessionTable.dayNumber(PartialDate.parse("2032-02-28")))
        .isNotEqualTo(SessionTable.dayNumber(PartialDate.parse("--02-28")));
    assertThat(SessionTable.dayNumber(PartialDate.parse("2031-02"))).isEqualTo(SessionTable.NO_DAY);
  }

  @Test
  void calledOffAndChangedSessionsAreKnownByPosition() {
    Symposium symposium = Symposium.builder().id("fair").title("Northfield Book Fair").dates(DateSpan.parse("2031"))
        .addSessions(
            Session.builder().id("held").kind(SessionKind.PANEL).date(PartialDate.parse("2031-03-30"))
                .time(TimeSlot.parse("09:00/10:00")).build(),
            Session.builder().id("cancelled").kind(SessionKind.PANEL).date(PartialDate.parse("2031-03-30"))
                .time(TimeSlot.parse("09:00/10:00")).status(EventStatus.CANCELLED).build(),
            Session.builder().id("postponed").kind(SessionKind.PANEL).status(EventStatus.POSTPONED).build(),
            Session.builder().id("moved").kind(SessionKind.PANEL).date(PartialDate.parse("2031-03-30"))
                .time(TimeSlot.parse("morning")).addPlannedBefore(EarlierSessionPlan.of(PartialDate.parse("2031-03-29")))
                .build(),
            Session.builder().id("confirmed").kind(SessionKind.PANEL).status(EventStatus.SCHEDULED).build())
        .build();
    SessionTable table = symposium.derived(SessionTable.DERIVATION);

    assertThat(table.isCalledOff(0)).isFalse();
    assertThat(table.isCalledOff(1)).isTrue();
    assertThat(table.isCalledOff(2)).isTrue();
    assertThat(table.isCalledOff(3)).isFalse();
    assertThat(table.isCalledOff(4)).isFalse();
    assertThat(table.isPlaced(0)).isTrue();
    assertThat(table.isPlaced(1)).as("a cancelled session holds no time").isFalse();
    assertThat(table.isPlaced(3)).isTrue();
    assertThat(table.changedCount()).isEqualTo(4);
    assertThat(List.of(table.changedSession(0), table.changedSession(1), table.changedSession(2),
        table.changedSession(3))).containsExactly(1, 2, 3, 4);
  }

  @Test
  void theTableIsImmutable() {
    // What makes sharing it between threads safe: nothing in it can change once it is made.
    for (Class<?> type : List.of(SessionTable.class, Forest.class)) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isSynthetic()) {
          continue; // added by coverage tools (PIT's $$pitCoverageProbes, JaCoCo's $jacocoData), not by the source
        }
        assertThat(Modifier.isFinal(field.getModifiers())).as(type.getSimpleName() + "." + field.getName()).isTrue();
      }
    }
  }
}
