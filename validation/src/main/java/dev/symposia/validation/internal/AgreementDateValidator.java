package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.time.PartialDate;
import dev.symposia.validation.rules.AgreementDate;
import java.util.List;
import java.util.Optional;

/** Validates {@link AgreementDate} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class AgreementDateValidator
    extends RuleValidator<AgreementDate, Symposium> {
  /** The message of a renewal listed after one it certainly precedes. */
  static final String RENEWAL_MESSAGE = "{dev.symposia.validation.rules.AgreementDate.renewal.message}";

  /** Creates the validator. */
  public AgreementDateValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      signedAtSession(symposium, agreement, i, offences);
      renewalsInOrder(agreement, new Object[] {"agreements", i, "renewals"}, offences);
    }
  }

  private static void signedAtSession(Symposium symposium, CooperationAgreement agreement, int i,
      Offences offences) {
    if (agreement.signedAt().isEmpty() || agreement.signedOn().isEmpty()) {
      return;
    }
    Session session = symposium.session(agreement.signedAt().get()).orElse(null);
    if (session == null) {
      return;
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

  /**
   * Reports each dated renewal that is certainly before a renewal listed before it, against the first such
   * one. Core refuses a renewal before the signing; the order of the list is what real records get wrong.
   */
  static void renewalsInOrder(CooperationAgreement agreement, Object[] list, Offences offences) {
    List<Renewal> renewals = agreement.renewals();
    for (int k = 1; k < renewals.size(); k++) {
      Optional<PartialDate> date = renewals.get(k).renewedOn();
      if (date.isEmpty()) {
        continue;
      }
      for (int m = 0; m < k; m++) {
        Optional<PartialDate> earlier = renewals.get(m).renewedOn();
        if (earlier.isPresent() && date.get().isCertainlyBefore(earlier.get())) {
          Object[] path = new Object[list.length + 2];
          System.arraycopy(list, 0, path, 0, list.length);
          path[list.length] = k;
          path[list.length + 1] = "renewedOn";
          offences.addWithMessage(RENEWAL_MESSAGE, path, "agreement", agreement.id(), "renewedOn", date.get(),
              "previous", earlier.get());
          break;
        }
      }
    }
  }

  /**
   * Validates {@link AgreementDate} on an agreement record: the renewals' order (a record has no sessions).
   * Thread-safe.
   */
  public static final class ForRecord extends RuleValidator<AgreementDate, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      renewalsInOrder(record.agreement(), new Object[] {"agreement", "renewals"}, offences);
    }
  }
}
