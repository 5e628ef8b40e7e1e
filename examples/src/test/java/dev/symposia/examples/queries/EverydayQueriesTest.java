package dev.symposia.examples.queries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Delivery;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.examples.events.CqmuBiomedicalSciences2024;
import dev.symposia.examples.events.CscoAnnualMeeting2021;
import dev.symposia.examples.events.Isctm2022;
import dev.symposia.examples.events.ScrtcInauguration;
import dev.symposia.examples.howto.MovedEditions;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The everyday questions users ask of a programme, each one call on the reference events. */
class EverydayQueriesTest {
  private final Symposium isctm = Isctm2022.symposium();
  private final Symposium cqmu = CqmuBiomedicalSciences2024.symposium();
  private final Symposium scrtc = ScrtcInauguration.symposium();
  private final Symposium csco = CscoAnnualMeeting2021.symposium();

  @Test
  void sessionsOfAPersonAreThoseTheyTakePartIn() {
    assertThat(isctm.sessionsOf(LocalId.of("wang-chen"))).extracting(s -> s.id().value())
        .containsExactly("opening", "plenary");
    assertThat(isctm.sessionsOf(LocalId.of("nobody"))).isEmpty();
  }

  @Test
  void rolesOfAPersonCoverSessionsAgreementsAndAwards() {
    assertThat(cqmu.rolesOf(LocalId.of("li-huabing"))).containsExactly(ParticipantRole.SIGNATORY);
    assertThat(csco.rolesOf(LocalId.of("yilong-wu"))).containsExactly(ParticipantRole.AWARDEE);
    assertThat(csco.rolesOf(LocalId.of("jia-fan"))).containsExactly(ParticipantRole.UNVEILING_GUEST);
    assertThat(isctm.rolesOf(LocalId.of("wang-chen"))).containsExactly(ParticipantRole.SPEAKER);
  }

  @Test
  void institutionsByRoleAndByCountry() {
    assertThat(isctm.institutionsWithRole(InstitutionRole.CO_HOST)).extracting(Institution::id)
        .containsExactly(LocalId.of("cae"), LocalId.of("cams"));
    assertThat(cqmu.institutionsIn(CountryCode.of("AU"))).extracting(i -> i.id().value())
        .containsExactly("monash", "sydney");
    assertThat(cqmu.institutionsIn(CountryCode.of("HK"))).extracting(i -> i.id().value()).containsExactly("cuhk");
  }

  @Test
  void agreementsOfAnInstitution() {
    assertThat(scrtc.agreementsOf(LocalId.of("shanghaitech"))).hasSize(6);
    assertThat(scrtc.agreementsOf(LocalId.of("ruijin-hospital"))).hasSize(1);
    assertThat(cqmu.agreementsOf(LocalId.of("nus"))).as("NUS itself is not a party, its school is").isEmpty();
  }

  @Test
  void sessionsByKindAndByDay() {
    assertThat(csco.sessionsOfKind(SessionKind.OPENING_CEREMONY)).extracting(Session::id)
        .containsExactly(LocalId.of("opening"));
    assertThat(isctm.sessionsOn(LocalDate.of(2022, 11, 23))).extracting(s -> s.id().value()).containsExactly("opening");
    assertThat(scrtc.sessionsOn(LocalDate.of(2024, 4, 29))).as("a date without a year is on no particular day").isEmpty();
  }

  @Test
  void whoSpokeByVideo() {
    assertThat(csco.speakersBy(Delivery.VIDEO_MESSAGE)).extracting(Speaker::displayName)
        .containsExactly("Prof. Everett Vokes", "Prof. Solange Peters", "Prof. Martin Murphy");
    assertThat(isctm.speakersBy(Delivery.VIDEO_MESSAGE)).extracting(s -> s.id().value()).containsExactly("john-gallin");
  }

  @Test
  void lookupsAcceptTheTextOfAnIdentifier() {
    assertThat(isctm.speaker("wang-chen")).isEqualTo(isctm.speaker(LocalId.of("wang-chen")));
    assertThat(isctm.speaker("not an id")).isEmpty();
    assertThat(isctm.institution("cae")).isPresent();
    assertThat(isctm.session("opening")).isPresent();
  }

  @Test
  void sessionsByStatus() {
    assertThat(MovedEditions.edition2020().sessionsWithStatus(EventStatus.CANCELLED)).extracting(s -> s.id().value())
        .containsExactly("campus-visit");
    assertThat(MovedEditions.edition2020().sessionsWithStatus(EventStatus.HELD)).extracting(s -> s.id().value())
        .containsExactly("panel");
    assertThat(csco.sessionsWithStatus(EventStatus.HELD)).as("no reference event states a session's status").isEmpty();
  }
}
