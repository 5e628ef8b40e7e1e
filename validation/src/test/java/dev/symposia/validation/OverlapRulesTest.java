package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Delivery;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverlapRulesTest {
  private static Place hall() {
    return Place.builder().institution(of("nmu")).building("Innovation Centre").room("Hall A").build();
  }

  @ParameterizedTest(name = "{0} {1} and {2} {3} overlap: {4}, reported at sessions[{5}]")
  @CsvSource({
    "2022-11-22, 09:00/10:00, 2022-11-22, 09:30/10:30, true , 1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 10:00/11:00, false, -1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 08:00/09:00, false, -1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 09:15/09:45, true , 1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 09:00/,      true , 1",
    "2022-11-22, 09:00/,      2022-11-22, 09:00/,      true , 1",
    "2022-11-22, 09:00/,      2022-11-22, 09:30/,      false, -1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 10:00/,      false, -1",
    "2022-11-22, 09:00/10:00, 2022-11-22, 09:59/,      true , 1",
    "2022-11-22, 09:30/,      2022-11-22, 09:00/10:00, true , 0",
    "2022-11-22, afternoon,   2022-11-22, afternoon,   true , 1",
    "2022-11-22, afternoon,   2022-11-22, morning,     false, -1",
    "2022-11-22, afternoon,   2022-11-22, 14:00/15:00, false, -1",
    "2022-11-22, 09:00/10:00, 2022-11-23, 09:00/10:00, false, -1",
    "2022-11-22, ,            2022-11-22, ,            false, -1",
    ",           09:00/10:00, ,           09:00/10:00, false, -1",
    "2022-11,    09:00/10:00, 2022-11,    09:00/10:00, false, -1",
    "--11-22,    09:00/10:00, --11-22,    09:00/10:00, true , 1",
    "2022-11-22, 09:00/10:00, --11-22,    09:00/10:00, false, -1",
  })
  void overlapsNeedTheSameDayAndOverlappingTimes(String dateA, String timeA, String dateB, String timeB,
      boolean overlap, int reported) {
    Symposium people = symposium().addSessions(
        session("a", dateA, timeA).addParticipants(speaker("wang")).build(),
        session("b", dateB, timeB).addParticipants(speaker("wang")).build()).build();
    Symposium rooms = symposium().addSessions(
        session("a", dateA, timeA).addPlaces(hall()).build(),
        session("b", dateB, timeB).addPlaces(hall()).build()).build();

    List<String> expectedPerson = overlap
        ? List.of("SYM-PERSON-OVERLAP sessions[" + reported + "].participants[0]") : List.of();
    List<String> expectedRoom = overlap ? List.of("SYM-ROOM-OVERLAP sessions[" + reported + "].places[0]") : List.of();
    assertThat(Fixtures.codesAndPaths(people)).filteredOn(s -> !s.startsWith("SYM-SESSION-DATES"))
        .isEqualTo(expectedPerson);
    assertThat(Fixtures.codesAndPaths(rooms)).filteredOn(s -> !s.startsWith("SYM-SESSION-DATES"))
        .isEqualTo(expectedRoom);
  }

  @Test
  void aSessionDoesNotConflictWithTheSessionItIsPartOf() {
    Symposium symposium = symposium().addSessions(
        session("forum", "2022-11-22", "09:00/12:00").kind(SessionKind.FORUM)
            .addParticipants(Participation.of(of("wang"), ParticipantRole.CHAIR)).addPlaces(hall()).build(),
        session("sub-forum", "2022-11-22", "09:30/10:30").kind(SessionKind.SUB_FORUM).partOf(of("forum"))
            .addParticipants(speaker("wang")).addPlaces(hall()).build(),
        session("sub-sub", "2022-11-22", "09:30/10:00").partOf(of("sub-forum"))
            .addParticipants(speaker("wang")).addPlaces(hall()).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void twoPartsOfOneForumAtTheSameTimeDoConflict() {
    Symposium symposium = symposium().addSessions(
        session("forum", "2022-11-22", "09:00/12:00").kind(SessionKind.FORUM)
            .addParticipants(Participation.of(of("wang"), ParticipantRole.CHAIR)).build(),
        session("track-1", "2022-11-22", "09:30/10:30").partOf(of("forum")).addParticipants(speaker("wang"))
            .build(),
        session("track-2", "2022-11-22", "10:00/11:00").partOf(of("forum")).addParticipants(speaker("li"),
            speaker("wang")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-PERSON-OVERLAP sessions[2].participants[1]");
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly("wang takes part in session track-2 and, at the same time, in session track-1");
  }

  @Test
  void aRecordedVideoMessageAndAnUnnamedGroupHoldNobody() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang"),
            Participation.builder().group(UnnamedGroup.builder().count(Count.exactly(2)).build())
                .role(ParticipantRole.SPEAKER).build()).build(),
        session("b", "2022-11-22", "09:00/10:00").addParticipants(
            Participation.builder().person("wang").role(ParticipantRole.SPEAKER).delivery(Delivery.VIDEO_MESSAGE)
                .build(),
            Participation.builder().group(UnnamedGroup.builder().count(Count.exactly(2)).build())
                .role(ParticipantRole.SPEAKER).build()).build(),
        session("c", "2022-11-22", "09:30/10:00").addParticipants(Participation.builder().person("wang")
            .role(ParticipantRole.SPEAKER).delivery(Delivery.LIVE_REMOTE).build()).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-PERSON-OVERLAP sessions[2].participants[0]");
  }

  @Test
  void twoRolesInOneSessionAreOneHoldingReportedAtTheFirst() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("b", "2022-11-22", "09:30/10:30").addParticipants(speaker("li"),
            Participation.of(of("wang"), ParticipantRole.CHAIR), speaker("wang")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[1]");
  }

  @Test
  void eachSessionThatOverlapsAnEarlierOneIsReportedOnce() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/12:00").addParticipants(speaker("wang")).build(),
        session("b", "2022-11-22", "09:30/10:00").addParticipants(speaker("wang")).build(),
        session("c", "2022-11-22", "10:30/11:00").addParticipants(speaker("wang")).build(),
        session("d", "2022-11-22", "12:00/13:00").addParticipants(speaker("wang")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-PERSON-OVERLAP sessions[1].participants[0]",
        "SYM-PERSON-OVERLAP sessions[2].participants[0]");
  }

  @Test
  void aRoomIsTheSameOnlyWhenEveryPartOfThePlaceAgrees() {
    Place hallInChongqing = Place.builder().institution(of("nmu")).building("Innovation Centre").room("Hall A")
        .city("Chongqing").build();
    Place otherBuilding = Place.builder().institution(of("nmu")).building("Library").room("Hall A").build();
    Place noRoom = Place.builder().institution(of("nmu")).building("Innovation Centre").build();
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addPlaces(hall(), noRoom).build(),
        session("b", "2022-11-22", "09:00/10:00").addPlaces(hallInChongqing, otherBuilding, noRoom).build(),
        session("c", "2022-11-22", "09:00/10:00").addPlaces(noRoom, hall(), hall()).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-ROOM-OVERLAP sessions[2].places[1]");
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly("room Hall A holds session c and, at the same time, session a");
  }

  @Test
  void aCycleOfPartsDoesNotStopTheSweep() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").partOf(of("b")).addParticipants(speaker("wang")).build(),
        session("b", "2022-11-22", "09:00/10:00").partOf(of("a")).addParticipants(speaker("wang")).build(),
        session("c", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-SESSION-CYCLE sessions[0].partOf",
        "SYM-PERSON-OVERLAP sessions[2].participants[0]");
  }
}
