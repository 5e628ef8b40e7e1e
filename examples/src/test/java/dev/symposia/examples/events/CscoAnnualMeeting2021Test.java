package dev.symposia.examples.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.SessionKind;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.Delivery;
import dev.symposia.event.EventRelation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Statistic;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import dev.symposia.time.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CscoAnnualMeeting2021Test {
  private final Symposium csco = CscoAnnualMeeting2021.symposium();

  @Test
  void isThe24thEditionOfAnAnnualSeriesWithTheNextIn2022InXiamen() {
    assertThat(csco.edition()).hasValue(24);
    assertThat(csco.series().orElseThrow().frequency()).hasValue(SeriesFrequency.ANNUAL);
    assertThat(csco.relatedEvents()).singleElement().satisfies(next -> {
      assertThat(next.relation()).isEqualTo(EventRelation.NEXT_EDITION);
      assertThat(next.dates().orElseThrow().start()).isEqualTo(PartialDate.ofYear(2022));
      assertThat(next.places().get(0).city().orElseThrow().text()).isEqualTo("Xiamen");
    });
  }

  @Test
  void lastedFiveDaysOnlineAndOfflineWithItsMainVenueInBeijing() {
    assertThat(csco.dates().lengthInDays()).hasValue(5);
    assertThat(csco.mode()).hasValue(AttendanceMode.HYBRID);
    assertThat(csco.places()).singleElement().satisfies(p -> {
      assertThat(p.isMainVenue()).isTrue();
      assertThat(p.city().orElseThrow().text()).isEqualTo("Beijing");
    });
  }

  @Test
  void hadSixtyEightSessionsOfWhichSixtyOneOnline() {
    assertThat(csco.statistics()).extracting(Statistic::measure, s -> s.mode().orElse(null), Statistic::count).contains(
        org.assertj.core.groups.Tuple.tuple(Measure.SESSIONS, null, Count.exactly(68)),
        org.assertj.core.groups.Tuple.tuple(Measure.SESSIONS, AttendanceMode.ONLINE, Count.exactly(61)),
        org.assertj.core.groups.Tuple.tuple(Measure.SPEAKERS, null, Count.exactly(763)),
        // The report does not say whether its visitors were online or in person, so no mode is recorded.
        org.assertj.core.groups.Tuple.tuple(Measure.VISITORS, null, Count.moreThan(160_000)));
  }

  @Test
  void isCoSponsoredByCscoAndAFoundation() {
    assertThat(csco.institutionRoles()).extracting(r -> r.institution().orElseThrow().value(), r -> r.role())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("csco", InstitutionRole.CO_SPONSOR),
            org.assertj.core.groups.Tuple.tuple("xisike-foundation", InstitutionRole.CO_SPONSOR));
  }

  @Test
  void threeForeignExpertsSentVideoMessagesToTheMeetingAsAWholeInNoSession() {
    assertThat(csco.participants().stream().filter(p -> p.delivery().equals(Optional.of(Delivery.VIDEO_MESSAGE)))
        .map(Participation::person)).containsExactly(Optional.of(LocalId.of("everett-vokes")),
        Optional.of(LocalId.of("solange-peters")), Optional.of(LocalId.of("martin-murphy")));
    assertThat(csco.sessionsOf(LocalId.of("everett-vokes"))).isEmpty();
    Session opening = csco.session(LocalId.of("opening")).orElseThrow();
    assertThat(opening.participants()).extracting(p -> p.person().orElseThrow().value()).containsExactly("jiang-zefei");
  }

  @Test
  void theAwardIsInNoSessionTheReportDoesNotName() {
    assertThat(csco.awards().get(0).session()).isEmpty();
    assertThat(csco.sessionsOfKind(SessionKind.AWARD_CEREMONY)).isEmpty();
    assertThat(csco.rolesOf(LocalId.of("yilong-wu"))).containsExactly(ParticipantRole.AWARDEE);
  }

  @Test
  void theStatedPurposeIsTheDescription() {
    assertThat(csco.description().orElseThrow().text()).startsWith("To uphold the fundamental purpose of CSCO")
        .contains("advocate precision oncology");
  }

  @Test
  void theAchievementAwardWasUnveiledByTwoAcademiciansAndWentToYilongWu() {
    Award award = csco.awards().get(0);
    assertThat(award.unveiledBy()).containsExactly(LocalId.of("jia-fan"), LocalId.of("jinming-yu"));
    assertThat(award.recipients()).containsExactly(LocalId.of("yilong-wu"));
    assertThat(csco.speaker(LocalId.of("yilong-wu")).orElseThrow().positions().get(0).institution())
        .hasValue(LocalId.of("guangdong-provincial-peoples-hospital"));
  }

  @Test
  void hadInnovationSessionsInBeijingAndShanghaiAndACdeSessionOfTheNmpa() {
    assertThat(csco.sessions().stream().filter(s -> s.title().map(t -> t.text()).equals(Optional.of("Innovation session")))
        .map(s -> s.places().get(0).city().orElseThrow().text())).containsExactly("Beijing", "Shanghai");
    assertThat(csco.institution(LocalId.of("cde")).orElseThrow().parent()).hasValue(LocalId.of("nmpa"));
  }

  @Test
  void reportWasPublishedByCscoOn11February2022() {
    assertThat(csco.sources().get(0).published()).hasValue(PartialDate.of(2022, 2, 11));
  }

  @Test
  void marksTheVideoMessagesOfTheMeetingAsAWholePartialAsTheReportSaysSuchAs() {
    // "At the beginning of the meeting, foreign oncology experts such as ... they all delivered a video message":
    // parts in the meeting as a whole, a list the report gives only in part
    assertThat(csco.partialLists()).containsExactly("participants");
    assertThat(csco.sessions()).allSatisfy(s -> assertThat(s.partialLists()).as(s.id().value()).isEmpty());
  }

  @Test
  void theSwappedPresidenciesAreKeptAsReportedAndMarkedSo() {
    assertThat(csco.speaker("everett-vokes").orElseThrow().isAsReported("positions[0]")).isTrue();
    assertThat(csco.speaker("solange-peters").orElseThrow().isAsReported("positions[0]")).isTrue();
    assertThat(csco.speaker("everett-vokes").orElseThrow().positions().get(0).institution())
        .hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("esmo"));
    assertThat(csco.speaker("martin-murphy").orElseThrow().isAsReported("positions[0]")).isFalse();
    assertThat(csco.speaker("everett-vokes").orElseThrow().isInferred("positions[0]")).isFalse();
    // The reason says only that the report's wording is kept: no fact from outside the report.
    assertThat(csco.speaker("everett-vokes").orElseThrow().notesOn("positions[0]")).singleElement()
        .satisfies(note -> assertThat(note.reason().orElseThrow().text())
            .isEqualTo("the report's wording, \"the President of ESMO\", kept as written"));
    assertThat(csco.speaker("solange-peters").orElseThrow().notesOn("positions[0]")).singleElement()
        .satisfies(note -> assertThat(note.reason().orElseThrow().text())
            .isEqualTo("the report's wording, \"the President of ASCO\", kept as written"));
  }

  @Test
  void theTimeZoneAndTheOpeningCeremonysDateAreMarkedInferredAndTheEditionIsStated() {
    assertThat(csco.isInferred("timeZone")).isTrue();
    assertThat(csco.session("opening").orElseThrow().isInferred("date")).isTrue();
    assertThat(csco.isInferred("edition")).isFalse();
    assertThat(csco.isInferred("dates")).isFalse();
  }

  @Test
  void theSessionsTheReportCallsSessionsAreNotReadAsForums() {
    assertThat(csco.sessionsOfKind(SessionKind.SESSION)).extracting(session -> session.id().value())
        .containsExactly("drug-clinical-research-innovation", "innovation-beijing", "innovation-shanghai", "cde-session");
    assertThat(csco.sessionsOfKind(SessionKind.FORUM)).isEmpty();
  }

  @Test
  void theExpertsFromHomeAndAbroadAndTheManyForeignAbstractsAreStatedWithoutANumber() {
    assertThat(csco.statistics()).filteredOn(s -> s.count().equals(Count.unknown()) && s.sessionKind().isEmpty())
        .extracting(Statistic::measure, s -> s.description().orElseThrow().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Measure.EXPERTS, "clinical oncology experts from home and abroad"),
            org.assertj.core.groups.Tuple.tuple(Measure.ABSTRACTS,
                "many excellent foreign abstracts selected as Oral Presentation"));
  }

  @Test
  void theSeriesHasTheRecordsIdentifierSoEditionsSpelledOtherwiseAreOneSeries() {
    assertThat(csco.series().orElseThrow().identity()).isEqualTo("id:csco-annual-meeting");
    assertThat(dev.symposia.event.Series.builder().id("csco-annual-meeting").name("CSCO annual meeting").build()
        .identity()).isEqualTo(csco.series().orElseThrow().identity());
  }
}
