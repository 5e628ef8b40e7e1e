package dev.symposia.validation.internal;

import dev.symposia.identifier.Doi;
import dev.symposia.validation.constraints.DoiFormat;

/** Validates {@link DoiFormat}: exactly what {@link Doi#isValid(String)} accepts. Thread-safe. */
public final class DoiFormatValidator extends FormatValidator<DoiFormat> {
  /** Creates the validator. */
  public DoiFormatValidator() {
    super(Doi::isValid);
  }
}
