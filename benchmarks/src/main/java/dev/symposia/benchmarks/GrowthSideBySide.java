package dev.symposia.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how each operation's cost grows with the programme: it times every operation on a programme of
 * ten times the sessions and ten times in a row on the smaller one, in one loop, one of each in turn, and
 * prints the growth, the time for the large programme over the time for one small one.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.GrowthSideBySide 1000 90
 * }</pre>
 *
 * <p>Growth read from two separate runs, one a size, carries whatever the machine's speed did between
 * them; taking both sizes in turn ({@code InterleavedLoop}) exposes them to the same drift. The smaller
 * programme is handled ten times in a row, as a service would handle ten documents of that size, so that
 * both timings cover the same number of sessions.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class GrowthSideBySide {
  private static final int FACTOR = 10;

  private GrowthSideBySide() {}

  /**
   * Runs the loop and prints the growth of each operation.
   *
   * @param args the smaller size in sessions (a multiple of 20; 1,000 when not given), the duration in
   *     seconds (60 when not given) and a regular expression choosing the operations by name (all when not
   *     given)
   * @throws Exception what a benchmark method threw
   */
  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Programme small = Programme.of(sessions);
    Programme large = Programme.of(sessions * FACTOR);
    Map<String, SideBySide.ProgrammeOperation> timed = SideBySide.operations(args.length > 2 ? args[2] : ".*");
    Map<String, InterleavedLoop.Operation> operations = new LinkedHashMap<>();
    timed.forEach((method, operation) -> {
      operations.put(method + "@small", () -> {
        Object last = null;
        for (int i = 0; i < FACTOR; i++) {
          last = operation.on(small);
        }
        return last;
      });
      operations.put(method + "@large", () -> operation.on(large));
    });
    InterleavedLoop loop = InterleavedLoop.run(operations, seconds);
    System.out.printf(Locale.ROOT, "%,d and %,d sessions, %,d rounds (checksum %d)%n", sessions,
        sessions * FACTOR, loop.rounds(), loop.checksum());
    System.out.printf(Locale.ROOT, "%-22s %14s %14s %8s%n", "operation", "small ms", "large ms", "growth");
    for (String method : timed.keySet()) {
      double one = loop.medianAndMean(method + "@small")[0] / FACTOR;
      double big = loop.medianAndMean(method + "@large")[0];
      System.out.printf(Locale.ROOT, "%-22s %14.3f %14.3f %8.1f%n", method, one, big, big / one);
    }
  }
}
