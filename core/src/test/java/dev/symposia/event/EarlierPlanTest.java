package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What was planned and what happened: a record keeps both, for symposia and for sessions. */
class EarlierPlanTest {
  private static final Place KYOTO = Place.city("Kyoto", CountryCode.of("JP"));

  private static Symposium.Builder congress() {
    return Symposium.builder().id("example-congress-2020").title("Example Congress 2020 (fictional)");
  }

  @Test
  void postponedFromMarchToSeptemberKeepsMarchAsTheEarlierPlan() {
    Symposium congress = congress().dates(DateSpan.parse("2020-09-02/2020-09-04")).status(EventStatus.HELD)
        .addPlannedBefore(EarlierPlan.builder().dates(DateSpan.parse("2020-03-12/2020-03-14"))
            .change(EventStatus.POSTPONED).changeAnnounced(PartialDate.of(2020, 2, 20)).build())
        .build();

    assertThat(congress.dates()).isEqualTo(DateSpan.parse("2020-09-02/2020-09-04"));
    assertThat(congress.plannedBefore()).singleElement().satisfies(plan -> {
      assertThat(plan.dates()).contains(DateSpan.parse("2020-03-12/2020-03-14"));
      assertThat(plan.change()).contains(EventStatus.POSTPONED);
      assertThat(plan.changeAnnounced()).contains(PartialDate.of(2020, 2, 20));
    });
  }

  @Test
  void plannedForKyotoHeldOnlineKeepsKyotoAsTheEarlierPlan() {
    Symposium congress = congress().dates(DateSpan.parse("2020-09-02/2020-09-04")).mode(AttendanceMode.ONLINE)
        .status(EventStatus.MOVED_ONLINE)
        .addPlannedBefore(EarlierPlan.builder().addPlaces(KYOTO).mode(AttendanceMode.IN_PERSON)
            .change(EventStatus.MOVED_ONLINE).description("moved online because of travel restrictions").build())
        .build();

    assertThat(congress.places()).isEmpty();
    assertThat(congress.mode()).contains(AttendanceMode.ONLINE);
    assertThat(congress.plannedBefore().get(0).places()).containsExactly(KYOTO);
    assertThat(congress.plannedBefore().get(0).dates()).as("not stated, not 'as now'").isEmpty();
  }

  @Test
  void anEventMovedTwiceKeepsBothPlansOldestFirst() {
    EarlierPlan march = EarlierPlan.builder().dates(DateSpan.parse("2020-03-12/2020-03-14")).addPlaces(KYOTO)
        .change(EventStatus.POSTPONED).build();
    EarlierPlan september = EarlierPlan.builder().dates(DateSpan.parse("2020-09-02/2020-09-04")).addPlaces(KYOTO)
        .mode(AttendanceMode.IN_PERSON).change(EventStatus.MOVED_ONLINE).build();
    Symposium congress = congress().dates(DateSpan.parse("2020-09-02/2020-09-04")).mode(AttendanceMode.ONLINE)
        .status(EventStatus.HELD).addPlannedBefore(march, september).build();

    assertThat(congress.plannedBefore()).containsExactly(march, september);
    assertThat(march).hasToString("2020-03-12/2020-03-14, Kyoto, JP, POSTPONED");
  }

  @Test
  void aSessionRescheduledWithinTheDayKeepsItsEarlierTime() {
    Session session = Session.builder().id("keynote").kind(SessionKind.KEYNOTE).date(PartialDate.of(2020, 9, 2))
        .time(TimeSlot.parse("14:00/15:00")).status(EventStatus.RESCHEDULED)
        .addPlannedBefore(EarlierSessionPlan.builder().date(PartialDate.of(2020, 9, 2))
            .time(TimeSlot.parse("09:00/10:00")).change(EventStatus.RESCHEDULED).build())
        .build();

    assertThat(session.time()).contains(TimeSlot.parse("14:00/15:00"));
    assertThat(session.plannedBefore()).singleElement().hasToString("2020-09-02 09:00/10:00, RESCHEDULED");
    assertThat(session).hasToString("Session[keynote: KEYNOTE 2020-09-02 RESCHEDULED]");
  }

  @Test
  void aPlanThatStatesNothingIsRefused() {
    assertRefused(() -> EarlierPlan.builder().build(),
        "EarlierPlan.dates: or mode or places or description is required");
    assertRefused(() -> EarlierPlan.builder().change(EventStatus.POSTPONED).changeAnnounced(PartialDate.ofYear(2020))
        .build(), "EarlierPlan.dates: or mode or places or description is required");
    assertRefused(() -> EarlierSessionPlan.builder().change(EventStatus.CANCELLED).build(),
        "EarlierSessionPlan.date: or time or mode or places or description is required");
  }

  @Test
  void anyOnePlannedValueOrADescriptionIsEnough() {
    assertThat(EarlierPlan.of(DateSpan.parse("2020-03")).dates()).contains(DateSpan.parse("2020-03"));
    assertThat(EarlierPlan.builder().mode(AttendanceMode.IN_PERSON).build()).hasToString("IN_PERSON");
    assertThat(EarlierPlan.builder().addPlaces(KYOTO).build()).hasToString("Kyoto, JP");
    assertThat(EarlierPlan.builder().description("originally planned as a two-day meeting").build())
        .hasToString("\"originally planned as a two-day meeting\"");
    assertThat(EarlierSessionPlan.of(PartialDate.ofMonthDay(9, 2))).hasToString("--09-02");
    assertThat(EarlierSessionPlan.builder().time(TimeSlot.parse("morning")).build()).hasToString("morning");
    assertThat(EarlierSessionPlan.builder().mode(AttendanceMode.HYBRID).build().mode()).contains(AttendanceMode.HYBRID);
    assertThat(EarlierSessionPlan.builder().addPlaces(Place.builder().room("Hall A").build()).build())
        .hasToString("Hall A");
    assertThat(EarlierSessionPlan.builder().description("moved to a larger venue").build().description())
        .isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EventStatus.class, names = {"SCHEDULED", "HELD"})
  void aChangeThatIsNoWayOfGivingUpAPlanIsRefused(EventStatus status) {
    String was = " (was \"" + status + "\")";
    assertRefused(() -> EarlierPlan.builder().dates(DateSpan.parse("2020-03")).change(status).build(),
        "EarlierPlan.change: must be postponed, rescheduled, moved_online or cancelled" + was);
    assertRefused(() -> EarlierSessionPlan.builder().date(PartialDate.ofYear(2020)).change(status).build(),
        "EarlierSessionPlan.change: must be postponed, rescheduled, moved_online or cancelled" + was);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EventStatus.class, names = {"POSTPONED", "RESCHEDULED", "MOVED_ONLINE", "CANCELLED"})
  void everyWayOfGivingUpAPlanIsAccepted(EventStatus status) {
    assertThat(EarlierPlan.builder().dates(DateSpan.parse("2020-03")).change(status).build().change())
        .contains(status);
    assertThat(EarlierSessionPlan.builder().date(PartialDate.ofYear(2020)).change(status).build().change())
        .contains(status);
  }

  @Test
  void nullsAreRefusedWithTheModelException() {
    assertRefused(() -> EarlierPlan.of(null), "EarlierPlan.dates: must not be null (was null)");
    assertRefused(() -> EarlierSessionPlan.of(null), "EarlierSessionPlan.date: must not be null (was null)");
    assertRefused(() -> EarlierPlan.builder().addPlaces((Place) null),
        "EarlierPlan.places: must not contain null (was null)");
    assertRefused(() -> Symposium.builder().addPlannedBefore((EarlierPlan) null),
        "Symposium.plannedBefore: must not contain null (was null)");
    assertRefused(() -> Session.builder().status((EventStatus) null), "Session.status: must not be null (was null)");
  }

  @Test
  void aLongDescriptionIsShortenedInToString() {
    String words = "postponed because the hosting university closed its campus for the rest of the academic year";
    assertThat(EarlierPlan.builder().description(words).build().toString()).hasSize(62).endsWith("...\"");
  }

  @Test
  void aPlannedPlaceAtAnInstitutionTheSymposiumDoesNotNameIsRefusedAtItsPath() {
    Place atNobody = Place.builder().institution(LocalId.of("nobody")).build();
    assertRefused(() -> congress().dates(DateSpan.parse("2020-09")).addPlannedBefore(EarlierPlan.of(
            DateSpan.parse("2020-03")), EarlierPlan.builder().addPlaces(KYOTO, atNobody).build()).build(),
        "Symposium.plannedBefore[1].places[1].institution: must refer to an institution of the symposium"
            + " (was \"nobody\")");
    Session session = Session.builder().id("visit").kind(SessionKind.OTHER)
        .addPlannedBefore(EarlierSessionPlan.builder().addPlaces(atNobody).build()).build();
    assertRefused(() -> congress().dates(DateSpan.parse("2020-09")).addSessions(session).build(),
        "Symposium.sessions[0].plannedBefore[0].places[0].institution: must refer to an institution of the"
            + " symposium (was \"nobody\")");
    Entities entities = new Entities();
    entities.add(session);
    assertRefused(() -> congress().dates(DateSpan.parse("2020-09")).entities(entities).build(),
        "Symposium.sessions[0].plannedBefore[0].places[0].institution: must refer to an institution of the"
            + " symposium (was \"nobody\")");
  }

  @Test
  void anyGeneratedPlanStrippedOfWhatItPlannedIsRefused() {
    qt().withExamples(100).forAll(EventGenerators.earlierPlans(List.of(LocalId.of("cqmu")))).checkAssert(plan ->
        assertRefused(() -> EarlierPlan.builder().from(plan).dates(Optional.empty()).mode(Optional.empty())
            .places(List.of()).description(Optional.empty()).build(),
            "EarlierPlan.dates: or mode or places or description is required"));
    qt().withExamples(100).forAll(EventGenerators.earlierSessionPlans(List.of())).checkAssert(plan ->
        assertRefused(() -> EarlierSessionPlan.builder().from(plan).date(Optional.empty()).time(Optional.empty())
            .mode(Optional.empty()).places(List.of()).description(Optional.empty()).build(),
            "EarlierSessionPlan.date: or time or mode or places or description is required"));
  }
}
