package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoInstitutionCycleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No institution is, through other institutions, a unit of itself.
 *
 * <p>Rule {@code SYM-INSTITUTION-CYCLE}, an error; applies to Symposium and AgreementRecord.
 * Its severity is set as the payload ({@link dev.symposia.validation.Severity}) where the validation module
 * attaches it.
 *
 * <p>Reported once per cycle of {@link dev.symposia.institution.Institution#parent()}, at
 * {@code institutions[i].parent} of the cycle's first institution. Core refuses an institution that is its
 * own parent directly.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoInstitutionCycleValidator.class, NoInstitutionCycleValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoInstitutionCycle {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoInstitutionCycle.message}";

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
