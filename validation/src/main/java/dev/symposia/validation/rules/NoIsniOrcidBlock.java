package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoIsniOrcidBlockValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISNI does not lie in the blocks reserved for ORCID iDs.
 *
 * <p>Rule {@code SYM-ISNI-ORCID-BLOCK}, a warning; applies to Symposium, AgreementRecord, Speaker or
 * Institution. Its severity is set as the payload ({@link dev.symposia.validation.Severity}) where the
 * validation module attaches it.
 *
 * <p>ORCID iDs are ISNIs from blocks that ISNI itself does not assign; an ISNI inside them is almost
 * certainly an ORCID iD entered in the wrong field. Reported at {@code speakers[i].isni} or
 * {@code institutions[i].isni}, or at {@code isni} when a speaker or institution is validated alone.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoIsniOrcidBlockValidator.ForSymposium.class, NoIsniOrcidBlockValidator.ForRecord.class,
    NoIsniOrcidBlockValidator.ForSpeaker.class, NoIsniOrcidBlockValidator.ForInstitution.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoIsniOrcidBlock {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoIsniOrcidBlock.message}";

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
