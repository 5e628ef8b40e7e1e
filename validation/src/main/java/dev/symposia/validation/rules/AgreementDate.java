package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.AgreementDateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An agreement's dates agree with each other and with the session it was signed at.
 *
 * <p>Rule {@code SYM-AGREEMENT-DATE}, an error; applies to Symposium and AgreementRecord. Its severity is set
 * as the payload ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Two checks:
 * <ul>
 *   <li>For an agreement with both {@link dev.symposia.agreement.CooperationAgreement#signedAt()} and
 *       {@link dev.symposia.agreement.CooperationAgreement#signedOn()}: the date must be able to be the
 *       session's date when the session has one, and otherwise one of the symposium's dates. Reported at
 *       {@code agreements[i].signedOn}. A session dated outside the symposium is {@link SessionDates}'s
 *       finding, not this one's. A record has no sessions.</li>
 *   <li>Renewals are listed in the order they were made: a renewal dated certainly before one listed before
 *       it is reported, once, at {@code agreements[i].renewals[k].renewedOn} (in a record,
 *       {@code agreement.renewals[k].renewedOn}), with the message key
 *       {@code dev.symposia.validation.rules.AgreementDate.renewal.message}. Core refuses a renewal or an end
 *       of term certainly before the signing.</li>
 * </ul>
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {AgreementDateValidator.class, AgreementDateValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AgreementDate {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.AgreementDate.message}";

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
