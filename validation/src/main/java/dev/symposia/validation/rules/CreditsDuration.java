package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.CreditsDurationValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A session's own accreditation grants no more credits than the session lasts hours, at one credit an hour.
 *
 * <p>Rule {@code SYM-CREDITS-DURATION}, a warning; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>One credit per hour of education is the rate of the AMA PRA Category 1 Credit and of the EACCME's
 * European CME credits, and national schemes grant no more than that for an hour (many grant less), so a
 * credit line whose amount is more than the session's length in hours is probably wrong: a typing error, or
 * the credits of the whole symposium recorded on one session. Each credit line of each of the session's own
 * {@code accreditations} is checked apart, the kinds being alternatives, not a sum; an amount stated as a
 * maximum is checked like any other. The session's length is {@link dev.symposia.event.Symposium#interval}'s
 * duration when that is known (real instants, so a session across a clock change lasts what it lasted), else
 * the time from its slot's start to its end as clock times read (an end before the start is on the next
 * day). Reported at {@code sessions[i].accreditations[j].credits[k].amount}.
 *
 * <p>Not checked: a session without a start and an end time, credits without an amount, credits of kind
 * {@link dev.symposia.accreditation.CreditKind#OTHER} (their rate is unknown), the symposium's own
 * accreditations (a symposium's length in hours is not in the record), and a day's credits against the
 * EACCME's limit of eight a day.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {CreditsDurationValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CreditsDuration {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.CreditsDuration.message}";

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
