package dev.symposia.validation.internal;

import dev.symposia.identifier.RorId;
import dev.symposia.validation.constraints.RorIdFormat;

/** Validates {@link RorIdFormat}: exactly what {@link RorId#isValid(String)} accepts. Thread-safe. */
public final class RorIdFormatValidator extends FormatValidator<RorIdFormat> {
  /** Creates the validator. */
  public RorIdFormatValidator() {
    super(RorId::isValid);
  }
}
