package dev.symposia.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.examples.events.CqmuBiomedicalSciences2024;
import dev.symposia.examples.events.CscoAnnualMeeting2021;
import dev.symposia.examples.events.InternationalBiomedicalSymposium2024;
import dev.symposia.examples.events.Isctm2022;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.examples.events.ScrtcInauguration;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five reference events break none of the programme rules: no error and no warning.
 *
 * <p>What the rules see in each, and why it passes, is in {@code docs/validation-rules.md} ("The reference
 * events"). The one case that needed a decision is ISCTM 2022: it states one forum, described as "the
 * high-level international forum", and lists two sessions of kind FORUM; a described statistic counts what
 * its description says, which the listing cannot be filtered by, so the two are not compared.
 */
class ReferenceEventsValidationTest {
  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("ISCTM 2022", Isctm2022.symposium()),
        Arguments.of("CQMU Biomedical Sciences Session 2024", CqmuBiomedicalSciences2024.symposium()),
        Arguments.of("2024 International Biomedical Symposium", InternationalBiomedicalSymposium2024.symposium()),
        Arguments.of("SCRTC inauguration", ScrtcInauguration.symposium()),
        Arguments.of("2021 CSCO Annual Meeting", CscoAnnualMeeting2021.symposium()));
  }

  @ParameterizedTest(name = "{0} validates clean")
  @MethodSource("events")
  void validatesClean(String name, Symposium event) {
    assertThat(Finding.all(SymposiaValidation.validate(event))).isEmpty();
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(event))).isEmpty();
    assertThat(SymposiaValidation.failFastValidator().validate(event)).isEmpty();
  }

  @Test
  void theFiveTogetherBreakNoRuleOfEditions() {
    assertThat(SymposiaValidation.validateSeries(ReferenceEvents.all())).isEmpty();
  }

  @ParameterizedTest(name = "{0}: its speakers and institutions validate clean on their own")
  @MethodSource("events")
  void speakersAndInstitutionsValidateCleanOnTheirOwn(String name, Symposium event) {
    event.speakers().forEach(speaker -> assertThat(SymposiaValidation.validator().validate(speaker)).isEmpty());
    event.institutions().forEach(institution ->
        assertThat(SymposiaValidation.validator().validate(institution)).isEmpty());
    event.sessions().forEach(session -> assertThat(SymposiaValidation.validator().validate(session)).isEmpty());
  }
}
