package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the links between a symposium's statistics ({@link Statistic#shareOf()},
 * {@link Statistic#sameGroupAs()}): identifiers unique over the symposium's and its sessions' statistics,
 * every link to one of them, and no statistic a share of itself through other shares.
 */
final class StatisticLinks {
  private static final String TYPE = "Symposium";

  private StatisticLinks() {}

  static void check(Symposium symposium, Entities resolved) {
    boolean anyLinkOrId = resolved == null ? anyLinkOrId(symposium)
        : anyLinkOrId(symposium.statistics()) || resolved.anySessionStatisticLink();
    if (!anyLinkOrId) {
      return;
    }
    List<Statistic> all = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    add(symposium.statistics(), "statistics", all, paths);
    for (int i = 0; i < symposium.sessions().size(); i++) {
      add(symposium.sessions().get(i).statistics(), "sessions[" + i + "].statistics", all, paths);
    }
    Map<LocalId, Integer> byId = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().isPresent() && byId.putIfAbsent(all.get(i).id().get(), i) != null) {
        throw new InvalidModelException(TYPE, paths.get(i) + ".id",
            "must not repeat the identifier of " + paths.get(byId.get(all.get(i).id().get())),
            all.get(i).id().get());
      }
    }
    for (int i = 0; i < all.size(); i++) {
      Statistic statistic = all.get(i);
      if (statistic.shareOf().isPresent() && !byId.containsKey(statistic.shareOf().get())) {
        throw new InvalidModelException(TYPE, paths.get(i) + ".shareOf", "must refer to a statistic of the symposium",
            statistic.shareOf().get());
      }
      if (statistic.sameGroupAs().isPresent() && !byId.containsKey(statistic.sameGroupAs().get())) {
        throw new InvalidModelException(TYPE, paths.get(i) + ".sameGroupAs",
            "must refer to a statistic of the symposium", statistic.sameGroupAs().get());
      }
    }
    for (int i = 0; i < all.size(); i++) {
      // A chain of shares longer than the statistics can only be a cycle.
      Statistic at = all.get(i);
      for (int steps = 0; at.shareOf().isPresent(); steps++) {
        int next = byId.get(at.shareOf().get());
        if (next == i || steps > all.size()) {
          throw new InvalidModelException(TYPE, paths.get(i) + ".shareOf",
              "must not make the statistic a share of itself through other shares", all.get(i).shareOf().get());
        }
        at = all.get(next);
      }
    }
  }

  private static boolean anyLinkOrId(Symposium symposium) {
    if (anyLinkOrId(symposium.statistics())) {
      return true;
    }
    for (Session session : symposium.sessions()) {
      if (anyLinkOrId(session.statistics())) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether any of the statistics has an identifier or a link to another statistic. */
  static boolean anyLinkOrId(List<Statistic> statistics) {
    // By index: called for every session read, where an iterator was the one object made for an empty list.
    for (int i = 0; i < statistics.size(); i++) {
      Statistic statistic = statistics.get(i);
      if (statistic.id().isPresent() || statistic.shareOf().isPresent() || statistic.sameGroupAs().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Statistic> statistics, String prefix, List<Statistic> all, List<String> paths) {
    for (int i = 0; i < statistics.size(); i++) {
      all.add(statistics.get(i));
      paths.add(prefix + "[" + i + "]");
    }
  }
}
