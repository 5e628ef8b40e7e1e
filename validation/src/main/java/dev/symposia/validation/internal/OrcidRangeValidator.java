package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.OrcidRange;
import java.util.List;

/** Validators of {@link OrcidRange}. */
public final class OrcidRangeValidator {
  private OrcidRangeValidator() {}

  private static void check(List<Speaker> speakers, Offences offences) {
    for (int i = 0; i < speakers.size(); i++) {
      Speaker speaker = speakers.get(i);
      if (speaker.orcid().isPresent() && Identifiers.isUnassigned(speaker.orcid().get())) {
        offences.add(at("speakers", i, "orcid"), "orcid", speaker.orcid().get().value());
      }
    }
  }

  /** Validates {@link OrcidRange} on every speaker of a symposium. Thread-safe. */
  public static final class ForSymposium extends RuleValidator<OrcidRange, Symposium> {
    /** Creates the validator. */
    public ForSymposium() {}

    @Override
    protected void check(Symposium symposium, Offences offences) {
      OrcidRangeValidator.check(symposium.speakers(), offences);
    }
  }

  /** Validates {@link OrcidRange} on every speaker of an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<OrcidRange, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      OrcidRangeValidator.check(record.speakers(), offences);
    }
  }

  /** Validates {@link OrcidRange} on a speaker. Thread-safe. */
  public static final class ForSpeaker extends RuleValidator<OrcidRange, Speaker> {
    /** Creates the validator. */
    public ForSpeaker() {}

    @Override
    protected void check(Speaker speaker, Offences offences) {
      if (speaker.orcid().isPresent() && Identifiers.isUnassigned(speaker.orcid().get())) {
        offences.add(at("orcid"), "orcid", speaker.orcid().get().value());
      }
    }
  }
}
