package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.StatusMode;
import java.util.Optional;

/** Validates {@link StatusMode} on a symposium. Thread-safe. */
public final class StatusModeValidator extends RuleValidator<StatusMode, Symposium> {
  /** Creates the validator. */
  public StatusModeValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    if (contradicts(symposium.status(), symposium.mode())) {
      offences.add(at("mode"), "event", symposium.id(), "mode", symposium.mode().orElseThrow());
    }
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    for (int n = 0; n < table.changedCount(); n++) {
      int i = table.changedSession(n);
      Session session = symposium.sessions().get(i);
      if (contradicts(session.status(), session.mode())) {
        offences.add(at("sessions", i, "mode"), "event", session.id(), "mode", session.mode().orElseThrow());
      }
    }
  }

  private static boolean contradicts(Optional<EventStatus> status, Optional<AttendanceMode> mode) {
    return status.isPresent() && status.get() == EventStatus.MOVED_ONLINE && mode.isPresent()
        && mode.get() != AttendanceMode.ONLINE;
  }
}
