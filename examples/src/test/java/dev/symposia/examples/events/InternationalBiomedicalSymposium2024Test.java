package dev.symposia.examples.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.EventRelation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InternationalBiomedicalSymposium2024Test {
  private final Symposium event = InternationalBiomedicalSymposium2024.symposium();

  @Test
  void isTwoEventsHeldTogetherUnderOneTitle() {
    assertThat(event.relatedEvents()).hasSize(2).allSatisfy(e -> assertThat(e.relation()).isEqualTo(EventRelation.COMPONENT));
    assertThat(event.title().text()).contains(event.relatedEvents().get(0).title().orElseThrow().text())
        .contains(event.relatedEvents().get(1).title().orElseThrow().text());
  }

  @Test
  void wasHeldOn12September2024InFengxianDistrictShanghai() {
    assertThat(event.dates().start().toLocalDate()).hasValue(LocalDate.of(2024, 9, 12));
    assertThat(event.dates().isSingleDay()).isTrue();
    assertThat(event.places().get(0).district().orElseThrow().text()).isEqualTo("Fengxian District");
    assertThat(event.places().get(0).city().orElseThrow().text()).isEqualTo("Shanghai");
  }

  @Test
  void hadOver200ExpertsFromMoreThan20Countries() {
    assertThat(event.statistics()).extracting(Statistic::measure, Statistic::count).contains(
        org.assertj.core.groups.Tuple.tuple(Measure.EXPERTS, Count.moreThan(200)),
        org.assertj.core.groups.Tuple.tuple(Measure.COUNTRIES, Count.moreThan(20)),
        org.assertj.core.groups.Tuple.tuple(Measure.SESSIONS, Count.exactly(16)));
  }

  @Test
  void isCoHostedByThePromotionCenterAndSeveralUnnamedGovernmentDepartments() {
    assertThat(event.institutionRoles()).hasSize(2).allSatisfy(r -> assertThat(r.role()).isEqualTo(InstitutionRole.CO_HOST));
    assertThat(event.institutionRoles().get(0).institution()).hasValue(LocalId.of("sbtipc"));
    assertThat(event.institutionRoles().get(1).group()).hasValueSatisfying(group -> {
      assertThat(group.kind()).hasValue(InstitutionKind.GOVERNMENT_BODY);
      assertThat(group.count().isExact()).isFalse();
    });
  }

  @Test
  void theRoadshowHad20ProjectsNineFromFiveCountriesAbroad() {
    Session roadshow = event.session(LocalId.of("roadshow")).orElseThrow();
    assertThat(roadshow.kind()).isEqualTo(SessionKind.ROADSHOW);
    assertThat(roadshow.statistics()).extracting(Statistic::count).containsExactly(Count.exactly(20), Count.exactly(9));
    assertThat(roadshow.statistics().get(1).countries()).extracting(CountryCode::value)
        .containsExactly("DE", "US", "NL", "RU", "FI");
    assertThat(roadshow.statistics().get(0).institutionKinds()).hasSize(4);
    assertThat(roadshow.topics()).hasSize(5);
  }

  @Test
  void hadADialogueAndASpeakerFromMdAnderson() {
    assertThat(event.sessions()).extracting(Session::kind).contains(SessionKind.DIALOGUE, SessionKind.PARALLEL);
    assertThat(event.speaker(LocalId.of("adel-el-naggar")).orElseThrow().positions().get(0).institution())
        .hasValue(LocalId.of("md-anderson"));
  }

  @Test
  void marksExactlyTheListsTheReportGivesOnlyInPartAndSaysSeveralDepartments() {
    assertThat(event.partialLists()).isEmpty();
    // "cutting-edge topics such as", "cutting-edge fields like"
    assertThat(event.session("parallel-sessions").orElseThrow().partialLists()).containsExactly("topics");
    assertThat(event.session("roadshow").orElseThrow().partialLists()).containsExactly("topics");
    // "nine of these projects represented countries such as Germany, ..."; the kinds of the 20 are all named
    assertThat(event.session("roadshow").orElseThrow().statistics())
        .extracting(dev.symposia.event.Statistic::partialLists)
        .containsExactly(java.util.List.of(), java.util.List.of("countries"));
    // "several local government departments"
    assertThat(event.institutionRoles().get(1).group().orElseThrow().count())
        .isEqualTo(dev.symposia.quantity.Count.several());
  }

  @Test
  void elNaggarsRemarksAreOnTheSymposiumAsAWholeAndNoSessionIsInventedForThem() {
    LocalId elNaggar = LocalId.of("adel-el-naggar");
    assertThat(event.sessionsOf(elNaggar)).isEmpty();
    assertThat(event.sessions()).extracting(s -> s.id().value()).doesNotContain("remarks");
    assertThat(event.participants()).singleElement().satisfies(p -> {
      assertThat(p.person()).hasValue(elNaggar);
      assertThat(p.contribution().orElseThrow().text()).contains("global platform");
    });
    assertThat(event.rolesOf(elNaggar)).containsExactly(ParticipantRole.SPEAKER);
  }

  @Test
  void theStatedObjectiveIsTheDescription() {
    assertThat(event.description().orElseThrow().text()).startsWith("To foster collaboration")
        .endsWith("exploring multilateral industrial cooperation");
  }

  @Test
  void theYearTakenFromTheTitleAndTheTimeZoneAreMarkedInferred() {
    assertThat(event.isInferred("dates")).isTrue();
    assertThat(event.notesOn("dates")).singleElement()
        .satisfies(note -> assertThat(note.reason().orElseThrow().text()).contains("taken from the title"));
    assertThat(event.isInferred("timeZone")).isTrue();
    assertThat(event.isInferred("theme")).isFalse();
  }

  @Test
  void theExpertsAndTheirCountriesAreOneGroupWithTwoFigures() {
    // "over 200 biomedical experts and pharmaceutical leaders from more than 20 countries"
    assertThat(event.statistics().get(0).id()).contains(dev.symposia.identifier.LocalId.of("experts"));
    assertThat(event.statistics().get(1).measure()).isEqualTo(Measure.COUNTRIES);
    assertThat(event.statistics().get(1).sameGroupAs()).contains(dev.symposia.identifier.LocalId.of("experts"));
  }

  @Test
  void theNineProjectsAreAShareOfTheTwentyAndTheFractionIsMarkedInferred() {
    // "nine of these projects represented countries such as ..."
    Session roadshow = event.session("roadshow").orElseThrow();
    assertThat(roadshow.statistics().get(0).id()).contains(dev.symposia.identifier.LocalId.of("roadshow-projects"));
    assertThat(roadshow.statistics().get(1).share()).contains(dev.symposia.quantity.Share.parse("9/20"));
    assertThat(roadshow.statistics().get(1).shareOf()).contains(dev.symposia.identifier.LocalId.of("roadshow-projects"));
    assertThat(roadshow.isInferred("statistics[1].share")).isTrue();
    assertThat(roadshow.isInferred("statistics[1].count")).isFalse();
    assertThat(event.isInferred("sessions[2].statistics[1].share")).isTrue();
  }
}
