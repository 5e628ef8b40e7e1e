package dev.symposia.validation.internal;

import dev.symposia.event.Symposium;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Symposia grouped by series, each group sorted by edition, then by position in the list. */
final class SeriesGroups {
  private SeriesGroups() {}

  /**
   * Groups the symposia that state a series and an edition by the series' identity: its id, or without one
   * the primary text of its name ({@link dev.symposia.event.Series#identity()}).
   *
   * @param symposia the symposia; not null, null elements skipped
   * @return for each series, the positions of its symposia sorted by edition and position; never null
   */
  static List<List<Integer>> of(List<? extends Symposium> symposia) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < symposia.size(); i++) {
      Symposium symposium = symposia.get(i);
      if (symposium != null && symposium.series().isPresent() && symposium.edition().isPresent()) {
        groups.computeIfAbsent(symposium.series().get().identity(), identity -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> sorted = new ArrayList<>(groups.values());
    for (List<Integer> group : sorted) {
      group.sort(Comparator.comparingInt((Integer i) -> symposia.get(i).edition().getAsInt())
          .thenComparingInt(i -> i));
    }
    return sorted;
  }

  /**
   * Returns the path to an element's edition, under a prefix.
   *
   * @param prefix the steps before the index; empty for a constrained list
   * @param index the position in the list
   * @return the path; never null
   */
  static Object[] editionPath(Object[] prefix, int index) {
    Object[] path = new Object[prefix.length + 2];
    System.arraycopy(prefix, 0, path, 0, prefix.length);
    path[prefix.length] = index;
    path[prefix.length + 1] = "edition";
    return path;
  }
}
