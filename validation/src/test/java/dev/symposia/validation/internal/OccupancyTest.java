package dev.symposia.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.intArrays;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sweep reports exactly what comparing every pair of holdings would report. */
class OccupancyTest {
  private static final int MINUTES = 16;

  /** A holding decoded from one generated number: resource, day, kind (interval, instant, part), times. */
  private static final class Spec {
    final int resource;
    final int day;
    final int kind;
    final int start;
    final int length;

    Spec(int code) {
      resource = code % 3;
      day = code / 3 % 2;
      kind = code / 6 % 3;
      start = code / 18 % MINUTES;
      length = 1 + code / (18 * MINUTES) % 5;
    }

    /** The moments held: half seconds, or a part of the day counted after the last of them. */
    BitSet moments() {
      BitSet moments = new BitSet();
      if (kind == 0) {
        moments.set(start, start + length);
      } else if (kind == 1) {
        moments.set(start);
      } else {
        moments.set(MINUTES * 2 + start % 3);
      }
      return moments;
    }
  }

  @Test
  void theSweepFindsWhatThePairwiseComparisonFinds() {
    qt().withExamples(2000).forAll(intArrays(range(0, 30), range(0, 18 * MINUTES * 5 - 1)),
        intArrays(range(30, 30), range(0, 30))).checkAssert((codes, parents) -> {
          int n = codes.length;
          int[] parent = new int[n];
          for (int i = 0; i < n; i++) {
            int p = parents[i] % (n + 1) - 1;
            parent[i] = p == i ? -1 : p;
          }
          List<Spec> specs = new ArrayList<>();
          Occupancy occupancy = new Occupancy(new Forest(parent.clone()));
          for (int i = 0; i < n; i++) {
            Spec spec = new Spec(codes[i]);
            specs.add(spec);
            if (spec.kind == 2) {
              occupancy.hold(spec.resource, i, 0, 100 + spec.day * 4 + spec.start % 3, 0, 0, Long.MAX_VALUE, 0, true);
            } else if (spec.kind == 1) {
              occupancy.hold(spec.resource, i, 0, spec.day, seconds(spec.start), nanos(spec.start),
                  seconds(spec.start), nanos(spec.start), true);
            } else {
              int end = spec.start + spec.length;
              occupancy.hold(spec.resource, i, 0, spec.day, seconds(spec.start), nanos(spec.start), seconds(end),
                  nanos(end), false);
            }
          }
          Map<Integer, Integer> reported = new HashMap<>();
          occupancy.sweep((session, element, other) -> {
            assertThat(reported.put(session, other)).as("reported twice").isNull();
          });

          Set<Integer> expected = new HashSet<>();
          for (int c = 0; c < n; c++) {
            for (int e = 0; e < n; e++) {
              if (e != c && before(specs, e, c) && overlap(specs.get(e), specs.get(c)) && !related(parent, e, c)) {
                expected.add(c);
              }
            }
          }
          assertThat(reported.keySet()).isEqualTo(expected);
          reported.forEach((session, other) -> {
            assertThat(overlap(specs.get(other), specs.get(session))).isTrue();
            assertThat(related(parent, other, session)).isFalse();
            assertThat(before(specs, other, session)).isTrue();
          });
        });
  }

  /** A moment of the test, counted in half seconds, as the whole seconds of the sweep. */
  private static long seconds(int moment) {
    return moment / 2;
  }

  /** A moment of the test, counted in half seconds, as the nanoseconds of the sweep: 0 or half a second. */
  private static int nanos(int moment) {
    return moment % 2 * 500_000_000;
  }

  /** The sweep's order within one resource and day: by start time, then by session. */
  private static boolean before(List<Spec> specs, int e, int c) {
    int startE = specs.get(e).kind == 2 ? 0 : specs.get(e).start;
    int startC = specs.get(c).kind == 2 ? 0 : specs.get(c).start;
    return startE < startC || startE == startC && e < c;
  }

  private static boolean overlap(Spec a, Spec b) {
    return a.resource == b.resource && a.day == b.day && a.moments().intersects(b.moments());
  }

  private static boolean related(int[] parent, int a, int b) {
    return isAncestor(parent, a, b) || isAncestor(parent, b, a);
  }

  private static boolean isAncestor(int[] parent, int ancestor, int element) {
    Set<Integer> seen = new HashSet<>();
    for (int node = parent[element]; node >= 0 && seen.add(node); node = parent[node]) {
      if (node == ancestor) {
        return true;
      }
    }
    return false;
  }
}
