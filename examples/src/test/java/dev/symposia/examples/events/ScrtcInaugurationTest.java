package dev.symposia.examples.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import java.time.Month;
import org.junit.jupiter.api.Test;

class ScrtcInaugurationTest {
  private final Symposium event = ScrtcInauguration.symposium();

  @Test
  void tookPlaceOn29AprilWithoutAStatedYear() {
    assertThat(event.dates().start().year()).isEmpty();
    assertThat(event.dates().start().month()).hasValue(Month.APRIL);
    assertThat(event.dates().start().day()).hasValue(29);
    assertThat(event.dates().toString()).isEqualTo("--04-29");
  }

  @Test
  void wasAnInaugurationCeremonyInTheYBuilding() {
    Session ceremony = event.sessions().get(0);
    assertThat(ceremony.kind()).isEqualTo(SessionKind.INAUGURATION_CEREMONY);
    assertThat(ceremony.places().get(0).building().orElseThrow().text()).isEqualTo("Y Building");
    assertThat(ceremony.participants()).contains(
        Participation.of(LocalId.of("wu-qing"), ParticipantRole.ATTENDEE),
        Participation.of(LocalId.of("chen-qun"), ParticipantRole.UNVEILING_GUEST),
        Participation.of(LocalId.of("zong-ming"), ParticipantRole.UNVEILING_GUEST));
  }

  @Test
  void wuQingHeldTwoPositions() {
    assertThat(event.speaker(LocalId.of("wu-qing")).orElseThrow().positions()).hasSize(2);
  }

  @Test
  void scrtcIsApprovedBySubordinateToAndRunByThreeDifferentBodies() {
    Institution scrtc = event.institution(LocalId.of("scrtc")).orElseThrow();
    assertThat(scrtc.ties()).containsExactly(
        InstitutionTie.of(TieKind.APPROVED_BY, LocalId.of("shanghai-government")),
        InstitutionTie.of(TieKind.SUBORDINATE_TO, LocalId.of("shanghai-health-commission")),
        InstitutionTie.of(TieKind.RUN_BY, LocalId.of("shanghaitech")));
    assertThat(scrtc.focusAreas()).hasSize(6);
    assertThat(scrtc.description().orElseThrow().text()).contains("tertiary general hospital");
  }

  @Test
  void shanghaiTechSignedSixSeparateAgreementsOneWithEachHospital() {
    assertThat(event.agreements()).hasSize(6).allSatisfy(agreement -> {
      assertThat(agreement.parties()).hasSize(2).first().isEqualTo(LocalId.of("shanghaitech"));
    });
    assertThat(event.agreements().stream().map(CooperationAgreement::parties).map(p -> p.get(1)).distinct()).hasSize(6);
  }

  @Test
  void marksTheFocusAreasPartialAsTheReportEndsThemWithOtherDiseases() {
    assertThat(event.institution("scrtc").orElseThrow().partialLists()).containsExactly("focusAreas");
    assertThat(event.partialLists()).isEmpty();
    // "signed cooperation agreements with ... respectively": all six are named
    assertThat(event.sessions()).allSatisfy(s -> assertThat(s.partialLists()).as(s.id().value()).isEmpty());
  }

  @Test
  void theTimeZoneIsMarkedInferredAndTheDayWithoutAYearIsAsStated() {
    assertThat(event.isInferred("timeZone")).isTrue();
    assertThat(event.isInferred("dates")).isFalse();
    assertThat(event.notes()).hasSize(1);
  }

  @Test
  void theSourceIsTheReportsHeadlineWithNoPublisherOrDate() {
    assertThat(event.sources()).singleElement().satisfies(source -> {
      assertThat(source.title().orElseThrow().text())
          .isEqualTo("Shanghai Clinical Research and Trial Center inaugurated at ShanghaiTech University");
      assertThat(source.publisher()).isEmpty();
      assertThat(source.published()).isEmpty();
    });
  }
}
