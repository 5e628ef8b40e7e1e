package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Symposium;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.OrcidInAssignedRange;
import java.util.List;

/** Validators of {@link OrcidInAssignedRange}. */
public final class OrcidInAssignedRangeValidator {
  private OrcidInAssignedRangeValidator() {}

  /** Validates {@link OrcidInAssignedRange} on every speaker of a symposium. Thread-safe. */
  public static final class ForSymposium extends RuleValidator<OrcidInAssignedRange, Symposium> {
    /** Creates the validator. */
    public ForSymposium() {}

    @Override
    protected void check(Symposium symposium, Offences offences) {
      List<Speaker> speakers = symposium.speakers();
      for (int i = 0; i < speakers.size(); i++) {
        Speaker speaker = speakers.get(i);
        if (speaker.orcid().isPresent() && Identifiers.isUnassigned(speaker.orcid().get())) {
          offences.add(at("speakers", i, "orcid"), "orcid", speaker.orcid().get().value());
        }
      }
    }
  }

  /** Validates {@link OrcidInAssignedRange} on a speaker. Thread-safe. */
  public static final class ForSpeaker extends RuleValidator<OrcidInAssignedRange, Speaker> {
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
