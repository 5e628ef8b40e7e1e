package dev.symposia.examples.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.Note;
import dev.symposia.event.Delivery;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.quantity.Count;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Isctm2022Test {
  private final Symposium isctm = Isctm2022.symposium();

  @Test
  void isTheEighthEditionOfASeriesHeldInShanghaiSince2010() {
    assertThat(isctm.edition()).hasValue(8);
    assertThat(isctm.series()).hasValueSatisfying(series -> {
      assertThat(series.shortName()).hasValue("ISCTM");
      assertThat(series.firstYear()).hasValue(Year.of(2010));
      assertThat(series.editionsHeld()).hasValue(Count.exactly(8));
      assertThat(series.usualPlace().flatMap(p -> p.city()).map(c -> c.text())).hasValue("Shanghai");
    });
  }

  @Test
  void ranFromThe22ndToThe24thOfNovember2022InShanghaiTime() {
    assertThat(isctm.dates().start().toLocalDate()).hasValue(LocalDate.of(2022, 11, 22));
    assertThat(isctm.dates().end().toLocalDate()).hasValue(LocalDate.of(2022, 11, 24));
    assertThat(isctm.dates().lengthInDays()).hasValue(3);
    assertThat(isctm.timeZone()).hasValue(ZoneId.of("Asia/Shanghai"));
    assertThat(isctm.places()).singleElement().satisfies(place -> {
      assertThat(place.country().map(Object::toString)).hasValue("CN");
      assertThat(place.city().map(c -> c.text())).hasValue("Shanghai");
    });
  }

  @Test
  void hasTwoCoHostsAndThreeOrganisers() {
    assertThat(institutionsIn(InstitutionRole.CO_HOST)).containsExactly("cae", "cams");
    assertThat(institutionsIn(InstitutionRole.ORGANISER))
        .containsExactly("cae-medicine-health", "shanghai-academicians-centre", "shanghai-strategy-institute");
  }

  @Test
  void theMedicineAndHealthDivisionIsAUnitOfCae() {
    assertThat(isctm.institution(LocalId.of("cae-medicine-health")).flatMap(i -> i.parent()))
        .hasValue(LocalId.of("cae"));
  }

  @Test
  void openingCeremonyWasOnTheAfternoonOf23NovemberPresidedOverByYangShengli() {
    Session opening = session("opening");
    assertThat(opening.kind()).isEqualTo(SessionKind.OPENING_CEREMONY);
    assertThat(opening.date()).hasValue(PartialDate.of(2022, 11, 23));
    assertThat(opening.time().flatMap(t -> t.partOfDay())).hasValue(PartOfDay.AFTERNOON);
    assertThat(participation(opening, "yang-shengli").role()).isEqualTo(ParticipantRole.CHAIR);
    assertThat(participation(opening, "wang-chen").contribution().map(c -> c.text())).hasValue("Welcome speech");
  }

  @Test
  void johnGallinSpokeByVideoAsFormerDirectorOfTheNihClinicalCenter() {
    Participation gallin = participation(session("opening"), "john-gallin");
    assertThat(gallin.delivery()).hasValue(Delivery.VIDEO_MESSAGE);
    Speaker speaker = isctm.speaker(LocalId.of("john-gallin")).orElseThrow();
    assertThat(speaker.name().orElseThrow().displayName()).isEqualTo("John I. Gallin");
    assertThat(speaker.positions()).singleElement().satisfies(position -> {
      assertThat(position.status()).isEqualTo(PositionStatus.FORMER);
      assertThat(position.institution()).hasValue(LocalId.of("nih-clinical-center"));
    });
    assertThat(isctm.institution(LocalId.of("nih-clinical-center")).flatMap(i -> i.country())
        .map(Object::toString)).hasValue("US");
  }

  @Test
  void wangChenIsOneSpeakerInTwoSessions() {
    long appearances = isctm.sessions().stream()
        .filter(s -> s.participants().stream().anyMatch(p -> p.person().equals(java.util.Optional.of(LocalId.of("wang-chen")))))
        .count();
    assertThat(appearances).isEqualTo(2);
    assertThat(isctm.speakers().stream().filter(s -> s.id().value().equals("wang-chen"))).hasSize(1);
  }

  @Test
  void statesTheProgrammeShapeAsCounts() {
    assertThat(isctm.statistics()).extracting(Statistic::measure, s -> s.sessionKind().orElse(null), Statistic::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Measure.SESSIONS, SessionKind.FORUM, Count.exactly(1)),
            org.assertj.core.groups.Tuple.tuple(Measure.PRESENTATIONS, SessionKind.PLENARY, Count.exactly(6)),
            org.assertj.core.groups.Tuple.tuple(Measure.SESSIONS, SessionKind.SUB_FORUM, Count.exactly(6)));
  }

  @Test
  void chronicDiseaseForumHadMoreThan20ExpertsFromOverTenInstitutions() {
    Session forum = session("chronic-diseases-forum");
    assertThat(forum.statistics()).extracting(Statistic::measure, Statistic::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Measure.EXPERTS, Count.moreThan(20)),
        org.assertj.core.groups.Tuple.tuple(Measure.INSTITUTIONS, Count.moreThan(10)));
    assertThat(forum.topics()).hasSize(6);
  }

  @Test
  void reportWasPublishedByCaeOn23December2022() {
    assertThat(isctm.sources()).singleElement().satisfies(source -> {
      assertThat(source.publisher().map(p -> p.text())).hasValue("CAE");
      assertThat(source.published()).hasValue(PartialDate.of(2022, 12, 23));
    });
  }

  private List<String> institutionsIn(InstitutionRole role) {
    return isctm.institutionRoles().stream().filter(r -> r.role() == role)
        .map(InstitutionParticipation::institution).map(i -> i.orElseThrow().value()).collect(Collectors.toList());
  }

  private Session session(String id) {
    return isctm.session(LocalId.of(id)).orElseThrow();
  }

  private static Participation participation(Session session, String person) {
    return session.participants().stream().filter(p -> p.person().equals(java.util.Optional.of(LocalId.of(person))))
        .findFirst().orElseThrow();
  }

  @Test
  void marksExactlyTheListsTheReportGivesOnlyInPart() {
    // "diverse topics such as", "speakers ... included Wang and Peter J. Barnes", "various topics such as"
    assertThat(isctm.partialLists()).containsExactly("topics");
    assertThat(isctm.session("plenary").orElseThrow().partialLists()).containsExactly("participants");
    assertThat(isctm.session("chronic-diseases-forum").orElseThrow().partialLists()).containsExactly("topics");
    assertThat(isctm.session("opening").orElseThrow().partialLists()).isEmpty();
    assertThat(isctm.session("plenary").orElseThrow().description()).as("no editor's note stands in for the mark")
        .isEmpty();
  }

  @Test
  void theEditionTheTimeZoneAndTheRecordingOfTheVideoSpeechAreMarkedInferred() {
    assertThat(isctm.isInferred("edition")).isTrue();
    assertThat(isctm.isInferred("timeZone")).isTrue();
    assertThat(isctm.isInferred("sessions[1].participants[1].delivery")).isTrue();
    assertThat(isctm.session("opening").orElseThrow().isInferred("participants[1].delivery")).isTrue();
    assertThat(isctm.notes()).extracting(Note::path).containsExactly("edition", "timeZone");
    // Stated by the report, so not marked.
    assertThat(isctm.isInferred("dates")).isFalse();
    assertThat(isctm.isInferred("sessions[1].date")).isFalse();
    assertThat(isctm.isInferred("series")).isFalse();
  }

  @Test
  void theForumsExpertsAndTheirInstitutionsAreOneGroupWithTwoFigures() {
    // "more than 20 experts from over ten institutions"
    List<Statistic> figures = session("chronic-diseases-forum").statistics();
    assertThat(figures.get(0).id()).contains(LocalId.of("chronic-diseases-forum-experts"));
    assertThat(figures.get(1).sameGroupAs()).contains(LocalId.of("chronic-diseases-forum-experts"));
    assertThat(figures).noneMatch(figure -> figure.share().isPresent());
  }

  @Test
  void theExpertsFromHomeAndAbroadAreStatedWithoutANumber() {
    // "academicians and experts from both domestic and international institutions held discussions"
    assertThat(isctm.statistics()).filteredOn(s -> s.measure() == Measure.EXPERTS).singleElement()
        .satisfies(s -> assertThat(s.count()).isEqualTo(Count.unknown()))
        .satisfies(s -> assertThat(s.description().orElseThrow().text())
            .isEqualTo("academicians and experts from both domestic and international institutions"));
  }

  @Test
  void theSeriesHasTheRecordsIdentifierAndTheCommitteeNoInventedName() {
    assertThat(isctm.series().orElseThrow().id()).contains(LocalId.of("isctm"));
    assertThat(isctm.series().orElseThrow().identity()).isEqualTo("id:isctm");
    // "director of the symposium's organizing committee": described, not named.
    assertThat(isctm.institution("isctm-2022-organising-committee").orElseThrow())
        .satisfies(committee -> assertThat(committee.name()).isEmpty())
        .satisfies(committee -> assertThat(committee.description().orElseThrow().text())
            .isEqualTo("the symposium's organizing committee"));
  }
}
