package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Participation;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Orcid;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymposiaValidationTest {
  /** Wang is in sessions[0] and, at an overlapping time, in sessions[3] as the second participant. */
  private static Symposium overlapping() {
    return symposium().addSessions(
        session("opening", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("plenary", "2022-11-22", "10:30/11:00").addParticipants(speaker("wang")).build(),
        session("forum", "2022-11-23", "09:00/10:00").build(),
        session("panel", "2022-11-22", "09:30/10:30").addParticipants(speaker("li"), speaker("wang")).build())
        .build();
  }

  @Test
  void aFindingPointsAtTheOffendingParticipationWithItsCodeSeverityAndMessage() {
    Set<ConstraintViolation<Symposium>> violations = SymposiaValidation.validate(overlapping());

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.getPropertyPath().toString()).isEqualTo("sessions[3].participants[1]");
      assertThat(SymposiaValidation.code(violation)).hasValue("SYM-PERSON-OVERLAP");
      assertThat(SymposiaValidation.severity(violation)).isEqualTo(Severity.ERROR);
      assertThat(violation.getMessage())
          .isEqualTo("wang takes part in session panel and, at the same time, in session opening");
      assertThat(violation.getRootBean()).isNotNull();
    });
  }

  @Test
  void everyFindingIsReportedNotOnlyTheFirst() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-30", null).build(),
        session("b", "2022-12-01", null).build(),
        session("c", "2022-11-23", null).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-SESSION-DATES sessions[0].date", "SYM-SESSION-DATES sessions[1].date");
  }

  @Test
  void theFailFastValidatorReportsExactlyOneFinding() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-30", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("b", "2022-12-01", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("c", "2022-12-01", "09:00/10:00").addParticipants(speaker("wang")).build()).build();

    assertThat(SymposiaValidation.validate(symposium)).hasSize(4);
    assertThat(SymposiaValidation.failFastValidator().validate(symposium)).hasSize(1);
  }

  @Test
  void warningsCarryTheirSeverity() {
    Symposium symposium = symposium().addSpeakers(Speaker.builder().id("made-up")
        .name(PersonName.givenFirst("Josiah", "Carberry")).orcid(Orcid.parse("0000-0000-0000-0001")).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.code()).isEqualTo("SYM-ORCID-RANGE");
      assertThat(finding.path()).isEqualTo("speakers[3].orcid");
      assertThat(finding.toString()).isEqualTo("WARNING SYM-ORCID-RANGE speakers[3].orcid: ORCID iD "
          + "0000-0000-0000-0001 is well formed but outside the ranges ORCID assigns from");
    });
  }

  @Test
  void aSpeakerValidatedAloneReportsAtItsOwnProperty() {
    Speaker speaker = Speaker.builder().id("made-up").name(PersonName.givenFirst("Josiah", "Carberry"))
        .orcid(Orcid.parse("0000-0000-0000-0001")).build();

    assertThat(Finding.all(SymposiaValidation.validator().validate(speaker)))
        .extracting(Finding::path, Finding::code).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "orcid", "SYM-ORCID-RANGE"));
  }

  @Test
  void messagesComeInSimplifiedChinese() {
    Validator chinese = SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE);

    assertThat(chinese.validate(overlapping())).singleElement()
        .extracting(ConstraintViolation::getMessage).asString()
        .isEqualTo("wang 同时参加场次 panel 和场次 opening");
  }

  @Test
  void messagesComeInEnglishWhateverTheDefaultLocale() {
    Validator english = SymposiaValidation.validator(Locale.ENGLISH);

    assertThat(english.validate(overlapping())).singleElement()
        .extracting(ConstraintViolation::getMessage).asString().startsWith("wang takes part in session panel");
  }

  @Test
  void anApplicationsOwnValidatorLearnsTheRulesInOneLine() {
    Validator validator = SymposiaValidation.configure(Validation.byDefaultProvider().configure())
        .buildValidatorFactory().getValidator();

    assertThat(Finding.all(validator.validate(overlapping()))).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("SYM-PERSON-OVERLAP");
      assertThat(finding.path()).isEqualTo("sessions[3].participants[1]");
      assertThat(finding.message()).startsWith("wang takes part in session panel");
    });
  }

  @Test
  void anApplicationsOwnValidatorLearnsTheRulesThroughTheContributorProperty() {
    Validator validator = Validation.byDefaultProvider().configure()
        .addProperty("hibernate.validator.constraint_mapping_contributors",
            SymposiaConstraintMappingContributor.class.getName())
        .buildValidatorFactory().getValidator();

    assertThat(validator.validate(overlapping())).singleElement()
        .satisfies(v -> assertThat(SymposiaValidation.code(v)).hasValue("SYM-PERSON-OVERLAP"));
  }

  /** The shape of Spring Boot's ValidationConfigurationCustomizer, which this module does not depend on. */
  @FunctionalInterface
  interface ConfigurationCustomizer {
    void customize(jakarta.validation.Configuration<?> configuration);
  }

  @Test
  void aSpringBootStyleCustomizerIsOneMethodReference() {
    ConfigurationCustomizer customizer = SymposiaValidation::configure;
    jakarta.validation.Configuration<?> configuration = Validation.byDefaultProvider().configure();
    customizer.customize(configuration);

    assertThat(configuration.buildValidatorFactory().getValidator().validate(overlapping())).hasSize(1);
  }

  @Test
  void configuringAnotherProviderIsRefused() {
    assertThatThrownBy(() -> SymposiaValidation.configure(
        (jakarta.validation.Configuration<?>) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {jakarta.validation.Configuration.class},
            (proxy, method, args) -> null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hibernate Validator");
  }

  @Test
  void aCleanModelHasNoFindings() {
    Symposium symposium = symposium().addSessions(
        session("opening", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build(),
        session("plenary", "2022-11-22", "10:00/11:00")
            .addParticipants(speaker("wang"), Participation.of(dev.symposia.identifier.LocalId.of("li"),
                dev.symposia.event.ParticipantRole.CHAIR)).build())
        .build();

    assertThat(SymposiaValidation.validate(symposium)).isEmpty();
    assertThat(SymposiaValidation.validateSeries(List.of(symposium))).isEmpty();
  }
}
