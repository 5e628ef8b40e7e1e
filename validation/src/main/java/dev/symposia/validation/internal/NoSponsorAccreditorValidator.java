package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.support.CommercialSupport;
import dev.symposia.validation.rules.NoSponsorAccreditor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates {@link NoSponsorAccreditor} on a symposium. Thread-safe. */
public final class NoSponsorAccreditorValidator extends RuleValidator<NoSponsorAccreditor, Symposium> {
  /** Creates the validator. */
  public NoSponsorAccreditorValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Set<LocalId> symposiumAccreditors = new HashSet<>();
    Accreditations.addAccreditors(symposium.accreditations(), symposiumAccreditors);
    List<CommercialSupport> support = symposium.commercialSupport();
    for (int j = 0; j < support.size(); j++) {
      if (symposiumAccreditors.contains(support.get(j).company())) {
        offences.add(at("commercialSupport", j, "company"), "company", support.get(j).company(), "kind",
            support.get(j).kind(), "event", symposium.id());
      }
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      support = session.commercialSupport();
      if (support.isEmpty()) {
        continue;
      }
      Set<LocalId> accreditors = Accreditations.accreditors(symposium, session);
      for (int j = 0; j < support.size(); j++) {
        if (accreditors.contains(support.get(j).company())) {
          offences.add(at("sessions", i, "commercialSupport", j, "company"), "company", support.get(j).company(),
              "kind", support.get(j).kind(), "event", session.id());
        }
      }
    }
  }
}
