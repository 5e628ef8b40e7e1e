package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoIdentifierSharedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No two people or institutions of a symposium, or of an agreement record, share a global identifier.
 *
 * <p>Rule {@code SYM-IDENTIFIER-SHARED}, a warning; applies to Symposium and AgreementRecord.
 * Its severity is set as the payload ({@link dev.symposia.validation.Severity}) where the validation module
 * attaches it.
 *
 * <p>An ORCID iD, ISNI, ROR ID or Wikidata item names one person or one organisation; two entries with
 * the same one are usually the same entity entered twice, or a unit given its parent's identifier.
 * Institutions are read before speakers; every entry after the first with an identifier is reported at its
 * identifier, such as {@code speakers[5].orcid}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoIdentifierSharedValidator.class, NoIdentifierSharedValidator.ForRecord.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoIdentifierShared {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoIdentifierShared.message}";

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
