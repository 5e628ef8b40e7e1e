package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.SessionDatesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every session with a date lies within the symposium's dates.
 *
 * <p>Rule {@code SYM-SESSION-DATES}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Reported at {@code sessions[i].date} for a session whose date is certainly outside
 * {@link dev.symposia.event.Symposium#dates()}. Dates and times of a record are local to the symposium's time
 * zone, so the comparison is between calendar days of that zone. Partial dates are reported only when no
 * reading of them fits: {@code --04-30} is outside a symposium on {@code --04-29} and outside
 * {@code 2022-04-28/2022-04-29} (in any year), while {@code 2022-11} is not outside
 * {@code 2022-11-22/2022-11-24}. A range whose ends have no year bounds nothing. A cancelled or postponed
 * session keeps the date it was to be held on, which may belong to an earlier plan of the symposium
 * ({@link dev.symposia.event.Symposium#plannedBefore()}): it is reported only when its date is certainly
 * outside those plans' dates too.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {SessionDatesValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SessionDates {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.SessionDates.message}";

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
