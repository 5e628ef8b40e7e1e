package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsRulesTest {
  private static Statistic online(Count count) {
    return Statistic.builder().measure(Measure.SESSIONS).mode(AttendanceMode.ONLINE).count(count).build();
  }

  @ParameterizedTest(name = "{0} online sessions of {1} in all: reported {2}")
  @CsvSource({
    "61,            68,            false",
    "68,            68,            false",
    "69,            68,            true",
    "more than 68,  68,            true",
    "more than 67,  68,            false",
    "at least 68,   68,            false",
    "at least 69,   68,            true",
    "about 100,     68,            false",
    "unknown,       68,            false",
    "100,           at least 68,   false",
    "100,           more than 68,  false",
    "100,           about 68,      false",
    "100,           unknown,       false",
  })
  void aPartDoesNotExceedTheWhole(String part, String whole, boolean reported) {
    Symposium symposium = symposium()
        .addStatistics(Statistic.of(Measure.SESSIONS, Count.parse(whole)), online(Count.parse(part))).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-STATS-PART-WHOLE statistics[1]") : List.of());
  }

  @Test
  void theTightestTotalCountsAndOnlyTheSameMeasure() {
    Symposium symposium = symposium()
        .addStatistics(Statistic.of(Measure.SESSIONS, Count.exactly(100)), Statistic.of(Measure.SESSIONS,
            Count.exactly(68)), Statistic.of(Measure.VISITORS, Count.exactly(5)), online(Count.exactly(70)))
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-STATS-PART-WHOLE statistics[3]: the statistic 70 online sessions is more than the stated "
            + "total 68 sessions");
  }

  @Test
  void aSessionsStatisticDoesNotExceedTheSymposiumsTotalNorAPartTheSessionsTotal() {
    Symposium symposium = symposium()
        .addStatistics(Statistic.of(Measure.EXPERTS, Count.exactly(100)))
        .addSessions(
            session("forum", null, null).addStatistics(Statistic.of(Measure.EXPERTS, Count.moreThan(20)),
                Statistic.builder().measure(Measure.EXPERTS).addCountries(Fixtures.CN).count(Count.exactly(25))
                    .build()).build(),
            session("plenary", null, null).addStatistics(Statistic.of(Measure.EXPERTS, Count.exactly(120)))
                .build(),
            session("panel", null, null).addStatistics(Statistic.of(Measure.EXPERTS, Count.exactly(50))).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-STATS-PART-WHOLE sessions[1].statistics[0]");
  }

  @Test
  void aNarrowedStatisticOfASessionIsComparedWithTheSessionsTotal() {
    Symposium symposium = symposium()
        .addSessions(session("forum", null, null).addStatistics(Statistic.of(Measure.EXPERTS, Count.exactly(20)),
            Statistic.builder().measure(Measure.EXPERTS).addCountries(Fixtures.CN).count(Count.exactly(25)).build())
            .build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-STATS-PART-WHOLE sessions[0].statistics[1]");
  }

  @ParameterizedTest(name = "{0} forums listed against a statement of {1}: reported {2}")
  @CsvSource({
    "2, 2,            false",
    "3, 2,            true",
    "3, at least 2,   false",
    "3, more than 2,  false",
    "3, about 2,      false",
    "3, unknown,      false",
    "3, several,      false",
    "1, several,      false",
    "0, 0,            false",
  })
  void theRecordDoesNotListMoreSessionsOfAKindThanStated(int listed, String stated, boolean reported) {
    Symposium.Builder builder = symposium().addSessions(session("plenary", null, null).build())
        .addStatistics(Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.FORUM)
            .count(Count.parse(stated)).build());
    for (int i = 0; i < listed; i++) {
      builder.addSessions(session("forum-" + i, null, null).kind(SessionKind.FORUM).build());
    }

    assertThat(Fixtures.codesAndPaths(builder.build()))
        .isEqualTo(reported ? List.of("SYM-STATS-LISTED statistics[0]") : List.of());
  }

  @Test
  void onlySessionsStatedToBeOnlineCountAsListedOnlineSessions() {
    Symposium symposium = symposium()
        .addStatistics(Statistic.of(Measure.SESSIONS, Count.exactly(3)), online(Count.exactly(1)))
        .addSessions(session("a", null, null).mode(AttendanceMode.ONLINE).build(),
            session("b", null, null).build(), session("c", null, null).mode(AttendanceMode.IN_PERSON).build())
        .build();
    Symposium twoOnline = symposium.toBuilder()
        .addSessions(session("d", null, null).mode(AttendanceMode.ONLINE).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(Finding.all(SymposiaValidation.validate(twoOnline))).extracting(Finding::toString)
        .containsExactly("ERROR SYM-STATS-LISTED statistics[0]: the statistic 3 sessions is fewer than the 4 the "
            + "record lists", "ERROR SYM-STATS-LISTED statistics[1]: the statistic 1 online session is fewer "
            + "than the 2 the record lists");
  }

  @Test
  void aListTheSourceGivesOnlyInPartIsALowerBoundLikeAnyOtherAndNeverProvesFewer() {
    // "Six plenary speeches; speakers included Wang and Li": two listed of six, and the listing partial.
    Symposium included = symposium()
        .addStatistics(Statistic.builder().measure(Measure.SPEAKERS).sessionKind(SessionKind.PLENARY)
            .count(Count.exactly(6)).build())
        .addSessions(session("plenary", null, null).kind(SessionKind.PLENARY)
            .addParticipants(speaker("wang"), speaker("li")).addPartialLists("participants").build())
        .addPartialLists("sessions")
        .build();
    assertThat(SymposiaValidation.validate(included)).isEmpty();

    // More listed than stated is wrong whether or not the source named them all.
    Symposium tooMany = included.toBuilder().statistics(List.of(Statistic.builder().measure(Measure.SPEAKERS)
        .sessionKind(SessionKind.PLENARY).count(Count.exactly(1)).build())).build();
    assertThat(Fixtures.codesAndPaths(tooMany)).containsExactly("SYM-STATS-LISTED statistics[0]");
  }

  @Test
  void speakersAndParticipantsAreCountedAsDistinctNamedPeople() {
    Symposium symposium = symposium()
        .addStatistics(Statistic.of(Measure.SPEAKERS, Count.exactly(1)),
            Statistic.of(Measure.PARTICIPANTS, Count.exactly(2)))
        .addSessions(
            session("a", null, null).addParticipants(speaker("wang"),
                Participation.of(of("li"), ParticipantRole.CHAIR)).build(),
            session("b", null, null).addParticipants(speaker("wang"),
                Participation.of(of("li"), ParticipantRole.ATTENDEE)).build())
        .build();
    Symposium oneMoreSpeaker = symposium.toBuilder()
        .addSessions(session("c", null, null).addParticipants(speaker("chen")).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(Fixtures.codesAndPaths(oneMoreSpeaker))
        .containsExactly("SYM-STATS-LISTED statistics[0]", "SYM-STATS-LISTED statistics[1]");
  }

  @Test
  void aSessionsSessionStatisticCountsTheSessionsPartOfIt() {
    Symposium symposium = symposium()
        .addSessions(
            session("forum", null, null).kind(SessionKind.FORUM).addStatistics(Statistic.builder()
                .measure(Measure.SESSIONS).sessionKind(SessionKind.SUB_FORUM).count(Count.exactly(1)).build())
                .build(),
            session("sub-1", null, null).kind(SessionKind.SUB_FORUM).partOf(of("forum")).build(),
            session("other", null, null).kind(SessionKind.SUB_FORUM).build())
        .build();
    Symposium twoSubForums = symposium.toBuilder()
        .addSessions(session("sub-2", null, null).kind(SessionKind.SUB_FORUM).partOf(of("forum")).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(Fixtures.codesAndPaths(twoSubForums)).containsExactly("SYM-STATS-LISTED sessions[0].statistics[0]");
  }

  @Test
  void aSessionsSpeakersAreCountedInThatSessionUnlessAKindNarrowsThemToItsParts() {
    // A forum with three speakers states one speaker, and one speaker in its sub-forums: only the first
    // figure can be checked against the session's own participants.
    Symposium symposium = symposium()
        .addSessions(session("forum", null, null).kind(SessionKind.FORUM)
            .addParticipants(speaker("wang"), speaker("li"), speaker("chen"))
            .addStatistics(Statistic.of(Measure.SPEAKERS, Count.exactly(1)),
                Statistic.builder().measure(Measure.SPEAKERS).sessionKind(SessionKind.FORUM)
                    .count(Count.exactly(1)).build())
            .build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-STATS-LISTED sessions[0].statistics[0]");
  }

  @Test
  void aStatisticNarrowedByCountryIsNotComparedWithTheListing() {
    Symposium symposium = symposium()
        .addStatistics(Statistic.builder().measure(Measure.SESSIONS).addCountries(Fixtures.CN)
            .count(Count.exactly(0)).build())
        .addSessions(session("a", null, null).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void statisticsNarrowedByTopicDescriptionOrModeAreNotComparedWithTheListing() {
    // One session with one speaker: none of these figures of zero can be checked against the listing.
    Symposium symposium = symposium()
        .addStatistics(
            Statistic.builder().measure(Measure.SESSIONS).addTopics(LocalizedText.of("surgery"))
                .count(Count.exactly(0)).build(),
            Statistic.builder().measure(Measure.SPEAKERS).description("invited from abroad")
                .count(Count.exactly(0)).build(),
            Statistic.builder().measure(Measure.SPEAKERS).mode(AttendanceMode.ONLINE).count(Count.exactly(0)).build())
        .addSessions(session("a", null, null).addParticipants(speaker("wang")).build())
        .build();
    Symposium unnarrowed = symposium().addStatistics(Statistic.of(Measure.SPEAKERS, Count.exactly(0)))
        .addSessions(session("a", null, null).addParticipants(speaker("wang")).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(Fixtures.codesAndPaths(unnarrowed)).containsExactly("SYM-STATS-LISTED statistics[0]");
  }

  @Test
  void aDescribedStatisticIsNeverATotalNorComparedWithTheListing() {
    // As ISCTM 2022 states it: one forum, "the high-level international forum", while the record lists two
    // sessions of kind FORUM; the description narrows what the figure counts.
    Symposium symposium = symposium()
        .addStatistics(Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.FORUM)
                .count(Count.exactly(1)).description("high-level international forum").build(),
            Statistic.builder().measure(Measure.EXPERTS).count(Count.exactly(10)).description("foreign experts")
                .build(),
            Statistic.builder().measure(Measure.EXPERTS).mode(AttendanceMode.ONLINE).count(Count.exactly(12))
                .build())
        .addSessions(session("high-level-forum", null, null).kind(SessionKind.FORUM).build(),
            session("chronic-diseases-forum", null, null).kind(SessionKind.FORUM).build())
        .build();
    Symposium withTotal = symposium.toBuilder().addStatistics(Statistic.of(Measure.EXPERTS, Count.exactly(11)))
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(Fixtures.codesAndPaths(withTotal)).containsExactly("SYM-STATS-PART-WHOLE statistics[2]");
  }
}
