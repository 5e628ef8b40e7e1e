package dev.symposia.validation.internal;

import dev.symposia.identifier.WikidataId;
import dev.symposia.validation.constraints.WikidataIdFormat;

/** Validates {@link WikidataIdFormat}: exactly what {@link WikidataId#isValid(String)} accepts. Thread-safe. */
public final class WikidataIdFormatValidator extends FormatValidator<WikidataIdFormat> {
  /** Creates the validator. */
  public WikidataIdFormatValidator() {
    super(WikidataId::isValid);
  }
}
