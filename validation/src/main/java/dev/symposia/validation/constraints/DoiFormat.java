package dev.symposia.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.DoiFormatValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a DOI, exactly as core's {@link dev.symposia.identifier.Doi#isValid(String)} accepts it.
 *
 * <pre>{@code
 * class Poster { @DoiFormat String doi; }   // "10.5555/12345678" or "https://doi.org/10.5555/12345678"
 * }</pre>
 *
 * <p>Applies to any {@link CharSequence}; null is valid (combine with {@code @NotNull} to require a
 * value). Rule {@code SYM-DOI-FORMAT}; without a {@link dev.symposia.validation.Severity} payload a violation
 * counts as an error.
 *
 * <p>Only the syntax is checked, as core's {@link dev.symposia.identifier.Doi} checks it (the prefix
 * {@code 10.} and a registrant code, a {@code /}, a suffix of visible characters; the {@code doi:} form and the
 * {@code doi.org} resolver URLs are accepted): nothing asks a registration agency whether the DOI exists.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = DoiFormatValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DoiFormat.List.class)
public @interface DoiFormat {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.constraints.DoiFormat.message}";

  /**
   * Returns the groups the constraint belongs to.
   *
   * @return the groups; none by default
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, where a severity may go.
   *
   * @return the payload; none by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link DoiFormat} constraints on the same element, in different groups. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints; never null
     */
    DoiFormat[] value();
  }
}
