package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoPersonOverlapValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Nobody takes part in two sessions that overlap in time.
 *
 * <p>Rule {@code SYM-PERSON-OVERLAP}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Reported at {@code sessions[i].participants[k]}, the person's first participation in the later of
 * the two sessions (by start), once per session however many others it overlaps. Only sessions with a
 * date stating the day and a time slot can overlap. Clock times are compared as real instants when the
 * symposium states its time zone ({@link dev.symposia.event.Symposium#interval}), as local date and time
 * otherwise; a session past midnight meets the next morning's. Clock slots are half-open, so back-to-back
 * sessions do not overlap; a start time without an end is the instant the session starts; a part of the
 * day overlaps the same part of the same day and no clock slot. A session does not conflict
 * with a session it is part of. A cancelled or postponed session holds nobody: its date and time are when
 * it was to take place. Participations delivered as a recorded video message do not hold the person, and
 * unnamed groups are not persons. The sweep sorts once and runs in O(n log n).
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoPersonOverlapValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoPersonOverlap {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoPersonOverlap.message}";

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
