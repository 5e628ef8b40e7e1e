package dev.symposia.examples.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.EventRelation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.NameOrder;
import dev.symposia.people.Speaker;
import dev.symposia.quantity.Count;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CqmuBiomedicalSciences2024Test {
  private final Symposium event = CqmuBiomedicalSciences2024.symposium();

  @Test
  void isPartOfALargerConferenceNamedButNotDescribed() {
    assertThat(event.relatedEvents()).singleElement().satisfies(parent -> {
      assertThat(parent.relation()).isEqualTo(EventRelation.PART_OF);
      assertThat(parent.title().orElseThrow().text()).startsWith("2024 International Conference on Cooperation");
      assertThat(parent.dates()).isEmpty();
    });
  }

  @Test
  void washeldInTheAcademicConferenceHallOfCqmu() {
    assertThat(event.dates().isSingleDay()).isTrue();
    assertThat(event.places()).singleElement().satisfies(place -> {
      assertThat(place.room().orElseThrow().text()).isEqualTo("Academic Conference Hall");
      assertThat(place.building().orElseThrow().text()).isEqualTo("Innovation Centre-Chongyi");
      assertThat(place.institution()).hasValue(LocalId.of("cqmu"));
    });
  }

  @Test
  void theAgreementBindsCqmuAndTheYongLooLinSchoolOfMedicineAUnitOfNus() {
    CooperationAgreement agreement = event.agreements().get(0);
    assertThat(agreement.parties()).containsExactly(LocalId.of("cqmu"), LocalId.of("nus-medicine"));
    Institution school = event.institution(LocalId.of("nus-medicine")).orElseThrow();
    assertThat(school.kind()).isEqualTo(InstitutionKind.SCHOOL);
    assertThat(school.parent()).hasValue(LocalId.of("nus"));
    assertThat(school.shortNames()).contains("NUS Medicine");
    assertThat(agreement.signatories()).containsExactly(
        Signatory.of(LocalId.of("li-huabing"), LocalId.of("cqmu")),
        Signatory.of(LocalId.of("chen-zhixiong"), LocalId.of("nus-medicine")));
    assertThat(agreement.signedAt()).hasValue(LocalId.of("signing"));
    assertThat(event.session(LocalId.of("signing")).orElseThrow().kind()).isEqualTo(SessionKind.SIGNING_CEREMONY);
  }

  @Test
  void liuEnmeiIsWrittenFamilyNameFirstInCapitalsAndPresidedOverTheOpening() {
    Speaker liu = event.speaker(LocalId.of("liu-enmei")).orElseThrow();
    assertThat(liu.name().order()).isEqualTo(NameOrder.FAMILY_FIRST);
    assertThat(liu.name().familyName()).hasValue("Liu");
    assertThat(liu.displayName()).isEqualTo("Prof. LIU Enmei");
    assertThat(liu.honorifics()).containsExactly(Honorific.PROFESSOR);
    Session opening = event.session(LocalId.of("opening")).orElseThrow();
    assertThat(opening.participants()).contains(Participation.of(LocalId.of("liu-enmei"), ParticipantRole.CHAIR));
  }

  @Test
  void theAppointmentCeremonyHadYangXianzhouOfTheSecondAffiliatedHospitalAndUnnamedTalent() {
    Session appointment = event.session(LocalId.of("appointment")).orElseThrow();
    assertThat(appointment.kind()).isEqualTo(SessionKind.APPOINTMENT_CEREMONY);
    assertThat(appointment.participants()).anySatisfy(p -> {
      assertThat(p.person()).hasValue(LocalId.of("yang-xianzhou"));
      assertThat(p.role()).isEqualTo(ParticipantRole.SIGNATORY);
    });
    assertThat(appointment.participants()).anySatisfy(p -> {
      assertThat(p.person()).isEmpty();
      assertThat(p.group().orElseThrow().count()).isEqualTo(Count.unknown());
      assertThat(p.role()).isEqualTo(ParticipantRole.APPOINTEE);
    });
    assertThat(event.institution(LocalId.of("cqmu-second-hospital")).orElseThrow().parent())
        .hasValue(LocalId.of("cqmu"));
  }

  @Test
  void twoUnnamedKeynoteSpeakersCameFromNusAndManchester() {
    Session keynotes = event.session(LocalId.of("keynotes")).orElseThrow();
    assertThat(keynotes.participants()).hasSize(2).allSatisfy(p -> {
      assertThat(p.person()).isEmpty();
      assertThat(p.role()).isEqualTo(ParticipantRole.KEYNOTE_SPEAKER);
      assertThat(p.group().orElseThrow().count()).isEqualTo(Count.exactly(1));
    });
    assertThat(keynotes.participants().stream().map(p -> p.group().orElseThrow().institutions().get(0).value()))
        .containsExactly("nus", "manchester");
  }

  @Test
  void expertsCameFromNineUniversitiesIncludingOneInHongKong() {
    var participants = event.institutionRoles().stream().filter(r -> r.role() == InstitutionRole.PARTICIPANT)
        .map(r -> event.institution(r.institution().orElseThrow()).orElseThrow()).collect(Collectors.toList());
    assertThat(participants).hasSize(9);
    assertThat(participants.stream().map(i -> i.country().orElseThrow().value()).distinct())
        .containsExactlyInAnyOrder("GB", "SG", "JP", "US", "FR", "SE", "AU", "HK");
  }

  @Test
  void isHostedByCqmuAndOrganisedByTwoOfItsUnits() {
    assertThat(event.institutionRoles().stream().filter(r -> r.role() == InstitutionRole.HOST)
        .map(r -> r.institution())).containsExactly(Optional.of(LocalId.of("cqmu")));
    assertThat(event.institutionRoles().stream().filter(r -> r.role() == InstitutionRole.ORGANISER)
        .map(r -> event.institution(r.institution().orElseThrow()).orElseThrow().parent()))
        .containsExactly(Optional.of(LocalId.of("cqmu")), Optional.of(LocalId.of("cqmu")));
  }

  @Test
  void statesItsThemeAndEightDiscussionTopics() {
    assertThat(event.theme().orElseThrow().text())
        .isEqualTo("Leading Innovation in Biomedical Sciences, Development with Opening and Integration");
    assertThat(event.topics()).hasSize(8);
  }

  @Test
  void theTimeZoneAndTheDatesOfTheSessionsAndOfTheSigningAreMarkedInferred() {
    assertThat(event.isInferred("timeZone")).isTrue();
    assertThat(event.isInferred("dates")).isFalse();
    for (int i = 0; i < event.sessions().size(); i++) {
      assertThat(event.isInferred("sessions[" + i + "].date")).as(event.sessions().get(i).id().value()).isTrue();
    }
    assertThat(event.agreements().get(0).isInferred("signedOn")).isTrue();
    assertThat(event.isInferred("agreements[0].signedOn")).isTrue();
    assertThat(event.isInferred("agreements[0].parties")).isFalse();
  }
}
