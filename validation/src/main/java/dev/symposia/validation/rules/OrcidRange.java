package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.OrcidRangeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A speaker's ORCID iD lies in a range that ORCID assigns from.
 *
 * <p>Rule {@code SYM-ORCID-RANGE}, a warning; applies to Symposium, AgreementRecord or Speaker.
 * Its severity is set as the payload ({@link dev.symposia.validation.Severity}) where the validation module
 * attaches it.
 *
 * <p>Core accepts any ORCID iD with a correct check character; one outside
 * {@linkplain dev.symposia.identifier.Orcid#isInAssignedRange() the assigned ranges} was never issued, which
 * usually means a typing error the check character missed, or a made-up example. Reported at
 * {@code speakers[i].orcid}, or at {@code orcid} when a speaker is validated alone.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {OrcidRangeValidator.ForSymposium.class, OrcidRangeValidator.ForRecord.class,
    OrcidRangeValidator.ForSpeaker.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OrcidRange {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.OrcidRange.message}";

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
