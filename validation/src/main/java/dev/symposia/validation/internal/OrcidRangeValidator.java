package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Symposium;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.OrcidRange;
import java.util.List;

/** Validators of {@link OrcidRange}. */
public final class OrcidRangeValidator {
  private OrcidRangeValidator() {}

  /** Validates {@link OrcidRange} on every speaker of a symposium. Thread-safe. */
  public static final class ForSymposium extends RuleValidator<OrcidRange, Symposium> {
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
