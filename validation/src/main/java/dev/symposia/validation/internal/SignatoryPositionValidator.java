package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Symposium;
import dev.symposia.validation.internal.Signatories.Standing;
import dev.symposia.validation.rules.SignatoryPosition;
import java.util.List;

/** Validates {@link SignatoryPosition} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class SignatoryPositionValidator extends RuleValidator<SignatoryPosition, Symposium> {
  /** Creates the validator. */
  public SignatoryPositionValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<CooperationAgreement> agreements = symposium.agreements();
    if (agreements.isEmpty()) {
      return;
    }
    new Signatories(symposium.institutions(), symposium::speaker).visit(agreements, (i, j, person, standing) -> {
      if (standing == Standing.NOT_HELD) {
        CooperationAgreement agreement = agreements.get(i);
        offences.add(at("agreements", i, "signatories", j), "person", person, "party",
            agreement.signatories().get(j).party(), "agreement", agreement.id());
      }
    });
  }

  /** Validates {@link SignatoryPosition} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<SignatoryPosition, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      CooperationAgreement agreement = record.agreement();
      new Signatories(record.institutions(), record::speaker).visit(List.of(agreement), (i, j, person, standing) -> {
        if (standing == Standing.NOT_HELD) {
          offences.add(at("agreement", "signatories", j), "person", person, "party",
              agreement.signatories().get(j).party(), "agreement", agreement.id());
        }
      });
    }
  }
}
