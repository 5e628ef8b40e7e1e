package dev.symposia.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HowToTest {
  @Test
  void theSymposiumBuiltFromScratchIsValid() {
    assertThat(SymposiaValidation.validate(BuildFromScratch.symposium())).isEmpty();
  }

  @Test
  void changingJsonKeepsEverythingButTheChangedFields(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("changed.json");
    ChangeJson.main(new String[] {Path.of("..", "docs", "json", "examples", "isctm-2022.json").toString(), out.toString()});
    SymposiaJson json = SymposiaJson.standard();
    Symposium original = json.readSymposium(Path.of("..", "docs", "json", "examples", "isctm-2022.json"));
    Symposium changed = json.readSymposium(out);
    assertThat(changed.status()).hasValue(EventStatus.RESCHEDULED);
    assertThat(changed.toBuilder().dates(original.dates()).status(original.status()).build()).isEqualTo(original);
  }

  @Test
  void validationReportsTheOverlapAndTheLateSessionAndNothingElse() {
    assertThat(ValidateAndReport.findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("SYM-PERSON-OVERLAP", "SYM-SESSION-DATES");
  }

  @Test
  void aStandaloneAgreementIsACompleteRecordThatValidatesCleanAndIsItsOwnDocument() throws Exception {
    AgreementRecord record = StandaloneAgreement.record();
    CooperationAgreement agreement = record.agreement();

    assertThat(agreement.signedAt()).isEmpty();
    assertThat(agreement.parties()).hasSize(3).allMatch(party -> record.institution(party).isPresent());
    assertThat(agreement.signatories()).filteredOn(s -> s.party().equals(LocalId.of("northmere"))).hasSize(2);
    assertThat(agreement.signatories()).filteredOn(s -> !s.isNamed()).singleElement()
        .satisfies(s -> assertThat(s.title()).isPresent());
    assertThat(record.speakers()).allMatch(s -> s.positions().stream().anyMatch(p -> p.since().isPresent()));
    assertThat(StandaloneAgreement.findings(record)).isEmpty();
    SymposiaJson json = SymposiaJson.standard();
    assertThat(json.read(json.write(record), AgreementRecord.class)).isEqualTo(record);
  }

  @Test
  void theStandaloneAgreementsFlawedVariantsAreAnErrorAndAWarning() {
    assertThat(StandaloneAgreement.findings(StandaloneAgreement.provostLeftBeforeSigning()))
        .extracting(Finding::toString).containsExactly("ERROR SYM-SIGNATORY-POSITION agreement.signatories[1]:"
            + " bea-okafor signed agreement northmere-vale-eastbrook-2021 for northmere, but none of their positions"
            + " at northmere or its units was held when it was signed");
    assertThat(StandaloneAgreement.findings(StandaloneAgreement.presidentWithoutPosition()))
        .extracting(Finding::toString).containsExactly("WARNING SYM-SIGNATORY-POSITION-STATED"
            + " agreement.signatories[0]: ada-quill signed agreement northmere-vale-eastbrook-2021 for northmere,"
            + " but the record states no position of theirs at northmere or its units");
  }

  @Test
  void theStandaloneAgreementProgramPrintsTheRecordAndTheFindings() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      StandaloneAgreement.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(printed).startsWith(SymposiaJson.standard().write(StandaloneAgreement.record()))
        .contains("findings: 0\n").contains("ERROR SYM-SIGNATORY-POSITION agreement.signatories[1]")
        .contains("WARNING SYM-SIGNATORY-POSITION-STATED agreement.signatories[0]");
  }
}
