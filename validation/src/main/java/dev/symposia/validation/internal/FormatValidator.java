package dev.symposia.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Predicate;

/**
 * A validator of a constraint on text that must be in a core type's format, such as
 * {@link dev.symposia.validation.constraints.RorIdFormat}: it delegates to the {@code isValid} method of the
 * core type, so that the constraint and the type accept exactly the same texts.
 *
 * <p>A null text is valid, as for every Jakarta constraint. Subclasses hold no state that changes after
 * {@code initialize} and are thread-safe.
 *
 * @param <A> the constraint annotation
 */
public abstract class FormatValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
  private final Predicate<String> format;

  /**
   * Creates the validator.
   *
   * @param format the core type's {@code isValid}; not null
   */
  protected FormatValidator(Predicate<String> format) {
    this.format = format;
  }

  /**
   * Tells whether the text is null or in the core type's format.
   *
   * @param value the text; may be null
   * @param context the context of the validation, unused here
   * @return true if {@code value} is null or the core type accepts it
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || format.test(value.toString());
  }
}
