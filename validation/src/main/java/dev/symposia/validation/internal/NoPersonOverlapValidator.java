package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.NoPersonOverlap;
import java.util.List;

/** Validates {@link NoPersonOverlap} on a symposium. Thread-safe. */
public final class NoPersonOverlapValidator
    extends RuleValidator<NoPersonOverlap, Symposium> {
  /** Creates the validator. */
  public NoPersonOverlapValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    Occupancy occupancy = new Occupancy(table.hierarchy());
    // The session (plus one) in which each person was last seen to hold a place, so that a person named
    // twice in one session holds it once.
    int[] heldIn = new int[table.persons()];
    for (int i = 0; i < table.size(); i++) {
      if (!table.isPlaced(i)) {
        continue;
      }
      int first = table.firstParticipation(i);
      for (int k = first; k < table.firstParticipation(i + 1); k++) {
        int person = table.person(k);
        // A recorded video message does not need its author to be anywhere at the time it is shown.
        if (person >= 0 && !table.isByVideo(k) && heldIn[person] != i + 1) {
          heldIn[person] = i + 1;
          occupancy.hold(person, i, k - first, table);
        }
      }
    }
    occupancy.sweep((sessionIndex, element, otherIndex) -> offences.add(
        at("sessions", sessionIndex, "participants", element),
        "person", sessions.get(sessionIndex).participants().get(element).person().orElseThrow(),
        "session", sessions.get(sessionIndex).id(), "other", sessions.get(otherIndex).id()));
  }
}
