package dev.symposia.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.OrcidFormatValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an ORCID iD, exactly as core's {@link dev.symposia.identifier.Orcid#isValid(String)} accepts it.
 *
 * <pre>{@code
 * class Author { @OrcidFormat String orcid; }   // "0000-0002-1825-0097" or "https://orcid.org/0000-0002-1825-0097"
 * }</pre>
 *
 * <p>Applies to any {@link CharSequence}; null is valid (combine with {@code @NotNull} to require a
 * value). Rule {@code SYM-ORCID-FORMAT}; without a {@link dev.symposia.validation.Severity} payload a violation
 * counts as an error.
 *
 * <p>With {@link #assignedRangeOnly()} the iD must also lie in the ranges ORCID assigns from
 * ({@link dev.symposia.identifier.Orcid#isInAssignedRange()}); such a violation has its own message.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = OrcidFormatValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(OrcidFormat.List.class)
public @interface OrcidFormat {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.constraints.OrcidFormat.message}";

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

  /**
   * Returns whether the iD must also lie in a range ORCID assigns from.
   *
   * @return true to refuse well-formed iDs that ORCID never issued; false by default
   */
  boolean assignedRangeOnly() default false;

  /** Several {@link OrcidFormat} constraints on the same element, in different groups. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints; never null
     */
    OrcidFormat[] value();
  }
}
