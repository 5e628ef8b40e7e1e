package dev.symposia.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Delivery;
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
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneId;
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
            Speaker.builder().id("li").name(PersonName.familyFirst("Li", "Huabing")).build())
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
