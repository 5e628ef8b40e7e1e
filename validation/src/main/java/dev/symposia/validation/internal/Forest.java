package dev.symposia.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parent relation over elements numbered 0 to n-1, such as institutions and their parents or sessions
 * and the sessions they are part of, which may contain cycles.
 *
 * <p>Construction is linear: one walk up from every element, each element visited once. Afterwards
 * {@link #isAncestor(int, int)} walks at most the number of distinct ancestors of an element, so it stops
 * even inside a cycle. Immutable once built, and so safe to share between threads, as {@link SessionTable}
 * shares its hierarchy of sessions.
 */
final class Forest {
  private static final int NONE = -1;

  private final int[] parent;
  private final int[] ancestors;
  private final List<int[]> cycles = new ArrayList<>();

  /**
   * Builds the relation.
   *
   * @param parent the parent of each element, or -1 for none; not copied, not to be changed afterwards
   */
  Forest(int[] parent) {
    this.parent = parent;
    this.ancestors = new int[parent.length];
    Arrays.fill(ancestors, -1);
    int[] position = new int[parent.length];
    Arrays.fill(position, -1);
    int[] path = new int[parent.length];
    for (int start = 0; start < parent.length; start++) {
      if (ancestors[start] >= 0) {
        continue;
      }
      int length = 0;
      int node = start;
      while (node != NONE && ancestors[node] < 0 && position[node] < 0) {
        position[node] = length;
        path[length++] = node;
        node = parent[node];
      }
      int end = length;
      if (node != NONE && ancestors[node] < 0) {
        // The walk came back to an element of its own path: the elements from there on form a cycle.
        int first = position[node];
        int[] cycle = Arrays.copyOfRange(path, first, length);
        cycles.add(cycle);
        for (int member : cycle) {
          ancestors[member] = cycle.length;
        }
        end = first;
      }
      for (int i = end - 1; i >= 0; i--) {
        int up = parent[path[i]];
        ancestors[path[i]] = up == NONE ? 0 : ancestors[up] + 1;
      }
      for (int i = 0; i < length; i++) {
        position[path[i]] = -1;
      }
    }
  }

  /**
   * Tells whether one element is a parent, a parent's parent and so on, of another.
   *
   * @param ancestor the possible ancestor
   * @param element the element
   * @return true if {@code ancestor} is reached by going up from {@code element}; an element on a cycle is
   *     its own ancestor
   */
  boolean isAncestor(int ancestor, int element) {
    int node = element;
    for (int steps = ancestors[element]; steps > 0; steps--) {
      node = parent[node];
      if (node == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether either element is an ancestor of the other.
   *
   * @param a an element
   * @param b another element
   * @return true if one lies above the other
   */
  boolean isRelated(int a, int b) {
    return isAncestor(a, b) || isAncestor(b, a);
  }

  /**
   * Returns the cycles, each once, each as its elements in parent order starting from its first element
   * in the order elements were numbered.
   *
   * @return the cycles; empty when there are none
   */
  List<int[]> cycles() {
    List<int[]> result = new ArrayList<>(cycles.size());
    for (int[] cycle : cycles) {
      int smallest = 0;
      for (int i = 1; i < cycle.length; i++) {
        if (cycle[i] < cycle[smallest]) {
          smallest = i;
        }
      }
      int[] rotated = new int[cycle.length];
      for (int i = 0; i < cycle.length; i++) {
        rotated[i] = cycle[(smallest + i) % cycle.length];
      }
      result.add(rotated);
    }
    return result;
  }
}
