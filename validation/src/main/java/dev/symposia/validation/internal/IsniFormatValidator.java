package dev.symposia.validation.internal;

import dev.symposia.identifier.Isni;
import dev.symposia.validation.constraints.IsniFormat;

/** Validates {@link IsniFormat}: exactly what {@link Isni#isValid(String)} accepts. Thread-safe. */
public final class IsniFormatValidator extends FormatValidator<IsniFormat> {
  /** Creates the validator. */
  public IsniFormatValidator() {
    super(Isni::isValid);
  }
}
