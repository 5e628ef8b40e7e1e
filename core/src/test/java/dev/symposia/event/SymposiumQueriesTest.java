package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The queries of a symposium (lookups by identifier text, roles, institutions by role and country, agreements
 * of an institution, sessions by kind and day, speakers by delivery), each over a small fictional programme in
 * which every answer comes from one place only, so that a query that skips a place is seen to.
 */
class SymposiumQueriesTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 10);
  private static final LocalDate SECOND_DAY = FIRST_DAY.plusDays(1);

  /**
   * A fictional colloquium: Ada chairs the opening (a session role only), Ben speaks to the colloquium as a
   * whole by video (a role of the symposium as a whole only), Cleo only signs an agreement, Dov only receives
   * an award and Eve only unveils it.
   */
  static Symposium colloquium() {
    return Symposium.builder().id("imaginary-colloquium-2031").title("Colloquium on Imaginary Medicine")
        .dates(DateSpan.between(FIRST_DAY, SECOND_DAY))
        .addInstitutions(
            Institution.builder().id("north").name("Northern Institute of Examples").kind(InstitutionKind.UNIVERSITY)
                .country(CountryCode.of("NO")).build(),
            Institution.builder().id("south").name("Southern Academy of Fictions").kind(InstitutionKind.ACADEMY)
                .country(CountryCode.of("ZA")).build(),
            Institution.builder().id("nowhere").name("Institute Without a Country")
                .kind(InstitutionKind.UNIVERSITY).build())
        .addInstitutionRoles(
            InstitutionParticipation.of(LocalId.of("north"), InstitutionRole.HOST),
            InstitutionParticipation.builder().role(InstitutionRole.CO_HOST).group(UnnamedGroup.builder().count(Count.unknown())
                .description("several fictional hospitals").build()).build(),
            InstitutionParticipation.of(LocalId.of("south"), InstitutionRole.CO_HOST))
        .addSpeakers(speaker("ada", "Ada"), speaker("ben", "Ben"), speaker("cleo", "Cleo"), speaker("dov", "Dov"),
            speaker("eve", "Eve"))
        .addParticipants(
            Participation.builder().role(ParticipantRole.ATTENDEE).group(UnnamedGroup.builder().count(Count.unknown())
                .description("students of both institutions").build()).build(),
            Participation.builder().person("ben").role(ParticipantRole.SPEAKER).delivery(Delivery.VIDEO_MESSAGE)
                .build())
        .addSessions(
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).date(PartialDate.of(FIRST_DAY))
                .addParticipants(
                    Participation.builder().role(ParticipantRole.ATTENDEE).delivery(Delivery.VIDEO_MESSAGE)
                        .group(UnnamedGroup.builder().count(Count.unknown()).description("guests abroad").build()).build(),
                    Participation.builder().person("ada").role(ParticipantRole.CHAIR).delivery(Delivery.IN_PERSON)
                        .build())
                .build(),
            Session.builder().id("workshop-1").kind(SessionKind.WORKSHOP).date(PartialDate.of(SECOND_DAY)).build(),
            Session.builder().id("workshop-2").kind(SessionKind.WORKSHOP)
                .date(PartialDate.ofYearMonth(2031, 3)).build(),
            Session.builder().id("signing").kind(SessionKind.SIGNING_CEREMONY).date(PartialDate.of(SECOND_DAY))
                .build())
        .addAgreements(
            CooperationAgreement.builder().id("north-south").addParties(LocalId.of("north"), LocalId.of("south"))
                .addSignatories(Signatory.unnamed(LocalId.of("north")), Signatory.of(LocalId.of("cleo"),
                    LocalId.of("south")))
                .build(),
            CooperationAgreement.builder().id("south-alone").addParties(LocalId.of("south"), LocalId.of("nowhere"))
                .build())
        .addAwards(Award.builder().name("Prize for Imaginary Cures").addRecipients(LocalId.of("dov"))
            .addUnveiledBy(LocalId.of("eve")).build())
        .build();
  }

  private static Speaker speaker(String id, String given) {
    return Speaker.builder().id(id).name(PersonName.givenFirst(given, "Example")).build();
  }

  private static LocalId id(String value) {
    return LocalId.of(value);
  }

  @Test
  void lookupsByTextFindWhatTheLookupsByIdentifierFindAndNothingForTextThatIsNoIdentifier() {
    Symposium symposium = colloquium();
    assertThat(symposium.speaker("ada")).isEqualTo(symposium.speaker(id("ada"))).isPresent();
    assertThat(symposium.institution("south")).isEqualTo(symposium.institution(id("south"))).isPresent();
    assertThat(symposium.session("signing")).isEqualTo(symposium.session(id("signing"))).isPresent();
    for (String notAnIdentifier : new String[] {null, "", "no such id", "-ada", "a".repeat(129)}) {
      assertThat(symposium.speaker(notAnIdentifier)).as(notAnIdentifier).isEmpty();
      assertThat(symposium.institution(notAnIdentifier)).as(notAnIdentifier).isEmpty();
      assertThat(symposium.session(notAnIdentifier)).as(notAnIdentifier).isEmpty();
    }
    assertThat(symposium.speaker("north")).isEmpty();
    assertThat(symposium.institution("ada")).isEmpty();
    assertThat(symposium.session("ada")).isEmpty();
  }

  @Test
  void rolesOfAPersonComeFromEveryPlaceAPersonCanPlayOne() {
    Symposium symposium = colloquium();
    assertThat(symposium.rolesOf(id("ada"))).containsExactly(ParticipantRole.CHAIR);
    assertThat(symposium.rolesOf(id("ben"))).containsExactly(ParticipantRole.SPEAKER);
    assertThat(symposium.rolesOf(id("cleo"))).containsExactly(ParticipantRole.SIGNATORY);
    assertThat(symposium.rolesOf(id("dov"))).containsExactly(ParticipantRole.AWARDEE);
    assertThat(symposium.rolesOf(id("eve"))).containsExactly(ParticipantRole.UNVEILING_GUEST);
    assertThat(symposium.rolesOf(id("north"))).isEmpty();
  }

  @Test
  void rolesOfAPersonAreEachListedOnceInTheOrderFirstMet() {
    Symposium symposium = colloquium().toBuilder()
        .addParticipants(Participation.of(id("dov"), ParticipantRole.MODERATOR))
        .addAwards(Award.builder().name("Prize for Fictional Care").addRecipients(id("dov")).addUnveiledBy(id("dov"))
            .build())
        .build();
    assertThat(symposium.rolesOf(id("dov"))).containsExactly(ParticipantRole.MODERATOR, ParticipantRole.AWARDEE,
        ParticipantRole.UNVEILING_GUEST);
  }

  @Test
  void sessionsOfAPersonAreThoseTheyTakePartIn() {
    Symposium symposium = colloquium();
    assertThat(symposium.sessionsOf(id("ada"))).extracting(Session::id).containsExactly(id("opening"));
    assertThat(symposium.sessionsOf(id("ben"))).isEmpty();
  }

  @Test
  void institutionsWithARoleAreTheNamedOnesInTheOrderOfTheRoles() {
    Symposium symposium = colloquium();
    assertThat(symposium.institutionsWithRole(InstitutionRole.CO_HOST)).extracting(Institution::id)
        .containsExactly(id("south"));
    assertThat(symposium.institutionsWithRole(InstitutionRole.HOST)).extracting(Institution::id)
        .containsExactly(id("north"));
    assertThat(symposium.institutionsWithRole(InstitutionRole.SUPPORTER)).isEmpty();
    assertThat(symposium.institutionsWithRole(null)).isEmpty();
  }

  @Test
  void institutionsInACountryAreThoseBasedThere() {
    Symposium symposium = colloquium();
    assertThat(symposium.institutionsIn(CountryCode.of("ZA"))).extracting(Institution::id)
        .containsExactly(id("south"));
    assertThat(symposium.institutionsIn(CountryCode.of("NO"))).extracting(Institution::id)
        .containsExactly(id("north"));
    assertThat(symposium.institutionsIn(CountryCode.of("FR"))).isEmpty();
    assertThat(symposium.institutionsIn(null)).isEmpty();
  }

  @Test
  void agreementsOfAnInstitutionAreThoseItIsAPartyTo() {
    Symposium symposium = colloquium();
    assertThat(symposium.agreementsOf(id("south"))).extracting(CooperationAgreement::id)
        .containsExactly(id("north-south"), id("south-alone"));
    assertThat(symposium.agreementsOf(id("north"))).extracting(CooperationAgreement::id)
        .containsExactly(id("north-south"));
    assertThat(symposium.agreementsOf(id("ada"))).isEmpty();
  }

  @Test
  void sessionsOfAKindAreInProgrammeOrder() {
    Symposium symposium = colloquium();
    assertThat(symposium.sessionsOfKind(SessionKind.WORKSHOP)).extracting(Session::id)
        .containsExactly(id("workshop-1"), id("workshop-2"));
    assertThat(symposium.sessionsOfKind(SessionKind.OPENING_CEREMONY)).extracting(Session::id)
        .containsExactly(id("opening"));
    assertThat(symposium.sessionsOfKind(SessionKind.PANEL)).isEmpty();
    assertThat(symposium.sessionsOfKind(null)).isEmpty();
  }

  @Test
  void sessionsOnADayLeaveOutThoseDatedOnlyInPart() {
    Symposium symposium = colloquium();
    assertThat(symposium.sessionsOn(FIRST_DAY)).extracting(Session::id).containsExactly(id("opening"));
    assertThat(symposium.sessionsOn(SECOND_DAY)).extracting(Session::id)
        .containsExactly(id("workshop-1"), id("signing"));
    assertThat(symposium.sessionsOn(LocalDate.of(2031, 3, 1))).isEmpty();
    assertThat(symposium.sessionsOn(null)).isEmpty();
  }

  @Test
  void speakersByADeliveryAreThoseOfTheSymposiumAsAWholeThenOfTheSessions() {
    Symposium symposium = colloquium();
    assertThat(symposium.speakersBy(Delivery.VIDEO_MESSAGE)).extracting(Speaker::id).containsExactly(id("ben"));
    assertThat(symposium.speakersBy(Delivery.IN_PERSON)).extracting(Speaker::id).containsExactly(id("ada"));
    assertThat(symposium.speakersBy(Delivery.LIVE_REMOTE)).isEmpty();
    assertThat(symposium.speakersBy(null)).isEmpty();
  }

  @Test
  void toStringCountsTheSessionsInTheRightNumber() {
    Symposium symposium = colloquium();
    assertThat(symposium).hasToString(
        "Symposium[imaginary-colloquium-2031: Colloquium on Imaginary Medicine, 2031-03-10/2031-03-11, 4 sessions]");
    Symposium single = symposium.toBuilder().sessions(symposium.sessions().subList(0, 1)).agreements(
        java.util.List.of()).build();
    assertThat(single.toString()).endsWith(", 1 session]");
  }

  @Test
  void noListIsPartialUnlessTheSymposiumSaysSo() {
    Symposium symposium = colloquium();
    assertThat(symposium.isPartial("topics")).isFalse();
    assertThat(symposium.isPartial("sessions")).isFalse();
    assertThat(symposium.toBuilder().addPartialLists("sessions").build().isPartial("sessions")).isTrue();
  }

  @Test
  void topicsGivenInEnglishAreKeptInOrder() {
    Symposium symposium = colloquium().toBuilder().addTopics("imaginary cures", "fictional care").build();
    assertThat(symposium.topics()).containsExactly(LocalizedText.of("imaginary cures"),
        LocalizedText.of("fictional care"));
    assertThatThrownBy(() -> colloquium().toBuilder().addTopics((String[]) null))
        .isExactlyInstanceOf(InvalidModelException.class).hasMessageStartingWith("Symposium.topics: must not be null");
    assertThatThrownBy(() -> colloquium().toBuilder().addTopics("imaginary cures", null))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void aNullIdentifierFindsNothingEvenWhereTheListsWouldRefuseIt() {
    Symposium colloquium = colloquium();
    // The colloquium has agreements and awards, whose lists are the JDK's immutable ones.
    assertThat(colloquium.agreements()).isNotEmpty();
    assertThat(colloquium.awards()).isNotEmpty();
    assertThat(colloquium.rolesOf(null)).isEmpty();
    assertThat(colloquium.agreementsOf(null)).isEmpty();
  }

  @Test
  void aSessionHasItsOwnAccreditationsAndTheSymposiumsUnlessItIsASatelliteSymposium() {
    Accreditation congress = Accreditation.builder().accreditor("north").build();
    Accreditation workshopOwn = Accreditation.builder().activityId("W-1").build();
    Session workshop = Session.builder().id("workshop").kind(SessionKind.WORKSHOP)
        .addAccreditations(workshopOwn).build();
    Session keynote = Session.builder().id("keynote").kind(SessionKind.KEYNOTE).build();
    Session satellite = Session.builder().id("satellite").kind(SessionKind.SATELLITE_SYMPOSIUM).build();
    Symposium accredited = colloquium().toBuilder().addAccreditations(congress).build();

    assertThat(accredited.accreditationsOf(workshop)).containsExactly(workshopOwn, congress);
    assertThat(accredited.accreditationsOf(keynote)).containsExactly(congress);
    assertThat(accredited.accreditationsOf(satellite)).isEmpty();
    assertThat(colloquium().accreditationsOf(keynote)).isEmpty();
    assertThat(colloquium().accreditationsOf(workshop)).containsExactly(workshopOwn);
    assertThatThrownBy(() -> accredited.accreditationsOf(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.session: is required");
  }
}
