package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.PartialDate;
import java.util.List;
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
  void makingAnyGeneratedSessionPartOfItselfIsRefused() {
    qt().withExamples(100).forAll(EventGenerators.sessions(List.of(LocalId.of("wang-chen")), List.of()))
        .checkAssert(session -> assertRefused(() -> session.toBuilder().partOf(session.id()).build(),
            "Session.partOf: must not be the session itself (was \"" + session.id() + "\")"));
  }
}
