package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.InstitutionCountryValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An institution is in the same country as its parent.
 *
 * <p>Rule {@code SYM-INSTITUTION-COUNTRY}, a warning; applies to Symposium and AgreementRecord.
 * Its severity is set as the payload ({@link dev.symposia.validation.Severity}) where the validation module
 * attaches it.
 *
 * <p>A warning, because branch campuses and overseas units exist; the only way to state such a case is to
 * leave one of the two countries out. Compared only when both countries are stated; reported at
 * {@code institutions[i].country}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {InstitutionCountryValidator.class, InstitutionCountryValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface InstitutionCountry {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.InstitutionCountry.message}";

  /**
   * Returns the groups the constraint belongs to.
   *
   * @return the groups; none by default
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, where the severity goes.
   *
   * @return the payload; none by default, which counts as an error
   */
  Class<? extends Payload>[] payload() default {};
}
