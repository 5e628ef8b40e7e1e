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
import java.time.LocalTime;
import java.time.ZoneId;
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
    SessionTable table = SessionTable.of(symposium(), SessionTable.PEOPLE_BOOKED);

    assertThat(table.size()).isEqualTo(4);
    assertThat(table.kind(1)).isEqualTo(SessionKind.PLENARY);
    assertThat(table.hierarchy().isAncestor(0, 1)).isTrue();
    assertThat(table.hierarchy().isRelated(2, 3)).isFalse();

    assertThat(table.isPlaced(0)).isTrue();
    assertThat(table.part(0)).isEqualTo(PartOfDay.MORNING.ordinal());
    assertThat(table.end(0)).isEqualTo(Long.MAX_VALUE);
    assertThat(table.endIncluded(0)).isTrue();
    assertThat(table.day(1)).isEqualTo(table.day(0));
    assertThat(table.part(1)).isEqualTo(SessionTable.CLOCK);
    assertThat(table.start(1)).isEqualTo(LocalTime.of(9, 30).toNanoOfDay());
    assertThat(table.end(1)).isEqualTo(LocalTime.of(10, 0).toNanoOfDay());
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
  void eachRuleOfOneValidationSharesOneTableAndEachValidationMakesItsOwn() {
    Symposium symposium = symposium();

    SessionTable first = SessionTable.of(symposium, SessionTable.PEOPLE_BOOKED);
    assertThat(SessionTable.of(symposium, SessionTable.ROOMS_BOOKED)).isSameAs(first);
    assertThat(SessionTable.of(symposium, SessionTable.SESSION_HIERARCHY)).isSameAs(first);

    SessionTable again = SessionTable.of(symposium, SessionTable.PEOPLE_BOOKED);
    assertThat(again).as("the same rule again: a new validation").isNotSameAs(first);
    assertThat(SessionTable.of(symposium, SessionTable.ROOMS_BOOKED)).isSameAs(again);

    assertThat(SessionTable.of(symposium(), SessionTable.SESSION_DATES))
        .as("an equal symposium, but another instance").isNotSameAs(again);
  }
}
