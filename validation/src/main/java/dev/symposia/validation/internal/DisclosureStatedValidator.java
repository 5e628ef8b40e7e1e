package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.disclosure.Disclosure;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.validation.rules.DisclosureStated;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Validates {@link DisclosureStated} on a symposium. Thread-safe. */
public final class DisclosureStatedValidator extends RuleValidator<DisclosureStated, Symposium> {
  /** Creates the validator. */
  public DisclosureStatedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Set<LocalId> disclosed = null;
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      if (session.participants().isEmpty() || !Accreditations.isAccredited(symposium, session)
          || session.status().equals(Optional.of(EventStatus.CANCELLED))) {
        continue;
      }
      if (disclosed == null) {
        // One set, rather than Symposium.disclosure(id) for each participation, which reads the list each time.
        disclosed = new HashSet<>();
        for (Disclosure disclosure : symposium.disclosures()) {
          disclosed.add(disclosure.speaker());
        }
      }
      for (int j = 0; j < session.participants().size(); j++) {
        Optional<LocalId> person = session.participants().get(j).person();
        if (person.isPresent() && !disclosed.contains(person.get())) {
          offences.add(at("sessions", i, "participants", j, "person"), "person", person.get(), "session",
              session.id());
        }
      }
    }
  }
}
