package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementRulesTest {
  private static Symposium signing(String person, String party, Position... positions) {
    return signing(null, person, party, positions);
  }

  private static Symposium signing(String signedOn, String person, String party, Position... positions) {
    return symposium()
        .addSpeakers(Speaker.builder().id(person).name(PersonName.familyFirst("Zhao", "Yi"))
            .addPositions(positions).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("nmu"), of("esu"))
            .addSignatories(Signatory.of(of("chen"), of("esu")), Signatory.of(of(person), of(party)))
            .signedOn(Optional.ofNullable(signedOn).map(PartialDate::parse)).build())
        .build();
  }

  @Test
  void aSignatoryWithACurrentPositionAtThePartyOrOneOfItsUnitsIsFine() {
    assertThat(SymposiaValidation.validate(signing("zhao", "nmu", Position.of("President", of("nmu")))))
        .isEmpty();
    assertThat(SymposiaValidation.validate(signing("zhao", "nmu", Position.at(of("hospital"))))).isEmpty();
  }

  @Test
  void aSignatoryWhosePositionAtThePartyIsStatedButFormerIsAnError() {
    Symposium symposium = signing("zhao", "nmu", Position.builder().title("President").institution(of("nmu"))
        .status(PositionStatus.FORMER).build(), Position.of("Professor", of("esu")));

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-SIGNATORY-POSITION agreements[0].signatories[1]: zhao signed agreement agreement for nmu, but"
            + " none of their positions at nmu or its units was held when it was signed");
  }

  @Test
  void aSignatoryWithNoStatedPositionAtThePartyIsAWarningOfItsOwn() {
    String expected = "SYM-SIGNATORY-POSITION-STATED agreements[0].signatories[1]";
    assertThat(Fixtures.codesAndPaths(signing("zhao", "nmu"))).containsExactly(expected);
    assertThat(Fixtures.codesAndPaths(signing("zhao", "nmu", Position.of("Professor", of("esu")))))
        .containsExactly(expected);
    assertThat(Fixtures.codesAndPaths(signing("zhao", "nmu", Position.builder().title("President").build())))
        .containsExactly(expected);
    assertThat(Finding.all(SymposiaValidation.validate(signing("zhao", "nmu")))).extracting(Finding::toString)
        .containsExactly("WARNING SYM-SIGNATORY-POSITION-STATED agreements[0].signatories[1]: zhao signed agreement"
            + " agreement for nmu, but the record states no position of theirs at nmu or its units");
  }

  @Test
  void aPositionAtTheParentDoesNotStateAPositionAtAUnit() {
    Symposium symposium = symposium()
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("hospital"), of("esu"))
            .addSignatories(Signatory.of(of("wang"), of("hospital"))).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-SIGNATORY-POSITION-STATED agreements[0].signatories[0]");
  }

  @ParameterizedTest(name = "{0} to {1}, {2}, signed {3}: {4}")
  @CsvSource(nullValues = "-", value = {
    // Held on that day: clean, whatever the status says.
    "2019, 2024-06, CURRENT, 2022-11-23, -",
    "2019, 2024-06, FORMER, 2022-11-23, -",
    "2022-11-23, 2022-11-23, CURRENT, 2022-11-23, -",
    // Ended before or started after the signing: an error, whatever the status says.
    "2019, 2022-10, CURRENT, 2022-11-23, SYM-SIGNATORY-POSITION",
    "2023, -, CURRENT, 2022-11-23, SYM-SIGNATORY-POSITION",
    "2022-11-24, 2026, CURRENT, 2022-11-23, SYM-SIGNATORY-POSITION",
    // A day the dates may include counts as held.
    "2022, 2022, CURRENT, 2022-11-23, -",
    "2022-11-24, 2026, CURRENT, 2022-11, -",
    // Dates that do not decide fall back to the status.
    "2019, -, CURRENT, 2022-11-23, -",
    "2019, -, FORMER, 2022-11-23, SYM-SIGNATORY-POSITION",
    "-, 2026, FORMER, 2022-11-23, SYM-SIGNATORY-POSITION",
    "2019, 2022-10, CURRENT, -, -",
    "2019, 2026, FORMER, -, SYM-SIGNATORY-POSITION",
  })
  void aDatedPositionIsCheckedAgainstTheDayOfSigning(String since, String until, PositionStatus status,
      String signedOn, String reported) {
    Position.Builder position = Position.builder().title("President").institution(of("nmu")).status(status);
    Optional.ofNullable(since).map(PartialDate::parse).ifPresent(position::since);
    Optional.ofNullable(until).map(PartialDate::parse).ifPresent(position::until);

    assertThat(Fixtures.codesAndPaths(signing(signedOn, "zhao", "nmu", position.build())))
        .isEqualTo(reported == null ? List.of() : List.of(reported + " agreements[0].signatories[1]"));
  }

  @Test
  void onePositionHeldAtThePartyOrAUnitIsEnoughWhateverTheOthersSay() {
    Symposium symposium = signing("2022-11-23", "zhao", "nmu",
        Position.builder().title("Dean").institution(of("nmu")).until(PartialDate.ofYear(2020)).build(),
        Position.builder().title("Director").institution(of("hospital")).since(PartialDate.ofYear(2021)).build());

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void unnamedSignatoriesAreNotChecked() {
    Symposium symposium = symposium()
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("nmu"), of("esu"))
            .addSignatories(Signatory.unnamed(of("nmu")), Signatory.unnamed(of("esu"), LocalizedText.of("Provost")))
            .build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @ParameterizedTest(name = "renewed {0}, then {1}, then {2}: reported at {3}")
  @CsvSource(nullValues = "-", value = {
    "2023, 2025, 2027, -",
    "2023, 2023-05, 2023, -",
    "2025, 2023, 2027, 1",
    "2025, -, 2024-12-31, 2",
    "2023, 2027, 2025, 2",
    "--05-01, 2023, 2022, 2",
  })
  void renewalsAreListedInTheOrderTheyWereMade(String first, String second, String third, Integer reported) {
    CooperationAgreement.Builder agreement = CooperationAgreement.builder().id("agreement")
        .addParties(of("nmu"), of("esu")).signedOn(PartialDate.ofYear(2020));
    for (String date : new String[] {first, second, third}) {
      agreement.addRenewals(Renewal.builder().renewedOn(Optional.ofNullable(date).map(PartialDate::parse)).build());
    }
    Symposium symposium = symposium().addAgreements(agreement.build()).build();

    assertThat(Fixtures.codesAndPaths(symposium)).isEqualTo(reported == null ? List.of()
        : List.of("SYM-AGREEMENT-DATE agreements[0].renewals[" + reported + "].renewedOn"));
  }

  @Test
  void aRenewalOutOfOrderHasItsOwnMessage() {
    Symposium symposium = symposium().addAgreements(CooperationAgreement.builder().id("agreement")
        .addParties(of("nmu"), of("esu")).addRenewals(Renewal.builder().renewedOn(PartialDate.ofYear(2025)).build(),
            Renewal.builder().renewedOn(PartialDate.ofYearMonth(2023, 4)).build()).build()).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-AGREEMENT-DATE agreements[0].renewals[1].renewedOn: agreement agreement lists a renewal dated"
            + " 2023-04 after one dated 2025; renewals are listed in the order they were made");
    assertThat(Finding.all(SymposiaValidation.validator(java.util.Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).singleElement().asString().contains("2023-04").contains("2025")
        .matches(".*[\\u4e00-\\u9fff].*");
  }

  @Test
  void aCycleOfParentsDoesNotStopTheSearch() {
    Symposium symposium = symposium()
        .addInstitutions(
            Institution.builder().id("x").name("X").kind(InstitutionKind.OTHER).parent(of("y")).build(),
            Institution.builder().id("y").name("Y").kind(InstitutionKind.OTHER).parent(of("x")).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("x"), of("nmu"))
            .addSignatories(Signatory.of(of("chen"), of("x"))).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly(
        "SYM-SIGNATORY-POSITION-STATED agreements[0].signatories[0]", "SYM-INSTITUTION-CYCLE institutions[3].parent");
    Symposium professorOfX = symposium.toBuilder().speakers(List.of(Speaker.builder().id("chen")
        .name(PersonName.familyFirst("Chen", "Mirabel")).addPositions(Position.builder().title("Professor")
            .institution(of("y")).status(PositionStatus.FORMER).build()).build())).build();
    assertThat(Fixtures.codesAndPaths(professorOfX)).containsExactly(
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
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("nmu"), of("esu"))
            .signedOn(PartialDate.parse(signedOn)).signedAt(of("signing")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-AGREEMENT-DATE agreements[0].signedOn") : List.of());
  }

  @Test
  void anAgreementNotSignedAtASessionMayBeDatedAnyDay() {
    Symposium symposium = symposium()
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("nmu"), of("esu"))
            .signedOn(PartialDate.parse("2019-01-01")).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
  }

  @Test
  void theMessageSaysWhenTheSessionWasHeld() {
    Symposium symposium = symposium()
        .addSessions(session("signing", "2022-11-23", null).build())
        .addAgreements(CooperationAgreement.builder().id("agreement").addParties(of("nmu"), of("esu"))
            .signedOn(PartialDate.parse("2022-11-24")).signedAt(of("signing")).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message).containsExactly(
        "agreement agreement is dated 2022-11-24, but session signing, where it was signed, was held on 2022-11-23");
  }
}
