package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.SignatoryPositionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A named signatory whose positions at the party they signed for are stated held one of them when signing.
 *
 * <p>Rule {@code SYM-SIGNATORY-POSITION}, an error; applies to Symposium and AgreementRecord. Its severity is
 * set as the payload ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>The positions that count are those at the party itself or at an institution whose chain of parents
 * leads to it. When the record states at least one, one of them must have been held on the day the agreement
 * was signed, as {@link dev.symposia.people.Position#isHeldOn(dev.symposia.time.PartialDate)} tells: by its
 * {@code since} and {@code until} where they decide (a position that ended before the signing, or began after
 * it, was not held), and otherwise by its status (a {@code FORMER} position was not held; an undated
 * agreement is judged by status alone). A signatory with no such position at all is not this rule's finding
 * but {@link SignatoryPositionStated}'s, a warning; unnamed signatories are not checked. Reported at
 * {@code agreements[i].signatories[j]}, or {@code agreement.signatories[j]} in a record.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {SignatoryPositionValidator.class, SignatoryPositionValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SignatoryPosition {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.SignatoryPosition.message}";

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
