package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Symposium;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement records from the shared generator: each is clean, and changed so as to break an agreement rule,
 * gives the same findings standing alone as the same agreement in a symposium, paths aside.
 */
class GeneratedRecordsTest {
  private static final int EXAMPLES = Integer.getInteger("symposia.examples", 150);

  private static Symposium inSymposium(AgreementRecord record) {
    return Symposium.builder().id("host").title("Host").dates(DateSpan.on(PartialDate.ofYear(2024)))
        .addAllInstitutions(record.institutions()).addAllSpeakers(record.speakers())
        .addAgreements(record.agreement()).addAllSources(record.sources()).build();
  }

  private static List<String> standalone(AgreementRecord record) {
    return Finding.all(SymposiaValidation.validate(record)).stream()
        .map(f -> f.severity() + " " + f.code() + " " + f.path().replace("agreement.", "agreements[0].") + ": "
            + f.message())
        .toList();
  }

  private static List<String> inside(AgreementRecord record) {
    return Finding.all(SymposiaValidation.validate(inSymposium(record))).stream().map(Finding::toString).toList();
  }

  @Test
  void everyGeneratedRecordIsCleanStandingAloneAndInASymposium() {
    qt().withExamples(EXAMPLES).forAll(AgreementGenerators.records()).checkAssert(record -> {
      assertThat(Finding.all(SymposiaValidation.validate(record))).as(record.toString()).isEmpty();
      assertThat(Finding.all(SymposiaValidation.validate(inSymposium(record)))).isEmpty();
    });
  }

  @Test
  void aRecordWhoseSignatoriesLoseTheirPositionsGivesTheSameFindingsAsTheSameAgreementInASymposium() {
    qt().withExamples(EXAMPLES).forAll(AgreementGenerators.records()).checkAssert(record -> {
      List<Speaker> speakers = new ArrayList<>();
      record.speakers().forEach(s -> speakers.add(s.toBuilder().positions(List.of()).build()));
      AgreementRecord changed = record.toBuilder().speakers(speakers).build();
      long named = record.agreement().signatories().stream().filter(Signatory::isNamed).count();

      assertThat(standalone(changed)).hasSize((int) named).isEqualTo(inside(changed))
          .allMatch(f -> f.startsWith("WARNING SYM-SIGNATORY-POSITION-STATED agreements[0].signatories["));
    });
  }

  @Test
  void aRecordWhoseRenewalsAreOutOfOrderGivesTheSameFindingAsTheSameAgreementInASymposium() {
    qt().withExamples(EXAMPLES).forAll(AgreementGenerators.records()).checkAssert(record -> {
      CooperationAgreement agreement = record.agreement();
      int year = agreement.signedOn().filter(d -> d.year().isPresent()).map(d -> d.year().getAsInt()).orElse(2000);
      if (year > 9997) {
        return;
      }
      AgreementRecord changed = record.toBuilder().agreement(agreement.toBuilder().renewals(List.of(
          Renewal.builder().renewedOn(PartialDate.ofYear(year + 2)).build(),
          Renewal.builder().renewedOn(PartialDate.ofYear(year + 1)).build())).build()).build();

      assertThat(standalone(changed)).isEqualTo(inside(changed)).containsExactly(
          "ERROR SYM-AGREEMENT-DATE agreements[0].renewals[1].renewedOn: agreement agreement lists a renewal dated "
              + PartialDate.ofYear(year + 1) + " after one dated " + PartialDate.ofYear(year + 2)
              + "; renewals are listed in the order they were made");
    });
  }
}
