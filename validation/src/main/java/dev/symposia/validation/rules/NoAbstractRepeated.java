package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoAbstractRepeatedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No two different abstracts of a symposium have the same number.
 *
 * <p>Rule {@code SYM-ABSTRACT-REPEATED}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>An abstract number identifies one abstract in the meeting's programme or abstract book. The abstracts
 * are read in record order: those presented by participants of the symposium as a whole
 * ({@code participants[j].presentedAbstract}), then, session by session, the session's {@code abstracts[j]}
 * and its participants' {@code participants[j].presentedAbstract}. An abstract that has the number of an
 * earlier one but is not equal to it ({@link dev.symposia.presentation.Abstract#equals}) is reported at its
 * {@code number}, such as {@code sessions[i].abstracts[j].number}, and the message names where the earlier
 * one is. The same abstract listed twice, as in a poster session and on its presenter's participation, is
 * fine. Numbers are compared exactly as written, in one pass with a hash map.
 *
 * <p>Not checked: abstracts without a number, two numbers that differ only in case or punctuation
 * ({@code P-117}, {@code p117}), and the same abstract under two numbers.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoAbstractRepeatedValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoAbstractRepeated {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoAbstractRepeated.message}";

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
