package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.StatsShareValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A statistic stated as a share of another agrees with it: its count is the share of the other's count.
 *
 * <p>Rule {@code SYM-STATS-SHARE}, a warning; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>"30 abstracts, 50% of the 100 submitted" cannot all be right, yet a report may say it, and the record
 * keeps what the report says: so it is a warning. A statistic with a {@linkplain
 * dev.symposia.event.Statistic#share() share} of the statistic its {@code shareOf} names is reported when
 * every number its count can be is outside what the share of every number the whole's count can be allows. A
 * percentage is taken as rounded to its last digit ({@code 33%} is 32.5% to 33.5%), a fraction as exact; "at
 * least" and "more than" shares go up to the whole, and an approximate share, or an approximate or unknown
 * count, bounds nothing, so it is never reported. A part above its whole is {@link StatsPartWhole}'s finding,
 * not this one's. Reported at {@code statistics[i]} or {@code sessions[i].statistics[j]}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {StatsShareValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatsShare {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.StatsShare.message}";

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
