package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builders' methods that take English text, the session's description, and which kinds are ceremonies. */
class SessionConveniencesTest {
  @Test
  void englishTitleTopicsAndContributionAreLocalizedTexts() {
    Session session = Session.builder().id("keynote").kind(SessionKind.KEYNOTE).title("Imaginary cures")
        .addTopics("fictional care", "invented trials").build();

    assertThat(session.title()).contains(LocalizedText.of("Imaginary cures"));
    assertThat(session.topics()).containsExactly(LocalizedText.of("fictional care"), LocalizedText.of("invented trials"));
    assertThat(session).hasToString("Session[keynote: KEYNOTE \"Imaginary cures\"]");
    assertThat(Participation.builder().person("ada").role(ParticipantRole.SPEAKER).contribution("A fictional case")
        .build().contribution()).contains(LocalizedText.of("A fictional case"));
  }

  @Test
  void nullEnglishTextIsRefusedWithTheModelExceptionNamingTheAttribute() {
    assertThatThrownBy(() -> Session.builder().title((String) null)).isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Session.title: must not be null");
    assertThatThrownBy(() -> Session.builder().addTopics((String[]) null))
        .isExactlyInstanceOf(InvalidModelException.class).hasMessageStartingWith("Session.topics: must not be null");
    assertThatThrownBy(() -> Session.builder().addTopics("fictional care", null))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Participation.builder().contribution((String) null))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void theCeremoniesAreExactlyTheKindsNamedCeremony() {
    Set<SessionKind> ceremonies = EnumSet.noneOf(SessionKind.class);
    for (SessionKind kind : SessionKind.values()) {
      if (kind.isCeremony()) {
        ceremonies.add(kind);
      }
    }
    assertThat(ceremonies).containsExactlyInAnyOrder(SessionKind.OPENING_CEREMONY, SessionKind.CLOSING_CEREMONY,
        SessionKind.SIGNING_CEREMONY, SessionKind.APPOINTMENT_CEREMONY, SessionKind.AWARD_CEREMONY,
        SessionKind.INAUGURATION_CEREMONY);
  }
}
