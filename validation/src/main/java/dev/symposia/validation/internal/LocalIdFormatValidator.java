package dev.symposia.validation.internal;

import dev.symposia.identifier.LocalId;
import dev.symposia.validation.constraints.LocalIdFormat;

/** Validates {@link LocalIdFormat}: exactly what {@link LocalId#isValid(String)} accepts. Thread-safe. */
public final class LocalIdFormatValidator extends FormatValidator<LocalIdFormat> {
  /** Creates the validator. */
  public LocalIdFormatValidator() {
    super(LocalId::isValid);
  }
}
