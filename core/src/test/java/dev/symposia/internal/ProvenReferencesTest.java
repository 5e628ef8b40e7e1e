package dev.symposia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import org.junit.jupiter.api.Test;

/** A build through {@link ProvenReferences} skips the reference check, and only that check, only once. */
class ProvenReferencesTest {
  // A session part of a session the symposium does not have: only the reference check refuses it.
  private static Symposium.Builder dangling() {
    return Symposium.builder().id("s").title("S").dates(DateSpan.on(PartialDate.of(2024, 5, 17)))
        .addSessions(Session.builder().id("a").kind(SessionKind.FORUM).title("A").partOf(LocalId.of("nowhere"))
            .build());
  }

  @Test
  void skipsTheReferenceCheckForTheOneBuildItMakes() {
    Symposium built = ProvenReferences.build(dangling());

    assertThat(built.sessions().get(0).partOf()).contains(LocalId.of("nowhere"));
    assertThat(ProvenReferences.areProven()).isFalse();
    assertThatThrownBy(() -> dangling().build()).isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Symposium.sessions[0].partOf: must refer to a session of the symposium");
  }

  @Test
  void stillChecksEverythingElseAndForgetsThePermissionWhenTheBuildFails() {
    assertThatThrownBy(() -> ProvenReferences.build(dangling().edition(0)))
        .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("Symposium.edition: must be at least 1");

    assertThat(ProvenReferences.areProven()).isFalse();
    assertThatThrownBy(() -> dangling().build()).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("partOf");
  }
}
