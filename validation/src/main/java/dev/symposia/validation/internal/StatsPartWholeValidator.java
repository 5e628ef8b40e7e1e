package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Measure;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.validation.rules.StatsPartWhole;
import java.util.List;
import java.util.Map;

/** Validates {@link StatsPartWhole} on a symposium. Thread-safe. */
public final class StatsPartWholeValidator extends RuleValidator<StatsPartWhole, Symposium> {
  /** Creates the validator. */
  public StatsPartWholeValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Map<Measure, Statistic> wholes = Statistics.tightestTotals(symposium.statistics());
    Map<LocalId, Statistic> byId = Statistics.byId(symposium);
    List<Statistic> statistics = symposium.statistics();
    for (int i = 0; i < statistics.size(); i++) {
      Statistic part = statistics.get(i);
      Statistic whole = namedWhole(part, byId);
      if (!Statistics.exceeds(part.count(), whole)) {
        whole = wholes.get(part.measure());
      }
      if (!Statistics.isTotal(part) && Statistics.exceeds(part.count(), whole)) {
        offences.add(at("statistics", i), "part", part, "whole", whole);
      }
    }
    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      List<Statistic> own = sessions.get(i).statistics();
      if (own.isEmpty()) {
        continue;
      }
      Map<Measure, Statistic> sessionWholes = Statistics.tightestTotals(own);
      for (int j = 0; j < own.size(); j++) {
        Statistic part = own.get(j);
        Statistic whole = namedWhole(part, byId);
        if (!Statistics.exceeds(part.count(), whole)) {
          whole = Statistics.isTotal(part) ? null : sessionWholes.get(part.measure());
        }
        if (!Statistics.exceeds(part.count(), whole)) {
          whole = wholes.get(part.measure());
        }
        if (Statistics.exceeds(part.count(), whole)) {
          offences.add(at("sessions", i, "statistics", j), "part", part, "whole", whole);
        }
      }
    }
  }

  /** The statistic a share names as its whole, whatever it measures; null for a statistic that is no share. */
  private static Statistic namedWhole(Statistic part, Map<LocalId, Statistic> byId) {
    return part.shareOf().map(byId::get).orElse(null);
  }
}
