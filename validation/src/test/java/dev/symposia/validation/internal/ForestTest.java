package dev.symposia.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForestTest {
  @Test
  void findsEachCycleOnceStartingAtItsFirstElement() {
    // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 0 leads into it; 4 -> 5 -> 4 is another; 6 is a root.
    Forest forest = new Forest(new int[] {1, 2, 0, 0, 5, 4, -1});

    assertThat(forest.cycles()).containsExactly(new int[] {0, 1, 2}, new int[] {4, 5});
    assertThat(forest.isAncestor(2, 3)).isTrue();
    assertThat(forest.isAncestor(3, 0)).isFalse();
    assertThat(forest.isAncestor(0, 0)).isTrue();
    assertThat(forest.isAncestor(6, 0)).isFalse();
  }

  @Test
  void aCycleEnteredAtALaterElementStillStartsAtItsFirst() {
    // 0 -> 3 -> 1 -> 2 -> 3: the walk from 0 meets the cycle at 3.
    Forest forest = new Forest(new int[] {3, 2, 3, 1});

    assertThat(forest.cycles()).containsExactly(new int[] {1, 2, 3});
    assertThat(forest.isAncestor(1, 0)).isTrue();
    assertThat(forest.isAncestor(0, 1)).isFalse();
    assertThat(forest.isRelated(0, 2)).isTrue();
  }

  @Test
  void aChainHasNoCycleAndEveryUpperElementIsAnAncestor() {
    Forest forest = new Forest(new int[] {-1, 0, 1, 2});

    assertThat(forest.cycles()).isEmpty();
    assertThat(forest.isAncestor(0, 3)).isTrue();
    assertThat(forest.isRelated(3, 0)).isTrue();
    assertThat(forest.isAncestor(3, 0)).isFalse();
    assertThat(forest.isAncestor(2, 2)).isFalse();
  }

  @Test
  void agreesWithANaiveWalkOnAnyParentRelation() {
    qt().withExamples(1000).forAll(intArrays(range(0, 25), range(0, 25))).checkAssert(codes -> {
      int n = codes.length;
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        int p = codes[i] % (n + 1) - 1;
        parent[i] = p;
      }
      Forest forest = new Forest(parent.clone());
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          assertThat(forest.isAncestor(a, b)).as("%d above %d in %s", a, b, java.util.Arrays.toString(parent))
              .isEqualTo(naiveAncestor(parent, a, b));
        }
      }
      Set<Set<Integer>> cycles = new HashSet<>();
      for (int[] cycle : forest.cycles()) {
        Set<Integer> members = new HashSet<>();
        for (int k = 0; k < cycle.length; k++) {
          int member = cycle[k];
          members.add(member);
          assertThat(naiveAncestor(parent, member, member)).isTrue();
          // In parent order, from the smallest member.
          assertThat(parent[member]).isEqualTo(cycle[(k + 1) % cycle.length]);
          assertThat(member).isGreaterThanOrEqualTo(cycle[0]);
        }
        assertThat(cycles.add(members)).isTrue();
      }
      List<Integer> onCycles = new ArrayList<>();
      cycles.forEach(onCycles::addAll);
      for (int i = 0; i < n; i++) {
        assertThat(onCycles.contains(i)).isEqualTo(naiveAncestor(parent, i, i));
      }
    });
  }

  private static boolean naiveAncestor(int[] parent, int ancestor, int element) {
    Set<Integer> seen = new HashSet<>();
    for (int node = parent[element]; node >= 0 && seen.add(node); node = parent[node]) {
      if (node == ancestor) {
        return true;
      }
    }
    return false;
  }
}
