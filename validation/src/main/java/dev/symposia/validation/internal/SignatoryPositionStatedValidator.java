package dev.symposia.validation.internal;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.validation.internal.Signatories.Standing;
import dev.symposia.validation.rules.SignatoryPositionStated;

/**
 * Validates {@link SignatoryPositionStated} on a symposium; {@link ForRecord} on an agreement record.
 * Thread-safe.
 */
public final class SignatoryPositionStatedValidator extends RuleValidator<SignatoryPositionStated, Symposium> {
  /** Creates the validator. */
  public SignatoryPositionStatedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Signatories.report(symposium, Standing.NOT_STATED, offences);
  }

  /** Validates {@link SignatoryPositionStated} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<SignatoryPositionStated, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      Signatories.report(record, Standing.NOT_STATED, offences);
    }
  }
}
