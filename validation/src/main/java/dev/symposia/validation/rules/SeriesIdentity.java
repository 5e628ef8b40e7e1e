package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.SeriesIdentityValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Editions whose series have nearly the same name share the series' identity.
 *
 * <p>Rule {@code SYM-SERIES-IDENTITY}, a warning; applies to a list of symposia ({@link
 * dev.symposia.validation.Editions}). Its severity is set as the payload ({@link dev.symposia.validation.Severity})
 * where the validation module attaches it.
 *
 * <p>Editions are one series when their series' {@linkplain dev.symposia.event.Series#identity() identities}
 * are equal: the same {@code id}, or, without ids, the same name. Two series whose names nearly match
 * ("CSCO Annual Meeting" and "CSCO annual meeting", "Winter School of the Example Institute" and "Example
 * Institute Winter School") or whose short names are the same but whose identities differ are likely one
 * series recorded twice, or two series that a reader will take for one: give each edition the series' id.
 * Names nearly match when, ignoring case, accents, punctuation, numbers (years, ordinals) and the words
 * "the", "of" and "and", they have the same words, in any order, or differ by at most one character in eight.
 * Each identity whose series nearly matches that of an earlier identity in the list is reported once, at the
 * first symposium that gives it: {@code symposia[i].series}, or {@code [i].series} under a constrained list.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {SeriesIdentityValidator.class, SeriesIdentityValidator.ForList.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SeriesIdentity {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.SeriesIdentity.message}";

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
