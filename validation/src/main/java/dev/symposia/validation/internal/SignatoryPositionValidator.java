package dev.symposia.validation.internal;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.validation.internal.Signatories.Standing;
import dev.symposia.validation.rules.SignatoryPosition;

/** Validates {@link SignatoryPosition} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class SignatoryPositionValidator extends RuleValidator<SignatoryPosition, Symposium> {
  /** Creates the validator. */
  public SignatoryPositionValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Signatories.report(symposium, Standing.NOT_HELD, offences);
  }

  /** Validates {@link SignatoryPosition} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<SignatoryPosition, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      Signatories.report(record, Standing.NOT_HELD, offences);
    }
  }
}
