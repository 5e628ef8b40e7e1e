package dev.symposia.validation.internal;

import dev.symposia.identifier.Orcid;
import dev.symposia.validation.constraints.OrcidFormat;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link OrcidFormat}: exactly what {@link Orcid#isValid(String)} accepts and, with
 * {@link OrcidFormat#assignedRangeOnly()}, only iDs {@linkplain Orcid#isInAssignedRange() in the assigned
 * ranges}. Thread-safe once initialised.
 */
public final class OrcidFormatValidator extends FormatValidator<OrcidFormat> {
  private boolean assignedRangeOnly;

  /** Creates the validator. */
  public OrcidFormatValidator() {
    super(Orcid::isValid);
  }

  @Override
  public void initialize(OrcidFormat constraint) {
    assignedRangeOnly = constraint.assignedRangeOnly();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (!super.isValid(value, context)) {
      return false;
    }
    if (value != null && assignedRangeOnly && !Orcid.parse(value.toString()).isInAssignedRange()) {
      // Its own message: the text is an ORCID iD, so "must be an ORCID iD" would mislead.
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(
              "{dev.symposia.validation.constraints.OrcidFormat.unassigned.message}")
          .addConstraintViolation();
      return false;
    }
    return true;
  }
}
