package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Series;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Orcid;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The groups {@link Errors} and {@link Warnings}: an application's validator refuses errors by default and
 * reports warnings only when asked, and every selection of groups finds exactly its share of what
 * {@link SymposiaValidation#validate(Symposium)} finds.
 */
class SeverityGroupsTest {
  private static final List<String> ERRORS = List.of("ERROR SYM-PERSON-OVERLAP sessions[1].participants[0]");
  private static final List<String> WARNINGS = List.of("WARNING SYM-ORCID-RANGE speakers[3].orcid");
  private static final List<String> BOTH = List.of(ERRORS.get(0), WARNINGS.get(0));

  /** One error (wang in two sessions at once) and one warning (an ORCID iD outside the assigned ranges). */
  private static Symposium anErrorAndAWarning() {
    return symposium()
        .addSpeakers(Speaker.builder().id("carberry").name(PersonName.givenFirst("Josiah", "Carberry"))
            .orcid(Orcid.parse("0000-0000-0000-0001")).build())
        .addSessions(session("a", "2022-11-22", "09:00/10:00").addParticipants(speaker("wang")).build(),
            session("b", "2022-11-22", "09:30/10:30").addParticipants(speaker("wang")).build())
        .build();
  }

  private static Validator configured() {
    return SymposiaValidation.configure(Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())).buildValidatorFactory().getValidator();
  }

  private static Validator throughTheContributor() {
    return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .addProperty("hibernate.validator.constraint_mapping_contributors",
            SymposiaConstraintMappingContributor.class.getName())
        .buildValidatorFactory().getValidator();
  }

  private static List<String> found(Validator validator, Class<?>... groups) {
    return Finding.all(validator.validate(anErrorAndAWarning(), groups)).stream()
        .map(f -> f.severity() + " " + f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void theModelHasOneErrorAndOneWarning() {
    assertThat(Finding.all(SymposiaValidation.validate(anErrorAndAWarning())).stream()
        .map(f -> f.severity() + " " + f.code() + " " + f.path())).containsExactlyElementsOf(BOTH);
  }

  @Test
  void anApplicationsValidatorReportsErrorsOnlyByDefault() {
    for (Validator validator : List.of(configured(), throughTheContributor())) {
      assertThat(found(validator)).isEqualTo(ERRORS);
      assertThat(found(validator, Default.class)).isEqualTo(ERRORS);
    }
  }

  @Test
  void eachGroupSelectsItsSeverity() {
    for (Validator validator : List.of(configured(), throughTheContributor(), SymposiaValidation.validator())) {
      assertThat(found(validator, Errors.class)).isEqualTo(ERRORS);
      assertThat(found(validator, Warnings.class)).isEqualTo(WARNINGS);
    }
  }

  @Test
  void askingForBothGroupsFindsWhatSymposiaValidationFindsEachOnce() {
    for (Validator validator : List.of(configured(), throughTheContributor(), SymposiaValidation.validator())) {
      assertThat(found(validator, Errors.class, Warnings.class)).isEqualTo(BOTH);
      assertThat(found(validator, Default.class, Warnings.class)).isEqualTo(BOTH);
      assertThat(found(validator, Default.class, Errors.class, Warnings.class)).isEqualTo(BOTH);
    }
  }

  @Test
  void theModulesOwnValidatorReportsWarningsByDefault() {
    assertThat(found(SymposiaValidation.validator())).isEqualTo(BOTH);
    assertThat(found(SymposiaValidation.validator(), Default.class)).isEqualTo(BOTH);
  }

  @Test
  void theRulesOfASeriesAreErrors() {
    Series series = Series.builder().name("CSCO Annual Meeting").firstYear(Year.of(1998)).build();
    Editions editions = Editions.of(List.of(
        Symposium.builder().id("e1").title("CSCO").dates(DateSpan.parse("1999")).series(series).edition(2).build(),
        Symposium.builder().id("e2").title("CSCO").dates(DateSpan.parse("2000")).series(series).edition(2).build()));
    Validator validator = configured();

    assertThat(validator.validate(editions)).isNotEmpty();
    assertThat(validator.validate(editions, Errors.class)).hasSameSizeAs(validator.validate(editions));
    assertThat(validator.validate(editions, Warnings.class)).isEmpty();
  }
}
