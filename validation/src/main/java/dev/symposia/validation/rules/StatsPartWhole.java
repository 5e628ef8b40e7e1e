package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.StatsPartWholeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A statistic of a part does not exceed the stated total of the whole.
 *
 * <p>Rule {@code SYM-STATS-PART-WHOLE}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>A total is a statistic narrowed by nothing: no session kind, mode, country, kind of institution, topic
 * or description (a description is the source's own words "when the measure alone says too little" and may
 * narrow what is counted). Any other statistic of the symposium, and any statistic of a session, is a part:
 * it must not be {@linkplain dev.symposia.quantity.Count#isCertainlyGreaterThan certainly greater} than a
 * total of the same measure of the symposium, nor a part of a session than a total of that session. "61
 * online sessions" against "68 sessions" is fine; "more than 68" against "68" is not; approximate and unknown
 * counts are never reported. A statistic stated as a {@linkplain dev.symposia.event.Statistic#share() share}
 * of another is a part, never a total, and is also compared with the statistic it is a share of, whatever
 * that one measures. Reported at {@code statistics[i]} or {@code sessions[i].statistics[j]}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {StatsPartWholeValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatsPartWhole {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.StatsPartWhole.message}";

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
