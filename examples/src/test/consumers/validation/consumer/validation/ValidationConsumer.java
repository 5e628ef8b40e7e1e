package consumer.validation;

import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import dev.symposia.validation.Editions;
import dev.symposia.validation.Finding;
import dev.symposia.validation.Rule;
import dev.symposia.validation.Severity;
import dev.symposia.validation.SymposiaValidation;
import dev.symposia.validation.constraints.CountryCodeFormat;
import dev.symposia.validation.constraints.OrcidFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Validates with the module's validators and teaches an application's own validator the rules. */
public final class ValidationConsumer {
  /** An application's own form, with the module's constraints on its text fields. */
  public record Registration(@OrcidFormat(assignedRangeOnly = true) String orcid, @CountryCodeFormat String country) {}

  private ValidationConsumer() {}

  public static List<Finding> findings() {
    Symposium symposium = Symposium.builder().id("isctm-2022").title("International Symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24")).build();
    Set<ConstraintViolation<Symposium>> violations = SymposiaValidation.validate(symposium);
    for (ConstraintViolation<Symposium> violation : violations) {
      Optional<Rule> rule = Rule.of(violation);
      if (SymposiaValidation.severity(violation) == Severity.ERROR && rule.isPresent()) {
        return Finding.all(violations);
      }
    }
    Set<ConstraintViolation<Editions>> series = SymposiaValidation.validateSeries(List.of(symposium));
    return Finding.all(series);
  }

  public static Set<ConstraintViolation<Registration>> ownValidator() {
    Validator validator = SymposiaValidation.configure(Validation.byDefaultProvider().configure())
        .buildValidatorFactory().getValidator();
    return validator.validate(new Registration("0000-0002-1825-0097", "CN"));
  }

  public static Validator traditionalChinese() {
    return SymposiaValidation.validator(Locale.forLanguageTag("zh-TW"));
  }
}
