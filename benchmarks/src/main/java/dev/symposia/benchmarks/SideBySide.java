package dev.symposia.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the model's reader, writer and validation and the records' baselines in one loop, one operation of
 * each in turn (the very methods of {@link ProgrammeBenchmarks}), and prints the median and mean time of
 * each with its ratio to its baseline.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.SideBySide 1000 60
 * }</pre>
 *
 * <p>The source of the README's target ratios; JMH gives the absolute figures and the allocation. JMH runs
 * each benchmark in its own trial, minutes apart, and on a shared machine the speed of the whole machine
 * drifts by a quarter between trials. Taking the operations in turn ({@code InterleavedLoop}) exposes
 * every one of them to the same drift, so their ratios hold steady from run to run even when the absolute
 * figures do not.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class SideBySide {
  private SideBySide() {}

  /**
   * Runs the loop and prints the table.
   *
   * @param args the size in sessions (a multiple of 20; 1,000 when not given), the duration in seconds
   *     (60 when not given) and a regular expression choosing the operations by name (all when not given)
   * @throws Exception what a benchmark method threw
   */
  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Programme programme = Programme.of(sessions);
    Map<String, InterleavedLoop.Operation> operations = new LinkedHashMap<>();
    operations(args.length > 2 ? args[2] : ".*")
        .forEach((name, operation) -> operations.put(name, () -> operation.on(programme)));
    InterleavedLoop loop = InterleavedLoop.run(operations, seconds);
    Map<String, double[]> figures = new LinkedHashMap<>();
    operations.keySet().forEach(name -> figures.put(name, loop.medianAndMean(name)));
    System.out.printf(Locale.ROOT, "%,d sessions, %,d rounds (checksum %d)%n", sessions, loop.rounds(),
        loop.checksum());
    System.out.printf(Locale.ROOT, "%-22s %12s %12s%n", "operation", "median ms", "mean ms");
    figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "%-22s %12.3f %12.3f%n", name, f[0], f[1]));
    ratio("read: model speed / databind", figures.get("readRecordsDatabind"), figures.get("readModel"));
    ratio("read: model speed / hand-written", figures.get("readRecordsStreaming"), figures.get("readModel"));
    ratio("write: model speed / databind", figures.get("writeRecordsDatabind"), figures.get("writeModel"));
    ratio("validate time / read time", figures.get("validateModel"), figures.get("readModel"));
    ratio("validate time / hand-written checks", figures.get("validateModel"), figures.get("checkRecordsByHand"));
  }

  /** One of the timed {@link ProgrammeBenchmarks} methods, applied to a programme. */
  interface ProgrammeOperation {
    Object on(Programme programme) throws Exception;
  }

  /**
   * Returns the timed benchmark methods whose names match a regular expression, by name, in the order of
   * the tables: the model's operations, each followed by its baselines.
   *
   * @param names the regular expression
   * @return the operations by name
   */
  static Map<String, ProgrammeOperation> operations(String names) {
    ProgrammeBenchmarks benchmarks = new ProgrammeBenchmarks();
    Map<String, ProgrammeOperation> operations = new LinkedHashMap<>();
    operations.put("readModel", benchmarks::readModel);
    operations.put("readRecordsDatabind", benchmarks::readRecordsDatabind);
    operations.put("readRecordsStreaming", benchmarks::readRecordsStreaming);
    operations.put("writeModel", benchmarks::writeModel);
    operations.put("writeRecordsDatabind", benchmarks::writeRecordsDatabind);
    operations.put("validateModel", benchmarks::validateModel);
    operations.put("checkRecordsByHand", benchmarks::checkRecordsByHand);
    operations.keySet().removeIf(name -> !name.matches(names));
    return operations;
  }

  private static void ratio(String what, double[] numerator, double[] denominator) {
    if (numerator == null || denominator == null) {
      return;
    }
    System.out.printf(Locale.ROOT, "%-34s %6.2f (medians) %6.2f (means)%n", what, numerator[0] / denominator[0],
        numerator[1] / denominator[1]);
  }
}
