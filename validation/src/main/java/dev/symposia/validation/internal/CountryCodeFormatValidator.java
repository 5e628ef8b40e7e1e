package dev.symposia.validation.internal;

import dev.symposia.place.CountryCode;
import dev.symposia.validation.constraints.CountryCodeFormat;

/** Validates {@link CountryCodeFormat}: exactly what {@link CountryCode#isValid(String)} accepts. Thread-safe. */
public final class CountryCodeFormatValidator extends FormatValidator<CountryCodeFormat> {
  /** Creates the validator. */
  public CountryCodeFormatValidator() {
    super(CountryCode::isValid);
  }
}
