package dev.symposia.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs operations one after another, round after round, for a given time, and keeps each operation's times:
 * the timing loop of {@link SideBySide}, {@link GrowthSideBySide} and {@link BuildsSideBySide}. Taking the
 * operations in turn exposes every one of them to the same drift of the machine and the same state of the
 * caches. Every other round runs them in reverse order, so that no operation always follows the same one
 * (and inherits, say, the garbage it left for a collection). The first third of the time (at most ten
 * seconds) warms up and is not counted.
 *
 * <p>Not thread-safe.
 */
final class InterleavedLoop {
  /** One operation to time; its result is consumed so that the JIT cannot drop the work. */
  interface Operation {
    Object run() throws Exception;
  }

  private final Map<String, List<Long>> times = new LinkedHashMap<>();
  private int rounds;
  private int consumed;

  private InterleavedLoop() {}

  /**
   * Runs the operations in turn for the given time.
   *
   * @param operations the operations by name, in the order to run them
   * @param seconds how long to run, warm-up included
   * @return the loop, with the times of the counted rounds
   * @throws Exception what an operation threw
   */
  static InterleavedLoop run(Map<String, Operation> operations, int seconds) throws Exception {
    InterleavedLoop loop = new InterleavedLoop();
    operations.keySet().forEach(name -> loop.times.put(name, new ArrayList<>()));
    List<Map.Entry<String, Operation>> order = new ArrayList<>(operations.entrySet());
    int round = 0;
    long start = System.nanoTime();
    long warmedUp = start + Math.min(10, seconds / 3) * 1_000_000_000L;
    long end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      boolean counted = System.nanoTime() > warmedUp;
      boolean reversed = (round++ & 1) == 1;
      for (int i = 0; i < order.size(); i++) {
        Map.Entry<String, Operation> operation = order.get(reversed ? order.size() - 1 - i : i);
        long before = System.nanoTime();
        // The identity hash consumes the result without walking it: a deep hashCode() of a model or of
        // records costs some 5 % of reading it and would be timed with the reading.
        loop.consumed += System.identityHashCode(operation.getValue().run()) & 1;
        long took = System.nanoTime() - before;
        if (counted) {
          loop.times.get(operation.getKey()).add(took);
        }
      }
      if (counted) {
        loop.rounds++;
      }
    }
    return loop;
  }

  /** Returns the number of counted rounds. */
  int rounds() {
    return rounds;
  }

  /** Returns a number that depends on every result, to print so that no result is dead code. */
  int checksum() {
    return consumed;
  }

  /**
   * Returns the median and the mean time of an operation, in milliseconds; NaN if no round was counted.
   *
   * @param name the operation's name
   * @return {median, mean}
   */
  double[] medianAndMean(String name) {
    List<Long> nanos = times.get(name);
    if (nanos.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new double[] {sorted[sorted.length / 2] / 1e6, Arrays.stream(sorted).average().orElseThrow() / 1e6};
  }
}
