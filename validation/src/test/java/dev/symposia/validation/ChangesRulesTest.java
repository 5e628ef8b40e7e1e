package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What happens to events over time, as the rules read it: cancelled and postponed sessions hold nobody and
 * no room ({@code SYM-PERSON-OVERLAP}, {@code SYM-ROOM-OVERLAP}) and may keep an earlier plan's date
 * ({@code SYM-SESSION-DATES}); an earlier plan changes something ({@code SYM-PLAN-CHANGED}); an event moved
 * online is online ({@code SYM-STATUS-MODE}).
 */
class ChangesRulesTest {
  private static final Place HALL = Place.builder().institution(of("nmu")).room("Hall A").build();
  private static final Place KYOTO = Place.city("Kyoto", CountryCode.of("JP"));

  /** Two sessions at the same time with the same person and room; the second has the given status. */
  private static Symposium clash(Optional<EventStatus> second) {
    return symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).addPlaces(HALL).build(),
        session("b", "2022-11-22", "09:30/10:30").addParticipants(speaker("wang")).addPlaces(HALL)
            .status(second).build()).build();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EventStatus.class, names = {"CANCELLED", "POSTPONED"})
  void aCancelledOrPostponedSessionHoldsNobodyAndNoRoom(EventStatus status) {
    assertThat(Fixtures.codesAndPaths(clash(Optional.of(status)))).isEmpty();
    Symposium first = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).addPlaces(HALL).status(status)
            .build(),
        session("b", "2022-11-22", "09:30/10:30").addParticipants(speaker("wang")).addPlaces(HALL).build()).build();
    assertThat(Fixtures.codesAndPaths(first)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EventStatus.class, names = {"SCHEDULED", "HELD", "RESCHEDULED", "MOVED_ONLINE"})
  void everyOtherStatusStillHoldsItsPeopleAndRooms(EventStatus status) {
    assertThat(Fixtures.codesAndPaths(clash(Optional.of(status))))
        .containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[0]", "SYM-ROOM-OVERLAP sessions[1].places[0]");
  }

  @Test
  void aSessionWhoseStatusIsNotStatedHoldsItsPeopleAndRooms() {
    assertThat(Fixtures.codesAndPaths(clash(Optional.empty())))
        .containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[0]", "SYM-ROOM-OVERLAP sessions[1].places[0]");
  }

  @Test
  void aThirdSessionStillClashesWithTheOneThatWasNotCalledOff() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("b", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).status(EventStatus.CANCELLED)
            .build(),
        session("c", "2022-11-22", "09:30/10:30").addParticipants(speaker("wang")).build()).build();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly("wang takes part in session c and, at the same time, in session a");
  }

  @ParameterizedTest(name = "{0} session dated {1}, symposium planned before for {2}: reported {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      CANCELLED | 2022-03-09 | 2022-03-08/2022-03-10 | false
      POSTPONED | 2022-03-09 | 2022-03-08/2022-03-10 | false
      CANCELLED | 2022-03    | 2022-03-08/2022-03-10 | false
      CANCELLED | 2022-04-01 | 2022-03-08/2022-03-10 | true
      CANCELLED | 2022-03-09 | -                     | true
      HELD      | 2022-03-09 | 2022-03-08/2022-03-10 | true
      -         | 2022-03-09 | 2022-03-08/2022-03-10 | true
      RESCHEDULED | 2022-03-09 | 2022-03-08/2022-03-10 | true
      """)
  void aCalledOffSessionMayKeepTheDateOfAnEarlierPlanOfTheSymposium(EventStatus status, String date,
      String planned, boolean reported) {
    Symposium.Builder builder = symposium().addSessions(session("a", date, null).status(Optional.ofNullable(status))
        .build());
    if (planned != null) {
      builder.addPlannedBefore(EarlierPlan.builder().dates(DateSpan.parse(planned)).change(EventStatus.POSTPONED)
          .build());
    }
    assertThat(Fixtures.codesAndPaths(builder.build()))
        .isEqualTo(reported ? List.of("SYM-SESSION-DATES sessions[0].date") : List.of());
  }

  @Test
  void anEarlierPlanThatStatesWhatReplacedItIsReportedAtThePlan() {
    DateSpan now = DateSpan.parse("2022-11-22/2022-11-24");
    Symposium copied = symposium().addPlannedBefore(EarlierPlan.of(DateSpan.parse("2022-03")), EarlierPlan.of(now))
        .build();
    assertThat(Fixtures.codesAndPaths(copied)).containsExactly("SYM-PLAN-CHANGED plannedBefore[1]");
    assertThat(Finding.all(SymposiaValidation.validate(copied))).extracting(Finding::message).containsExactly(
        "test lists the earlier plan 2022-11-22/2022-11-24, which states the same dates, times, places and mode as"
            + " what replaced it");

    Symposium repeated = symposium().addPlannedBefore(EarlierPlan.of(DateSpan.parse("2022-03")),
        EarlierPlan.of(DateSpan.parse("2022-03"))).build();
    assertThat(Fixtures.codesAndPaths(repeated)).containsExactly("SYM-PLAN-CHANGED plannedBefore[0]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      other dates                     | 2022-03 | -         | -     | -
      a stated mode, none now         | -       | IN_PERSON | -     | -
      a place, none now               | -       | -         | Kyoto | -
      the dates now, and a place      | NOW     | -         | Kyoto | -
      the dates now, and a description | NOW    | -         | -     | originally planned as a two-day meeting
      """)
  void anEarlierPlanThatDiffersInAnyPlannedValueOrDescribesTheChangeIsFine(String what, String dates, String mode,
      String place, String description) {
    EarlierPlan.Builder plan = EarlierPlan.builder();
    if (!"-".equals(dates)) {
      plan.dates(dates.equals("NOW") ? DateSpan.parse("2022-11-22/2022-11-24") : DateSpan.parse(dates));
    }
    if (!"-".equals(mode)) {
      plan.mode(AttendanceMode.valueOf(mode));
    }
    if (!"-".equals(place)) {
      plan.addPlaces(KYOTO);
    }
    if (!"-".equals(description)) {
      plan.description(description);
    }
    assertThat(Fixtures.codesAndPaths(symposium().addPlannedBefore(plan.build()).build())).as(what).isEmpty();
  }

  @Test
  void aPlanIsNotTheSameAsCurrentPlacesTheSourceGivesOnlyInPart() {
    DateSpan now = DateSpan.parse("2022-11-22/2022-11-24");
    Symposium.Builder copied = symposium().addPlaces(KYOTO)
        .addPlannedBefore(EarlierPlan.builder().dates(now).addPlaces(KYOTO).build());
    assertThat(Fixtures.codesAndPaths(copied.build())).containsExactly("SYM-PLAN-CHANGED plannedBefore[0]");
    assertThat(Fixtures.codesAndPaths(copied.addPartialLists("places").build()))
        .as("held in places including Kyoto: the places may have changed").isEmpty();

    EarlierSessionPlan same = EarlierSessionPlan.builder().date(PartialDate.of(2022, 11, 22))
        .time(TimeSlot.parse("14:00/15:00")).addPlaces(HALL).build();
    Session.Builder session = session("a", "2022-11-22", "14:00/15:00").addPlaces(HALL).addPlannedBefore(same);
    assertThat(Fixtures.codesAndPaths(symposium().addSessions(session.build()).build()))
        .containsExactly("SYM-PLAN-CHANGED sessions[0].plannedBefore[0]");
    assertThat(Fixtures.codesAndPaths(symposium().addSessions(session.addPartialLists("places").build()).build()))
        .isEmpty();
    assertThat(Fixtures.codesAndPaths(symposium().addSessions(session("a", "2022-11-22", "14:00/15:00")
        .addPlaces(HALL).addPlannedBefore(same).addPartialLists("participants").build()).build()))
        .as("another list being partial changes nothing")
        .containsExactly("SYM-PLAN-CHANGED sessions[0].plannedBefore[0]");
  }

  @Test
  void movedAwayAndBackIsTwoChangesNotNone() {
    DateSpan march = DateSpan.parse("2022-11-22/2022-11-24");
    Symposium back = symposium().addPlannedBefore(EarlierPlan.of(march), EarlierPlan.of(DateSpan.parse("2023-06")))
        .build();
    assertThat(Fixtures.codesAndPaths(back)).isEmpty();
  }

  @Test
  void aSessionsEarlierPlanComparesDateTimeModeAndPlaces() {
    Session.Builder rescheduled = session("a", "2022-11-22", "14:00/15:00").addPlaces(HALL);
    EarlierSessionPlan morning = EarlierSessionPlan.builder().date(PartialDate.of(2022, 11, 22))
        .time(TimeSlot.parse("09:00/10:00")).addPlaces(HALL).build();
    EarlierSessionPlan same = EarlierSessionPlan.builder().date(PartialDate.of(2022, 11, 22))
        .time(TimeSlot.parse("14:00/15:00")).addPlaces(HALL).build();

    assertThat(Fixtures.codesAndPaths(symposium().addSessions(rescheduled.addPlannedBefore(morning).build())
        .build())).isEmpty();
    assertThat(Fixtures.codesAndPaths(symposium().addSessions(session("x", null, null).build(),
        session("a", "2022-11-22", "14:00/15:00").addPlaces(HALL).addPlannedBefore(morning, same).build()).build()))
        .containsExactly("SYM-PLAN-CHANGED sessions[1].plannedBefore[1]");
    assertThat(Fixtures.codesAndPaths(symposium().addSessions(session("a", "2022-11-22", "14:00/15:00")
        .addPlaces(HALL).addPlannedBefore(morning, morning).build()).build()))
        .containsExactly("SYM-PLAN-CHANGED sessions[0].plannedBefore[0]");
  }

  @ParameterizedTest(name = "{0} with mode {1}: reported {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      MOVED_ONLINE | IN_PERSON | true
      MOVED_ONLINE | HYBRID    | true
      MOVED_ONLINE | ONLINE    | false
      MOVED_ONLINE | -         | false
      HELD         | IN_PERSON | false
      CANCELLED    | HYBRID    | false
      -            | IN_PERSON | false
      """)
  void anEventMovedOnlineStatesNoModeButOnline(EventStatus status, AttendanceMode mode, boolean reported) {
    Symposium whole = symposium().status(Optional.ofNullable(status)).mode(Optional.ofNullable(mode)).build();
    assertThat(Fixtures.codesAndPaths(whole)).isEqualTo(reported ? List.of("SYM-STATUS-MODE mode") : List.of());
    Symposium part = symposium().addSessions(session("a", null, null).build(),
        session("b", null, null).status(Optional.ofNullable(status)).mode(Optional.ofNullable(mode)).build()).build();
    assertThat(Fixtures.codesAndPaths(part))
        .isEqualTo(reported ? List.of("SYM-STATUS-MODE sessions[1].mode") : List.of());
  }

  @Test
  void theStatusModeMessageNamesTheEventAndItsMode() {
    Symposium symposium = symposium().addSessions(session("visit", null, null).status(EventStatus.MOVED_ONLINE)
        .mode(AttendanceMode.HYBRID).build()).build();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly("visit was moved online, but its attendance mode is hybrid");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly("visit 已改为线上举办，但其参会形式为线上线下混合");
  }
}
