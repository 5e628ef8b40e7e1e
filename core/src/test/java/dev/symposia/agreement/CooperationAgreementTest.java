package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.identifier.LocalId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CooperationAgreementTest {
  private static final LocalId CQMU = LocalId.of("cqmu");
  private static final LocalId NUS_MEDICINE = LocalId.of("nus-medicine");
  private static final LocalId NUS = LocalId.of("nus");
  private static final LocalId LI = LocalId.of("li-huabing");
  private static final LocalId CHEN = LocalId.of("chen-zhixiong");

  private static CooperationAgreement.Builder agreement() {
    return CooperationAgreement.builder().id("cqmu-nus-medicine");
  }

  @Test
  void anAgreementBetweenTwoPartiesSignedForEachIsAccepted() {
    CooperationAgreement agreement = agreement().addParties(CQMU, NUS_MEDICINE)
        .addSignatories(Signatory.of(LI, CQMU), Signatory.of(CHEN, NUS_MEDICINE)).build();

    assertThat(agreement.parties()).containsExactly(CQMU, NUS_MEDICINE);
    assertThat(agreement.kind()).isEqualTo(AgreementKind.COOPERATION);
    assertThat(agreement).hasToString("CooperationAgreement[cqmu-nus-medicine: cqmu, nus-medicine]");
  }

  @Test
  void anAgreementWithoutPartiesIsRefused() {
    assertRefused(() -> agreement().build(),
        "CooperationAgreement.parties: must name at least two distinct parties (was \"[]\")");
  }

  @Test
  void anAgreementWithOnePartyIsRefused() {
    assertRefused(() -> agreement().addParties(CQMU).addSignatories(Signatory.of(LI, CQMU)).build(),
        "CooperationAgreement.parties: must name at least two distinct parties (was \"[cqmu]\")");
  }

  @Test
  void aRepeatedPartyIsRefusedAtItsSecondPlace() {
    assertRefused(() -> agreement().addParties(CQMU, NUS_MEDICINE, CQMU).build(),
        "CooperationAgreement.parties[2]: must not repeat a party (was \"cqmu\")");
    assertRefused(() -> agreement().addParties(CQMU, CQMU).build(),
        "CooperationAgreement.parties[1]: must not repeat a party (was \"cqmu\")");
  }

  @Test
  void aSignatoryForAnInstitutionThatIsNotAPartyIsRefused() {
    assertRefused(() -> agreement().addParties(CQMU, NUS_MEDICINE)
            .addSignatories(Signatory.of(LI, CQMU), Signatory.of(CHEN, NUS)).build(),
        "CooperationAgreement.signatories[1].party: must be one of the agreement's parties [cqmu, nus-medicine] (was \"nus\")");
  }

  @Test
  void aRepeatedSignatoryIsRefused() {
    assertRefused(() -> agreement().addParties(CQMU, NUS_MEDICINE)
            .addSignatories(Signatory.of(LI, CQMU), Signatory.of(LI, CQMU)).build(),
        "CooperationAgreement.signatories[1]: must not repeat a signatory (was \"li-huabing for cqmu\")");
  }

  @Test
  void missingAndNullPartsAreRefusedWithTheModelException() {
    assertRefused(() -> CooperationAgreement.builder().addParties(CQMU, NUS).build(),
        "CooperationAgreement.id: is required");
    assertRefused(() -> agreement().addParties(CQMU, null),
        "CooperationAgreement.parties: must not contain null (was null)");
    assertRefused(() -> Signatory.of(null, CQMU), "Signatory.person: must not be null (was null)");
    assertRefused(() -> Signatory.of(LI, null), "Signatory.party: must not be null (was null)");
  }

  @Test
  void keepingOnlyTheFirstPartyOfAnyAgreementIsRefused() {
    qt().withExamples(100).forAll(AgreementGenerators.agreements()).checkAssert(agreement -> {
      LocalId first = agreement.parties().get(0);
      assertRefused(() -> agreement.toBuilder().parties(List.of(first)).signatories(List.of()).build(),
          "CooperationAgreement.parties: must name at least two distinct parties (was \"[" + first + "]\")");
    });
  }

  @Test
  void addingASignatoryForAnOutsiderToAnyAgreementIsRefusedAtItsIndex() {
    // Longer than any identifier the generator makes, so never one of the parties.
    LocalId outsider = LocalId.of("outsider-of-every-generated-agreement");
    qt().withExamples(100).forAll(AgreementGenerators.agreements()).checkAssert(agreement -> {
      CooperationAgreement.Builder changed = agreement.toBuilder().addSignatories(Signatory.of(LI, outsider));
      assertRefused(changed::build, "CooperationAgreement.signatories[" + agreement.signatories().size()
          + "].party: must be one of the agreement's parties " + agreement.parties() + " (was \"" + outsider + "\")");
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
