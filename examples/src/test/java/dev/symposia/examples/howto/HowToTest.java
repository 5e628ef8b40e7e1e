package dev.symposia.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Symposium;
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
    assertThat(changed.plannedBefore()).containsExactly(
        EarlierPlan.builder().dates(original.dates()).change(EventStatus.RESCHEDULED).build());
    assertThat(changed.toBuilder().dates(original.dates()).status(original.status())
        .plannedBefore(original.plannedBefore()).build()).isEqualTo(original);
  }

  @Test
  void validationReportsTheOverlapAndTheLateSessionAndNothingElse() {
    assertThat(ValidateAndReport.findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("SYM-PERSON-OVERLAP", "SYM-SESSION-DATES");
  }

  @Test
  void anAgreementOutsideAnyEventIsItsOwnDocument() throws Exception {
    CooperationAgreement agreement = AgreementOutsideAnyEvent.agreement();
    assertThat(agreement.signedAt()).isEmpty();
    SymposiaJson json = SymposiaJson.standard();
    assertThat(json.read(json.write(agreement), CooperationAgreement.class)).isEqualTo(agreement);
  }
}
