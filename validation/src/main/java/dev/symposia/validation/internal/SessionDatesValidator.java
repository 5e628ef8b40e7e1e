package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.EarlierPlan;
import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.validation.rules.SessionDates;

/** Validates {@link SessionDates} on a symposium. Thread-safe. */
public final class SessionDatesValidator extends RuleValidator<SessionDates, Symposium> {
  /** Creates the validator. */
  public SessionDatesValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    DateSpan dates = symposium.dates();
    for (int i = 0; i < table.size(); i++) {
      PartialDate date = table.date(i);
      if (date != null && date.isCertainlyOutside(dates)
          && !(table.isCalledOff(i) && mayBeInAnEarlierPlan(date, symposium))) {
        offences.add(at("sessions", i, "date"), "session", symposium.sessions().get(i).id(), "date", date,
            "dates", dates);
      }
    }
  }

  /**
   * Tells whether a date may lie within the dates of one of the symposium's earlier plans: a session called
   * off with the plan it belonged to keeps that plan's date.
   */
  private static boolean mayBeInAnEarlierPlan(PartialDate date, Symposium symposium) {
    for (EarlierPlan plan : symposium.plannedBefore()) {
      if (plan.dates().isPresent() && !date.isCertainlyOutside(plan.dates().get())) {
        return true;
      }
    }
    return false;
  }
}
