package dev.symposia.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * A validator that collects every element a rule finds at fault and reports one violation for each.
 *
 * <p>A null value is valid, as for every Jakarta constraint. Subclasses hold no state between calls and
 * are thread-safe.
 *
 * @param <A> the constraint annotation
 * @param <T> the validated type
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {
  /** Creates the validator. */
  protected RuleValidator() {}

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Offences offences = new Offences();
    check(value, offences);
    return offences.report(context);
  }

  /**
   * Checks a value and records what is wrong with it.
   *
   * @param value the value; not null
   * @param offences where to record each element at fault
   */
  protected abstract void check(T value, Offences offences);
}
