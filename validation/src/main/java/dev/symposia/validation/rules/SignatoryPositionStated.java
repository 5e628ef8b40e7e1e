package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.SignatoryPositionStatedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The record states a position of each named signatory at the party they signed for.
 *
 * <p>Rule {@code SYM-SIGNATORY-POSITION-STATED}, a warning; applies to Symposium and AgreementRecord. Its
 * severity is set as the payload ({@link dev.symposia.validation.Severity}) where the validation module
 * attaches it.
 *
 * <p>A signatory none of whose positions is at the party or one of its units (they have no positions, only
 * positions without an institution, or only positions elsewhere) leaves the record unable to say in what
 * capacity they signed: the record is incomplete, not wrong, so this is a warning. When such positions are
 * stated but none was held on the day of signing, {@link SignatoryPosition} reports an error instead.
 * Unnamed signatories are not checked. Reported at {@code agreements[i].signatories[j]}, or
 * {@code agreement.signatories[j]} in a record.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {SignatoryPositionStatedValidator.class, SignatoryPositionStatedValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SignatoryPositionStated {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.SignatoryPositionStated.message}";

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
