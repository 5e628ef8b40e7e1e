package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.PlanChanged;
import java.util.List;
import java.util.Optional;

/** Validates {@link PlanChanged} on a symposium. Thread-safe. */
public final class PlanChangedValidator extends RuleValidator<PlanChanged, Symposium> {
  private static final String PLACES = "places";

  /** Creates the validator. */
  public PlanChangedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<EarlierPlan> plans = symposium.plannedBefore();
    for (int i = 0; i < plans.size(); i++) {
      EarlierPlan plan = plans.get(i);
      boolean unchanged = i + 1 < plans.size()
          ? same(plan, plans.get(i + 1).dates(), plans.get(i + 1).mode(), plans.get(i + 1).places())
          : same(plan, Optional.of(symposium.dates()), symposium.mode(), places(symposium.places(),
              symposium.isPartial(PLACES)));
      if (unchanged && plan.description().isEmpty()) {
        offences.add(at("plannedBefore", i), "event", symposium.id(), "plan", plan);
      }
    }
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    for (int n = 0; n < table.changedCount(); n++) {
      int j = table.changedSession(n);
      Session session = symposium.sessions().get(j);
      List<EarlierSessionPlan> sessionPlans = session.plannedBefore();
      for (int i = 0; i < sessionPlans.size(); i++) {
        EarlierSessionPlan plan = sessionPlans.get(i);
        EarlierSessionPlan next = i + 1 < sessionPlans.size() ? sessionPlans.get(i + 1) : null;
        boolean unchanged = next != null
            ? same(plan, next.date(), next.time(), next.mode(), next.places())
            : same(plan, session.date(), session.time(), session.mode(), places(session.places(),
                session.isPartial(PLACES)));
        if (unchanged && plan.description().isEmpty()) {
          offences.add(at("sessions", j, "plannedBefore", i), "event", session.id(), "plan", plan);
        }
      }
    }
  }

  /**
   * Returns the current places to compare a plan's with, or null when the source names only some of them:
   * then the places may have changed whatever the plan states, and nothing shows that the plan is the same.
   */
  private static List<?> places(List<?> places, boolean partial) {
    return partial ? null : places;
  }

  private static boolean same(EarlierPlan plan, Optional<?> dates, Optional<?> mode, List<?> places) {
    return plan.dates().equals(dates) && plan.mode().equals(mode) && plan.places().equals(places);
  }

  private static boolean same(EarlierSessionPlan plan, Optional<?> date, Optional<?> time, Optional<?> mode,
      List<?> places) {
    return plan.date().equals(date) && plan.time().equals(time) && plan.mode().equals(mode)
        && plan.places().equals(places);
  }
}
