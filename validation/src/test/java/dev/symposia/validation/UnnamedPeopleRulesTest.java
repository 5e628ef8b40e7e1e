package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Delivery;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import org.junit.jupiter.api.Test;

/**
 * People and institutions known only by a description or an identifier are held to the same rules as named
 * ones, and the messages name them by identifier, never by a name they do not have.
 */
class UnnamedPeopleRulesTest {
  private static Speaker lecturer() {
    return Speaker.builder().id("invited-lecturer").description("an invited lecturer from a partner university")
        .build();
  }

  @Test
  void theSameUnnamedLecturerInTwoSessionsAtOnceOverlaps() {
    Symposium symposium = symposium().addSpeakers(lecturer()).addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("invited-lecturer")).build(),
        session("b", "2022-11-22", "09:30/10:30").addParticipants(speaker("invited-lecturer")).build()).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-PERSON-OVERLAP sessions[1].participants[0]: invited-lecturer takes part in session b and, at"
            + " the same time, in session a");
  }

  @Test
  void theSameUnnamedLecturerInTwoSessionsOneAfterTheOtherIsFine() {
    Symposium symposium = symposium().addSpeakers(lecturer()).addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("invited-lecturer")).build(),
        session("b", "2022-11-22", "10:00/11:00").addParticipants(speaker("invited-lecturer")).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void anUnnamedSignatoryForAnUnnamedInstitutionIsCheckedLikeANamedOne() {
    Symposium.Builder base = symposium()
        .addInstitutions(Institution.builder().id("partner").description("a partner university")
            .kind(InstitutionKind.UNIVERSITY).build());
    Speaker unstated = Speaker.builder().id("orcid-author").orcid(Orcid.parse("0000-0002-1825-0097")).build();
    Speaker stated = unstated.toBuilder().addPositions(Position.of("Dean", of("partner"))).build();
    CooperationAgreement agreement = CooperationAgreement.builder().id("agreement")
        .addParties(of("nmu"), of("partner")).addSignatories(Signatory.of(of("orcid-author"), of("partner")))
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(base.addSpeakers(unstated).addAgreements(agreement).build())))
        .extracting(Finding::toString).containsExactly("WARNING SYM-SIGNATORY-POSITION-STATED"
            + " agreements[0].signatories[0]: orcid-author signed agreement agreement for partner, but the record"
            + " states no position of theirs at partner or its units");
    Symposium.Builder again = symposium()
        .addInstitutions(Institution.builder().id("partner").description("a partner university")
            .kind(InstitutionKind.UNIVERSITY).build());
    assertThat(SymposiaValidation.validate(again.addSpeakers(stated).addAgreements(agreement).build())).isEmpty();
  }

  @Test
  void partsInTheSymposiumAsAWholeAreInNoSessionAndOverlapNothing() {
    Symposium symposium = symposium().addSpeakers(lecturer())
        .addParticipants(Participation.builder().person("invited-lecturer").role(ParticipantRole.SPEAKER)
            .delivery(Delivery.LIVE_REMOTE).joinedFrom(Place.builder().city("Nairobi").build()).build())
        .addSessions(session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("invited-lecturer")).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }
}
