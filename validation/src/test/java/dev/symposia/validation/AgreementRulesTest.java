package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementRulesTest {
  private static Symposium signing(String person, String party, Position... positions) {
    return symposium()
        .addSpeakers(Speaker.builder().id(person).name(PersonName.familyFirst("Zhao", "Yi"))
            .addPositions(positions).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("cqmu"), of("nus"))
            .addSignatories(Signatory.of(of("chen"), of("nus")), Signatory.of(of(person), of(party))).build())
        .build();
  }

  @Test
  void aSignatoryWithACurrentPositionAtThePartyOrOneOfItsUnitsIsFine() {
    assertThat(SymposiaValidation.validate(signing("zhao", "cqmu", Position.of("President", of("cqmu")))))
        .isEmpty();
    assertThat(SymposiaValidation.validate(signing("zhao", "cqmu", Position.at(of("hospital"))))).isEmpty();
  }

  @Test
  void aSignatoryWithoutSuchAPositionIsReported() {
    String expected = "SYM-SIGNATORY-POSITION agreements[0].signatories[1]";
    assertThat(Fixtures.codesAndPaths(signing("zhao", "cqmu"))).containsExactly(expected);
    assertThat(Fixtures.codesAndPaths(signing("zhao", "cqmu", Position.of("Professor", of("nus")))))
        .containsExactly(expected);
    assertThat(Fixtures.codesAndPaths(signing("zhao", "cqmu", Position.builder().title("President")
        .institution(of("cqmu")).status(PositionStatus.FORMER).build()))).containsExactly(expected);
    assertThat(Fixtures.codesAndPaths(signing("zhao", "cqmu", Position.builder().title("President").build())))
        .containsExactly(expected);
  }

  @Test
  void aPositionAtTheParentDoesNotCoverSigningForAUnit() {
    Symposium symposium = symposium()
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("hospital"), of("nus"))
            .addSignatories(Signatory.of(of("wang"), of("hospital"))).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-SIGNATORY-POSITION agreements[0].signatories[0]: wang signed agreement agreement for hospital "
            + "without a current position at hospital or one of its units");
  }

  @Test
  void aCycleOfParentsDoesNotStopTheSearch() {
    Symposium symposium = symposium()
        .addInstitutions(
            Institution.builder().id("x").name("X").kind(InstitutionKind.OTHER).parent(of("y")).build(),
            Institution.builder().id("y").name("Y").kind(InstitutionKind.OTHER).parent(of("x")).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("x"), of("cqmu"))
            .addSignatories(Signatory.of(of("chen"), of("x"))).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly(
        "SYM-SIGNATORY-POSITION agreements[0].signatories[0]", "SYM-INSTITUTION-CYCLE institutions[3].parent");
  }

  @ParameterizedTest(name = "signed on {0} at a session on {1}: reported {2}")
  @CsvSource({
    "2022-11-23, 2022-11-23, false",
    "2022-11-24, 2022-11-23, true",
    "2022-11,    2022-11-23, false",
    "--11-23,    2022-11-23, false",
    "--11-24,    2022-11-23, true",
    "2022-11-23, ,           false",
    "2022-11-25, ,           true",
    "2022,       ,           false",
    "2021,       ,           true",
  })
  void anAgreementSignedAtASessionIsDatedDuringIt(String signedOn, String sessionDate, boolean reported) {
    Symposium symposium = symposium()
        .addSessions(session("signing", sessionDate, null).kind(SessionKind.SIGNING_CEREMONY).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("cqmu"), of("nus"))
            .signedOn(PartialDate.parse(signedOn)).signedAt(of("signing")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-AGREEMENT-DATE agreements[0].signedOn") : List.of());
  }

  @Test
  void anAgreementNotSignedAtASessionMayBeDatedAnyDay() {
    Symposium symposium = symposium()
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("cqmu"), of("nus"))
            .signedOn(PartialDate.parse("2019-01-01")).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void theMessageSaysWhenTheSessionWasHeld() {
    Symposium symposium = symposium()
        .addSessions(session("signing", "2022-11-23", null).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("cqmu"), of("nus"))
            .signedOn(PartialDate.parse("2022-11-24")).signedAt(of("signing")).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message).containsExactly(
        "agreement agreement is dated 2022-11-24, but session signing, where it was signed, was held on 2022-11-23");
  }
}
