package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.time.PartialDate;
import dev.symposia.validation.rules.AgreementDate;
import java.util.List;

/** Validates {@link AgreementDate} on a symposium. Thread-safe. */
public final class AgreementDateValidator
    extends RuleValidator<AgreementDate, Symposium> {
  /** Creates the validator. */
  public AgreementDateValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      if (agreement.signedAt().isEmpty() || agreement.signedOn().isEmpty()) {
        continue;
      }
      Session session = symposium.session(agreement.signedAt().get()).orElse(null);
      if (session == null) {
        continue;
      }
      PartialDate signedOn = agreement.signedOn().get();
      boolean outside;
      Object when;
      if (session.date().isPresent()) {
        outside = signedOn.isCertainlyDifferentDayFrom(session.date().get());
        when = session.date().get();
      } else {
        outside = signedOn.isCertainlyOutside(symposium.dates());
        when = symposium.dates();
      }
      if (outside) {
        offences.add(at("agreements", i, "signedOn"), "agreement", agreement.id(), "signedOn", signedOn,
            "session", session.id(), "when", when);
      }
    }
  }
}
