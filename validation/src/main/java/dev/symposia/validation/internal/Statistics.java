package dev.symposia.validation.internal;

import dev.symposia.event.Measure;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the statistics rules share: which statistics are totals, and the tightest total of each measure. */
final class Statistics {
  private Statistics() {}

  /**
   * Tells whether a statistic counts everything of its measure, narrowed by nothing.
   *
   * <p>A description is the source's own words "when the measure alone says too little", so it may narrow
   * what is counted ("the high-level international forum") in a way the model cannot express: a described
   * statistic is never a total.
   *
   * @param statistic the statistic; not null
   * <p>A statistic stated as a share of another is a part of that one, never a total.
   *
   * @return true if it has no session kind, mode, country, kind of institution, topic, description or share
   */
  static boolean isTotal(Statistic statistic) {
    return statistic.sessionKind().isEmpty() && statistic.mode().isEmpty() && statistic.countries().isEmpty()
        && statistic.institutionKinds().isEmpty() && statistic.topics().isEmpty()
        && statistic.description().isEmpty() && statistic.share().isEmpty();
  }

  /**
   * Returns the statistics of a symposium and of its sessions that have an identifier, by identifier: what
   * {@link Statistic#shareOf()} and {@link Statistic#sameGroupAs()} name. A built symposium has each once.
   *
   * @param symposium the symposium; not null
   * @return the identified statistics; never null, empty when none has an identifier
   */
  static Map<LocalId, Statistic> byId(Symposium symposium) {
    Map<LocalId, Statistic> byId = new HashMap<>();
    symposium.statistics().forEach(statistic -> statistic.id().ifPresent(id -> byId.put(id, statistic)));
    for (Session session : symposium.sessions()) {
      session.statistics().forEach(statistic -> statistic.id().ifPresent(id -> byId.put(id, statistic)));
    }
    return byId;
  }

  /**
   * Returns, for each measure, the total with the smallest upper bound; only exact counts have one.
   *
   * @param statistics the statistics of one level (a symposium or a session); not null
   * @return the tightest bounded totals; never null
   */
  static Map<Measure, Statistic> tightestTotals(List<Statistic> statistics) {
    Map<Measure, Statistic> totals = new EnumMap<>(Measure.class);
    for (Statistic statistic : statistics) {
      if (!isTotal(statistic) || statistic.count().upperBound().isEmpty()) {
        continue;
      }
      Statistic known = totals.get(statistic.measure());
      if (known == null || statistic.count().upperBound().getAsLong() < known.count().upperBound().getAsLong()) {
        totals.put(statistic.measure(), statistic);
      }
    }
    return totals;
  }

  /**
   * Tells whether a count is certainly greater than a total's.
   *
   * @param count the count; not null
   * @param total the total; may be null, which nothing exceeds
   * @return true if certainly greater
   */
  static boolean exceeds(Count count, Statistic total) {
    return total != null && count.isCertainlyGreaterThan(total.count());
  }
}
