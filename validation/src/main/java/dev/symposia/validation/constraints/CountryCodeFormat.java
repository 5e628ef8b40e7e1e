package dev.symposia.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.CountryCodeFormatValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an assigned ISO 3166-1 alpha-2 country code, exactly as core's {@link dev.symposia.place.CountryCode#isValid(String)} accepts it.
 *
 * <pre>{@code
 * class Author { @CountryCodeFormat String country; }   // "CN", not "cn", "UK" or "XK"
 * }</pre>
 *
 * <p>Applies to any {@link CharSequence}; null is valid (combine with {@code @NotNull} to require a
 * value). Rule {@code SYM-COUNTRY-CODE-FORMAT}; without a {@link dev.symposia.validation.Severity} payload a violation
 * counts as an error.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = CountryCodeFormatValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CountryCodeFormat.List.class)
public @interface CountryCodeFormat {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.constraints.CountryCodeFormat.message}";

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

  /** Several {@link CountryCodeFormat} constraints on the same element, in different groups. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints; never null
     */
    CountryCodeFormat[] value();
  }
}
