package dev.symposia.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * the JIT on its own profile, as in a JVM of its own; taking the builds in turn exposes them to the same
 * drift of the machine and the same state of the caches. The first third of the time (at most ten seconds)
 * warms up and is not counted.
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
   *     benchmark jars
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
    List<Timed> timed = new ArrayList<>();
    for (String jar : Arrays.asList(args).subList(3, args.length)) {
      timed.addAll(load(Path.of(jar), sessions, methods));
    }
    long start = System.nanoTime();
    long warmedUp = start + Math.min(10, seconds / 3) * 1_000_000_000L;
    long end = start + seconds * 1_000_000_000L;
    int consumed = 0;
    while (System.nanoTime() < end) {
      boolean counted = System.nanoTime() > warmedUp;
      for (Timed operation : timed) {
        long before = System.nanoTime();
        consumed += operation.run().hashCode() & 1;
        long took = System.nanoTime() - before;
        if (counted) {
          operation.times.add(took);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%,d sessions, %,d rounds (checksum %d)%n", sessions,
        timed.get(0).times.size(), consumed);
    for (Timed operation : timed) {
      long[] sorted = operation.times.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "%-70s median %10.3f ms%n", operation.name,
          sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6);
    }
  }

  private static List<Timed> load(Path jar, int sessions, List<String> methods) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
    Class<?> programmeType = loader.loadClass(Programme.class.getName());
    Object programme = programmeType.getConstructor().newInstance();
    programmeType.getField("sessions").setInt(programme, sessions);
    programmeType.getMethod("make").invoke(programme);
    Class<?> benchmarksType = loader.loadClass(ProgrammeBenchmarks.class.getName());
    Object benchmarks = benchmarksType.getConstructor().newInstance();
    List<Timed> timed = new ArrayList<>();
    for (String method : methods) {
      timed.add(new Timed(jar + ": " + method, benchmarksType.getMethod(method, programmeType), benchmarks,
          programme));
    }
    return timed;
  }

  private static URL url(Path jar) throws MalformedURLException {
    if (!jar.toFile().isFile()) {
      throw new IllegalArgumentException("not a file: " + jar);
    }
    return jar.toUri().toURL();
  }

  private static final class Timed {
    final String name;
    final Method method;
    final Object benchmarks;
    final Object programme;
    final List<Long> times = new ArrayList<>();

    Timed(String name, Method method, Object benchmarks, Object programme) {
      this.name = name;
      this.method = method;
      this.benchmarks = benchmarks;
      this.programme = programme;
    }

    Object run() throws IllegalAccessException, InvocationTargetException {
      return method.invoke(benchmarks, programme);
    }
  }
}
