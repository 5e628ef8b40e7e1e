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
import java.util.List;
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
    assertThat(liu.name().orElseThrow().order()).isEqualTo(NameOrder.FAMILY_FIRST);
    assertThat(liu.name().orElseThrow().familyName()).hasValue("Liu");
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
  void twoUnnamedKeynoteSpeakersAreEachKnownByADescriptionAndTheirUniversity() {
    Session keynotes = event.session(LocalId.of("keynotes")).orElseThrow();
    assertThat(keynotes.participants()).hasSize(2).allSatisfy(p -> {
      assertThat(p.group()).isEmpty();
      assertThat(p.role()).isEqualTo(ParticipantRole.KEYNOTE_SPEAKER);
    });
    List<Speaker> experts = keynotes.participants().stream()
        .map(p -> event.speaker(p.person().orElseThrow()).orElseThrow()).toList();
    assertThat(experts).allSatisfy(expert -> assertThat(expert.name()).isEmpty());
    assertThat(experts).extracting(Speaker::displayName).containsExactly(
        "an expert from the National University of Singapore", "an expert from the University of Manchester");
    assertThat(experts).extracting(e -> e.positions().get(0).institution().orElseThrow().value())
        .containsExactly("nus", "manchester");
  }

  @Test
  void theStatedPurposeIsTheDescription() {
    assertThat(event.description().orElseThrow().text()).startsWith("To share the latest achievements")
        .endsWith("innovation in the biomedical industry");
    assertThat(event.participants()).isEmpty();
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
  void marksExactlyTheListsTheReportGivesOnlyInPartAndSaysSeveralUniversities() {
    // "experts from several world-renowned universities including ...", "professional fields such as ..."
    assertThat(event.partialLists()).containsExactly("institutionRoles", "topics");
    assertThat(event.sessions()).allSatisfy(s -> assertThat(s.partialLists()).as(s.id().value()).isEmpty());
    assertThat(event.statistics()).singleElement().satisfies(universities -> {
      assertThat(universities.count()).isEqualTo(dev.symposia.quantity.Count.several());
      assertThat(universities.institutionKinds())
          .containsExactly(dev.symposia.institution.InstitutionKind.UNIVERSITY);
    });
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

  @Test
  void theKeynoteExpertsPositionsAtTheirUniversitiesAreMarkedInferredAndTheirDescriptionsAreNot() {
    // "two experts from the National University of Singapore and the University of Manchester": "from" a
    // university, read as an untitled current position there.
    for (String expert : List.of("nus-keynote-expert", "manchester-keynote-expert")) {
      Speaker speaker = event.speaker(LocalId.of(expert)).orElseThrow();
      assertThat(speaker.isInferred("positions[0]")).as(expert).isTrue();
      assertThat(speaker.positions().get(0).title()).as(expert).isEmpty();
      assertThat(speaker.isInferred("description")).as(expert).isFalse();
      int index = event.speakers().indexOf(speaker);
      assertThat(event.isInferred("speakers[" + index + "].positions[0]")).as(expert).isTrue();
    }
  }

  @Test
  void theSourceIsTheReportsHeadlineWithNoPublisherOrDate() {
    assertThat(event.sources()).singleElement().satisfies(source -> {
      assertThat(source.title().orElseThrow().text()).startsWith("Chongqing Medical University held 2024 International");
      assertThat(source.publisher()).isEmpty();
      assertThat(source.published()).isEmpty();
    });
  }
}
