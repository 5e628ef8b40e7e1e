package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.NoIsniOrcidBlock;
import java.util.List;
import java.util.Optional;

/** Validators of {@link NoIsniOrcidBlock}. */
public final class NoIsniOrcidBlockValidator {
  private NoIsniOrcidBlockValidator() {}

  private static void check(Optional<Isni> isni, Object[] path, Offences offences) {
    if (isni.isPresent() && Identifiers.isInOrcidBlock(isni.get())) {
      offences.add(path, "isni", isni.get().value());
    }
  }

  private static void check(List<Institution> institutions, List<Speaker> speakers, Offences offences) {
    for (int i = 0; i < institutions.size(); i++) {
      check(institutions.get(i).isni(), at("institutions", i, "isni"), offences);
    }
    for (int i = 0; i < speakers.size(); i++) {
      check(speakers.get(i).isni(), at("speakers", i, "isni"), offences);
    }
  }

  /** Validates {@link NoIsniOrcidBlock} on every institution and speaker of a symposium. Thread-safe. */
  public static final class ForSymposium extends RuleValidator<NoIsniOrcidBlock, Symposium> {
    /** Creates the validator. */
    public ForSymposium() {}

    @Override
    protected void check(Symposium symposium, Offences offences) {
      NoIsniOrcidBlockValidator.check(symposium.institutions(), symposium.speakers(), offences);
    }
  }

  /** Validates {@link NoIsniOrcidBlock} on every institution and speaker of an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<NoIsniOrcidBlock, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      NoIsniOrcidBlockValidator.check(record.institutions(), record.speakers(), offences);
    }
  }

  /** Validates {@link NoIsniOrcidBlock} on a speaker. Thread-safe. */
  public static final class ForSpeaker extends RuleValidator<NoIsniOrcidBlock, Speaker> {
    /** Creates the validator. */
    public ForSpeaker() {}

    @Override
    protected void check(Speaker speaker, Offences offences) {
      NoIsniOrcidBlockValidator.check(speaker.isni(), at("isni"), offences);
    }
  }

  /** Validates {@link NoIsniOrcidBlock} on an institution. Thread-safe. */
  public static final class ForInstitution extends RuleValidator<NoIsniOrcidBlock, Institution> {
    /** Creates the validator. */
    public ForInstitution() {}

    @Override
    protected void check(Institution institution, Offences offences) {
      NoIsniOrcidBlockValidator.check(institution.isni(), at("isni"), offences);
    }
  }
}
