package dev.symposia.validation.internal;

import dev.symposia.validation.constraints.CountryCode;
import dev.symposia.validation.constraints.Isni;
import dev.symposia.validation.constraints.LocalId;
import dev.symposia.validation.constraints.Orcid;
import dev.symposia.validation.constraints.RorId;
import dev.symposia.validation.constraints.WikidataId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validators of the constraints on text that must be an identifier, each delegating to the
 * {@code isValid} method of the core type, so that the constraint and the type accept exactly the same
 * texts. A null text is valid. All are thread-safe.
 */
public final class IdentifierStringValidators {
  private IdentifierStringValidators() {}

  /** Validates {@link Orcid}. */
  public static final class ForOrcid implements ConstraintValidator<Orcid, CharSequence> {
    private boolean assignedRangeOnly;

    /** Creates the validator. */
    public ForOrcid() {}

    @Override
    public void initialize(Orcid constraint) {
      assignedRangeOnly = constraint.assignedRangeOnly();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      String text = value.toString();
      if (!dev.symposia.identifier.Orcid.isValid(text)) {
        return false;
      }
      if (assignedRangeOnly && !dev.symposia.identifier.Orcid.parse(text).isInAssignedRange()) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{dev.symposia.validation.constraints.Orcid.unassigned.message}")
            .addConstraintViolation();
        return false;
      }
      return true;
    }
  }

  /** Validates {@link RorId}. */
  public static final class ForRorId implements ConstraintValidator<RorId, CharSequence> {
    /** Creates the validator. */
    public ForRorId() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || dev.symposia.identifier.RorId.isValid(value.toString());
    }
  }

  /** Validates {@link Isni}. */
  public static final class ForIsni implements ConstraintValidator<Isni, CharSequence> {
    /** Creates the validator. */
    public ForIsni() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || dev.symposia.identifier.Isni.isValid(value.toString());
    }
  }

  /** Validates {@link WikidataId}. */
  public static final class ForWikidataId implements ConstraintValidator<WikidataId, CharSequence> {
    /** Creates the validator. */
    public ForWikidataId() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || dev.symposia.identifier.WikidataId.isValid(value.toString());
    }
  }

  /** Validates {@link CountryCode}. */
  public static final class ForCountryCode implements ConstraintValidator<CountryCode, CharSequence> {
    /** Creates the validator. */
    public ForCountryCode() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || dev.symposia.place.CountryCode.isValid(value.toString());
    }
  }

  /** Validates {@link LocalId}. */
  public static final class ForLocalId implements ConstraintValidator<LocalId, CharSequence> {
    /** Creates the validator. */
    public ForLocalId() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || dev.symposia.identifier.LocalId.isValid(value.toString());
    }
  }
}
