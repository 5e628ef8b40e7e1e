package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
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
  void aRepeatIsFoundAtItsIndexInShortAndLongListsAlike() {
    for (int size : new int[] {2, 8, 9, 40}) {
      List<LocalId> parties = new java.util.ArrayList<>();
      List<Signatory> signatories = new java.util.ArrayList<>();
      for (int i = 0; i < size; i++) {
        parties.add(LocalId.of("party-" + i));
        signatories.add(Signatory.of(LocalId.of("person-" + i), parties.get(i)));
      }
      CooperationAgreement agreement = agreement().parties(parties).signatories(signatories).build();
      assertThat(agreement.parties()).hasSize(size);

      assertRefused(() -> agreement.toBuilder().addParties(parties.get(size - 1)).build(),
          "CooperationAgreement.parties[" + size + "]: must not repeat a party (was \"party-" + (size - 1) + "\")");
      assertRefused(() -> agreement.toBuilder().addSignatories(signatories.get(0)).build(),
          "CooperationAgreement.signatories[" + size + "]: must not repeat a signatory (was \"person-0 for party-0\")");
      assertRefused(() -> agreement.toBuilder().addSignatories(Signatory.of(LI, NUS), signatories.get(0)).build(),
          "CooperationAgreement.signatories[" + size + "].party: must be one of the agreement's parties " + parties
              + " (was \"nus\")");
    }
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

  @Test
  void severalSignatoriesMaySignForOneParty() {
    LocalId provost = LocalId.of("provost");
    CooperationAgreement agreement = agreement().addParties(CQMU, NUS_MEDICINE)
        .addSignatories(Signatory.of(LI, CQMU), Signatory.of(provost, CQMU)).build();

    assertThat(agreement.signatories()).extracting(Signatory::party).containsExactly(CQMU, CQMU);
  }

  @Test
  void aPartyMaySignThroughSomeoneUnnamedAndTwoUnnamedSignatoriesAreTwo() {
    Signatory representative = Signatory.unnamed(NUS_MEDICINE, LocalizedText.of("a representative"));
    CooperationAgreement agreement = agreement().addParties(CQMU, NUS_MEDICINE)
        .addSignatories(Signatory.of(LI, CQMU), representative, representative).build();

    assertThat(agreement.signatories()).hasSize(3);
    assertThat(agreement.signatories().get(1).person()).isEmpty();
  }

  @Test
  void aPartyWithNoSignatoryIsOneWhoseSigningTheSourceDoesNotDescribe() {
    CooperationAgreement agreement = agreement().addParties(CQMU, NUS_MEDICINE)
        .addSignatories(Signatory.of(LI, CQMU)).build();

    assertThat(agreement.signatories()).noneMatch(s -> s.party().equals(NUS_MEDICINE));
  }

  @Test
  void anAgreementStatesItsTermAndItsRenewalsInOrder() {
    CooperationAgreement agreement = agreement().addParties(CQMU, NUS_MEDICINE).signedOn(PartialDate.of(2021, 5, 10))
        .term(Term.of(Period.ofYears(3)))
        .addRenewals(Renewal.of(PartialDate.ofYearMonth(2024, 5), Period.ofYears(5)),
            Renewal.builder().renewedOn(PartialDate.ofYear(2029)).term(Term.openEnded()).build())
        .build();

    assertThat(agreement.term().flatMap(Term::length)).contains(Period.ofYears(3));
    assertThat(agreement.renewals()).extracting(Renewal::renewedOn)
        .containsExactly(Optional.of(PartialDate.ofYearMonth(2024, 5)), Optional.of(PartialDate.ofYear(2029)));
  }

  @Test
  void aTermEndingCertainlyBeforeTheSigningIsRefused() {
    assertRefused(() -> agreement().addParties(CQMU, NUS_MEDICINE).signedOn(PartialDate.of(2021, 5, 10))
            .term(Term.until(PartialDate.ofYear(2020))).build(),
        "CooperationAgreement.term.endsOn: must not be before signedOn 2021-05-10 (was \"2020\")");
    // Without a date of signing, or with one that may be the same day, nothing is refused.
    assertThat(agreement().addParties(CQMU, NUS_MEDICINE).term(Term.until(PartialDate.ofYear(2020))).build()
        .term()).isPresent();
    assertThat(agreement().addParties(CQMU, NUS_MEDICINE).signedOn(PartialDate.ofYear(2021))
        .term(Term.until(PartialDate.of(2021, 1, 1))).build().term()).isPresent();
  }

  @Test
  void aRenewalCertainlyBeforeTheSigningIsRefusedAtItsIndex() {
    assertRefused(() -> agreement().addParties(CQMU, NUS_MEDICINE).signedOn(PartialDate.ofYearMonth(2021, 5))
            .addRenewals(Renewal.builder().renewedOn(PartialDate.ofYear(2024)).build(),
                Renewal.builder().renewedOn(PartialDate.of(2021, 4, 30)).build()).build(),
        "CooperationAgreement.renewals[1].renewedOn: must not be before signedOn 2021-05 (was \"2021-04-30\")");
  }

  @Test
  void inEveryGeneratedAgreementTheTermAndRenewalsFollowTheSigning() {
    qt().withExamples(200).forAll(AgreementGenerators.agreements()).checkAssert(agreement -> {
      if (agreement.signedOn().isPresent()) {
        PartialDate signing = agreement.signedOn().get();
        assertThat(agreement.term().flatMap(Term::endsOn).filter(end -> end.isCertainlyBefore(signing))).isEmpty();
        assertThat(agreement.renewals()).noneMatch(r -> r.renewedOn().filter(d -> d.isCertainlyBefore(signing))
            .isPresent());
      }
    });
  }

  @Test
  void movingTheSigningOfAnyAgreementAfterItsTermEndsIsRefused() {
    qt().withExamples(200).forAll(AgreementGenerators.agreements(), TimeGenerators.completeDates())
        .checkAssert((agreement, day) -> {
          int year = Math.min(day.year().getAsInt(), 9998);
          PartialDate end = PartialDate.ofYear(year);
          PartialDate after = PartialDate.ofYear(year + 1);
          CooperationAgreement.Builder changed = agreement.toBuilder().renewals(List.of()).signedOn(Optional.empty())
              .term(Term.builder().from(agreement.term().orElse(Term.until(end))).untilTerminated(false)
                  .endsOn(end).build());
          assertThat(changed.build().term().flatMap(Term::endsOn)).contains(end);
          assertRefused(() -> changed.signedOn(after).build(),
              "CooperationAgreement.term.endsOn: must not be before signedOn " + after + " (was \"" + end + "\")");
        });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
