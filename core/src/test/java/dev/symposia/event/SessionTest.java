package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {
  @Test
  void aSessionPartOfItselfIsRefused() {
    assertRefused(() -> Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).partOf(LocalId.of("opening"))
        .build(), "Session.partOf: must not be the session itself (was \"opening\")");
  }

  @Test
  void aSessionPartOfAnotherIsAccepted() {
    Session subForum = Session.builder().id("ai-forum").kind(SessionKind.SUB_FORUM).partOf(LocalId.of("forum"))
        .date(PartialDate.of(2022, 11, 23)).build();
    assertThat(subForum.partOf()).contains(LocalId.of("forum"));
    assertThat(subForum).hasToString("Session[ai-forum: SUB_FORUM 2022-11-23]");
  }

  @Test
  void aSessionWithoutIdentifierOrKindIsRefused() {
    assertRefused(() -> Session.builder().build(), "Session.id, kind: are required");
    assertRefused(() -> Session.builder().id("opening").kind(null), "Session.kind: must not be null (was null)");
  }

  @Test
  void aSessionStatesItsStatusLikeASymposiumAndLeavesItOutWhenNotStated() {
    Session visit = Session.builder().id("visit").kind(SessionKind.OTHER).date(PartialDate.of(2020, 9, 3))
        .status(EventStatus.CANCELLED).build();
    assertThat(visit.status()).contains(EventStatus.CANCELLED);
    assertThat(visit).hasToString("Session[visit: OTHER 2020-09-03 CANCELLED]");
    assertThat(visit.toBuilder().status(Optional.empty()).build().status()).as("not stated is not scheduled")
        .isEmpty();
  }

  @Test
  void sessionsWithAStatusAreFoundInProgrammeOrderAndUnstatedOnesByNone() {
    Symposium symposium = Symposium.builder().id("s").title("S").dates(DateSpan.parse("2020-09"))
        .addSessions(session("a", EventStatus.CANCELLED), session("b", null), session("c", EventStatus.HELD),
            session("d", EventStatus.CANCELLED))
        .build();

    assertThat(symposium.sessionsWithStatus(EventStatus.CANCELLED)).extracting(s -> s.id().value())
        .containsExactly("a", "d");
    assertThat(symposium.sessionsWithStatus(EventStatus.HELD)).extracting(s -> s.id().value()).containsExactly("c");
    assertThat(symposium.sessionsWithStatus(EventStatus.SCHEDULED)).isEmpty();
    assertThat(symposium.sessionsWithStatus(null)).isEmpty();
  }

  @Test
  void everyGeneratedSessionIsFoundByItsStatusAndOnlyByIt() {
    qt().withExamples(100).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      int found = 0;
      for (EventStatus status : EventStatus.values()) {
        List<Session> sessions = symposium.sessionsWithStatus(status);
        assertThat(sessions).allMatch(s -> s.status().equals(Optional.of(status)));
        assertThat(symposium.sessions()).filteredOn(s -> s.status().equals(Optional.of(status)))
            .containsExactlyElementsOf(sessions);
        found += sessions.size();
      }
      assertThat(found).isEqualTo(symposium.sessions().stream().filter(s -> s.status().isPresent()).count());
    });
  }

  private static Session session(String id, EventStatus status) {
    return Session.builder().id(id).kind(SessionKind.PLENARY).status(Optional.ofNullable(status)).build();
  }

  @Test
  void makingAnyGeneratedSessionPartOfItselfIsRefused() {
    qt().withExamples(100).forAll(EventGenerators.sessions(List.of(LocalId.of("wang-chen")), List.of()))
        .checkAssert(session -> assertRefused(() -> session.toBuilder().partOf(session.id()).build(),
            "Session.partOf: must not be the session itself (was \"" + session.id() + "\")"));
  }
}
