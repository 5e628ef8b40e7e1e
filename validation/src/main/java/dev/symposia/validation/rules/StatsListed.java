package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.StatsListedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The record does not list more than a statistic says there were.
 *
 * <p>Rule {@code SYM-STATS-LISTED}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Compared: {@link dev.symposia.event.Measure#SESSIONS} of the symposium against the sessions listed,
 * and of a session against the sessions directly part of it; {@link dev.symposia.event.Measure#SPEAKERS}
 * against the distinct persons listed as speakers or keynote speakers; and
 * {@link dev.symposia.event.Measure#PARTICIPANTS} against the distinct persons listed in any role. A session
 * kind narrows what is listed; an attendance mode narrows sessions by their stated mode; a statistic
 * narrowed by country, kind of institution or topic, described in the source's own words, or stated as a
 * share of another statistic, counts something the listing cannot be filtered by and is not compared. The listed number is a lower bound, so
 * only a statistic that is certainly smaller (exact and lower) is reported, at {@code statistics[i]} or
 * {@code sessions[i].statistics[j]}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {StatsListedValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatsListed {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.StatsListed.message}";

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
