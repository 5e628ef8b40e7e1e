package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.SessionsWithinDates;
import java.util.List;

/** Validates {@link SessionsWithinDates} on a symposium. Thread-safe. */
public final class SessionsWithinDatesValidator extends RuleValidator<SessionsWithinDates, Symposium> {
  /** Creates the validator. */
  public SessionsWithinDatesValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      if (session.date().isPresent() && Dates.certainlyOutside(session.date().get(), symposium.dates())) {
        offences.add(at("sessions", i, "date"), "session", session.id(), "date", session.date().get(),
            "dates", symposium.dates());
      }
    }
  }
}
