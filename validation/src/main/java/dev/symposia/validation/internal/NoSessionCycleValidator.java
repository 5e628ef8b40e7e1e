package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.NoSessionCycle;
import java.util.List;

/** Validates {@link NoSessionCycle} on a symposium. Thread-safe. */
public final class NoSessionCycleValidator extends RuleValidator<NoSessionCycle, Symposium> {
  /** Creates the validator. */
  public NoSessionCycleValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    for (int[] cycle : symposium.derived(SessionTable.DERIVATION).hierarchy().cycles()) {
      StringBuilder path = new StringBuilder();
      for (int member : cycle) {
        path.append(sessions.get(member).id()).append(" \u2192 ");
      }
      path.append(sessions.get(cycle[0]).id());
      offences.add(at("sessions", cycle[0], "partOf"), "session", sessions.get(cycle[0]).id(), "cycle", path);
    }
  }
}
