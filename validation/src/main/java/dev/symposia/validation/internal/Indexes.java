package dev.symposia.validation.internal;

import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Positions of a record's entities by identifier, and the hierarchies between them. */
final class Indexes {
  private Indexes() {}

  static <T> Map<LocalId, Integer> positions(List<T> items, Function<T, LocalId> id) {
    Map<LocalId, Integer> positions = new HashMap<>(items.size() * 4 / 3 + 1);
    for (int i = 0; i < items.size(); i++) {
      positions.put(id.apply(items.get(i)), i);
    }
    return positions;
  }

  /** Returns the parent hierarchy of the symposium's institutions, by position in {@code institutions()}. */
  static Forest institutionHierarchy(Symposium symposium) {
    return institutionHierarchy(symposium.institutions());
  }

  /** Returns the parent hierarchy of a list of institutions, by position in the list. */
  static Forest institutionHierarchy(List<Institution> institutions) {
    Map<LocalId, Integer> positions = positions(institutions, Institution::id);
    int[] parent = new int[institutions.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = institutions.get(i).parent().map(positions::get).orElse(-1);
    }
    return new Forest(parent);
  }
}
