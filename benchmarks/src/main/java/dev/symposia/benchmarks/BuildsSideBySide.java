package dev.symposia.benchmarks;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times one benchmark method of two or more builds of this module in one JVM, one operation of each build
 * in turn, and prints the median time of each: the way to tell whether a change to the library made it
 * faster on a machine whose speed drifts by more than the change.
 *
 * <pre>{@code
 * cp benchmarks/target/benchmarks.jar /tmp/before.jar     # on main
 * ...change, then ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.BuildsSideBySide 10000 60 readModel /tmp/before.jar benchmarks/target/benchmarks.jar
 * }</pre>
 *
 * <p>Each build is loaded by a class loader of its own, library, Jackson and all, so each is compiled by
 * the JIT on its own profile, as in a JVM of its own; taking the builds in turn ({@code InterleavedLoop})
 * exposes them to the same drift of the machine and the same state of the caches.
 *
 * <p>Its noise, from one build against a copy of itself: about 1 % for reading at 1,000 sessions and 2 %
 * at 10,000; for validation 16 to 19 % at 10,000 sessions, because each build validates its own copy of
 * the programme and where that copy lies in memory decides how fast the rules walk it. It cannot judge a
 * change to validation.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class BuildsSideBySide {
  private BuildsSideBySide() {}

  /**
   * Runs the loop and prints the medians.
   *
   * @param args the size in sessions (a multiple of 20), the duration in seconds, the names of the
   *     {@link ProgrammeBenchmarks} methods to time (separated by commas), and the paths of two or more
   *     benchmark jars, each named once
   * @throws IllegalArgumentException if a jar is named twice or is not a file
   * @throws Exception if a jar cannot be loaded or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: BuildsSideBySide SESSIONS SECONDS METHOD[,METHOD...] JAR JAR...");
      System.exit(2);
    }
    int sessions = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    List<String> methods = Arrays.asList(args[2].split(","));
    Map<String, InterleavedLoop.Operation> operations = new LinkedHashMap<>();
    List<String> jars = Arrays.asList(args).subList(3, args.length);
    if (jars.stream().map(jar -> Path.of(jar).toAbsolutePath().normalize()).distinct().count() < jars.size()) {
      // Their timings would be filed under one name, and one of them lost.
      throw new IllegalArgumentException("A jar is named twice; to time a build against itself, copy it: "
          + jars);
    }
    for (String jar : jars) {
      load(Path.of(jar), sessions, methods, operations);
    }
    InterleavedLoop loop = InterleavedLoop.run(operations, seconds);
    System.out.printf(Locale.ROOT, "%,d sessions, %,d rounds (checksum %d)%n", sessions, loop.rounds(),
        loop.checksum());
    for (String name : operations.keySet()) {
      System.out.printf(Locale.ROOT, "%-70s median %10.3f ms%n", name, loop.medianAndMean(name)[0]);
    }
  }

  /** The name a build's method is timed and printed under, as {@link ForkedSideBySide} reads it back. */
  static String operation(String jar, String method) {
    return jar + ": " + method;
  }

  private static void load(Path jar, int sessions, List<String> methods,
      Map<String, InterleavedLoop.Operation> operations) throws Exception {
    LoadedBuild build = LoadedBuild.load(jar, sessions);
    for (String name : methods) {
      Method method = build.method(name);
      operations.put(operation(jar.toString(), name), () -> method.invoke(build.benchmarks(), build.programme()));
    }
  }

}
