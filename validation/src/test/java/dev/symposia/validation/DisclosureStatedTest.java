package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.CmeFixtures.accreditation;
import static dev.symposia.validation.CmeFixtures.meeting;
import static dev.symposia.validation.CmeFixtures.session;
import static dev.symposia.validation.CmeFixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.quantity.Count;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYM-DISCLOSURE-STATED: the named participants of an accredited session have disclosures. */
class DisclosureStatedTest {
  /** Aster Lin (disclosed) and Tomas Verlaine (not) in a session of a kind. */
  private static Session.Builder panel(SessionKind kind) {
    return session("panel", kind, "2025-10-25", "09:00/10:00")
        .addParticipants(speaker("aster-lin"), Participation.of(of("tomas-verlaine"), ParticipantRole.MODERATOR));
  }

  @ParameterizedTest(name = "symposium accredited {0}, session accredited {1}, {2}: reported {3}")
  @CsvSource({
    "true,  false, PLENARY,             true",
    "false, true,  PLENARY,             true",
    "true,  true,  PLENARY,             true",
    "false, false, PLENARY,             false",
    // An industry satellite is outside the symposium's accreditation, not outside its own.
    "true,  false, SATELLITE_SYMPOSIUM, false",
    "false, true,  SATELLITE_SYMPOSIUM, true",
  })
  void theNamedParticipantsOfAnAccreditedSessionNeedADisclosure(boolean symposiumAccredited,
      boolean sessionAccredited, SessionKind kind, boolean reported) {
    Session.Builder session = panel(kind);
    if (sessionAccredited) {
      session.addAccreditations(accreditation(CmeFixtures.BOARD).build());
    }
    Symposium.Builder symposium = meeting().addSessions(session.build());
    if (symposiumAccredited) {
      symposium.addAccreditations(accreditation(CmeFixtures.BOARD).build());
    }

    assertThat(Fixtures.codesAndPaths(symposium.build()))
        .isEqualTo(reported ? List.of("SYM-DISCLOSURE-STATED sessions[0].participants[1].person") : List.of());
  }

  @ParameterizedTest(name = "a session {0} is checked: {1}")
  @CsvSource({"CANCELLED, false", "POSTPONED, true", "HELD, true", "MOVED_ONLINE, true"})
  void cancelledSessionsAreNotChecked(EventStatus status, boolean reported) {
    Symposium symposium = meeting().addAccreditations(accreditation(CmeFixtures.BOARD).build())
        .addSessions(panel(SessionKind.PLENARY).status(status).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-DISCLOSURE-STATED sessions[0].participants[1].person") : List.of());
  }

  @Test
  void eachParticipationIsReportedAndUnnamedGroupsAndTheSymposiumsOwnParticipantsAreNot() {
    Symposium symposium = meeting().addAccreditations(accreditation(null).build())
        .addParticipants(speaker("mira-osei"))
        .addSessions(
            session("opening", SessionKind.OPENING_CEREMONY, "2025-10-25", "08:30/09:00")
                .addParticipants(Participation.builder().group(UnnamedGroup.builder().count(Count.exactly(3)).build())
                    .role(ParticipantRole.SPEAKER).build()).build(),
            panel(SessionKind.PANEL).addParticipants(speaker("tomas-verlaine")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly(
        "SYM-DISCLOSURE-STATED sessions[1].participants[1].person",
        "SYM-DISCLOSURE-STATED sessions[1].participants[2].person");
  }

  @Test
  void theWarningReadsInEachLanguage() {
    Symposium symposium = meeting().addAccreditations(accreditation(CmeFixtures.BOARD).build())
        .addSessions(panel(SessionKind.PLENARY).build()).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "WARNING SYM-DISCLOSURE-STATED sessions[0].participants[1].person: tomas-verlaine takes part in session"
            + " panel, which is accredited, but the symposium records no disclosure of theirs");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "tomas-verlaine 参加经认证的场次 panel，但会议未记录其利益冲突声明");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "tomas-verlaine 參加經認證的場次 panel，但會議未記錄其利益衝突聲明");
  }
}
