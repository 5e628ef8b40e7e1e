package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Delivery;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.validation.rules.NoPersonInOverlappingSessions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates {@link NoPersonInOverlappingSessions} on a symposium. Thread-safe. */
public final class NoPersonInOverlappingSessionsValidator
    extends RuleValidator<NoPersonInOverlappingSessions, Symposium> {
  /** Creates the validator. */
  public NoPersonInOverlappingSessionsValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    Map<LocalId, Integer> people = new HashMap<>();
    Occupancy occupancy = new Occupancy(Indexes.sessionHierarchy(symposium));
    Set<LocalId> inSession = new HashSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      List<Participation> participants = session.participants();
      inSession.clear();
      for (int k = 0; k < participants.size(); k++) {
        Participation participation = participants.get(k);
        Optional<LocalId> person = participation.person();
        // A recorded video message does not need its author to be anywhere at the time it is shown.
        if (person.isPresent() && participation.delivery().orElse(null) != Delivery.VIDEO_MESSAGE
            && inSession.add(person.get())) {
          Integer number = people.computeIfAbsent(person.get(), id -> people.size());
          occupancy.hold(number, i, k, session);
        }
      }
    }
    occupancy.sweep((sessionIndex, element, otherIndex) -> offences.add(
        at("sessions", sessionIndex, "participants", element),
        "person", sessions.get(sessionIndex).participants().get(element).person().orElseThrow(),
        "session", sessions.get(sessionIndex).id(), "other", sessions.get(otherIndex).id()));
  }
}
