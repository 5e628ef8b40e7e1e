package dev.symposia.benchmarks;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Times one build alone in this JVM: after a warm-up, the median of single operations. Where
 * {@link BuildsSideBySide} takes two builds in turn, which makes both pay for what the other left in the
 * processor's caches, this shows each build as a service that runs only it meets it; run it once for each
 * build, several times, in fresh JVMs.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.OneBuildAlone 1000 15 15 read /tmp/before.jar
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.OneBuildAlone 10000 20 30 firstValidation /tmp/before.jar
 * }</pre>
 *
 * <p>{@code read} times {@link ProgrammeBenchmarks#readModel}. {@code firstValidation} reads the document
 * (untimed) and times the validation of the symposium just read, its first: a symposium keeps what validation
 * derives from it, so validating one instance again ({@link ProgrammeBenchmarks#validateModel}) would time
 * less than a service does for each document it receives.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class OneBuildAlone {
  private OneBuildAlone() {}

  /**
   * Times the operation and prints the median.
   *
   * @param args the size in sessions (a multiple of 20), the seconds of warm-up, the seconds timed, the
   *     operation ({@code read} or {@code firstValidation}) and the path of the build's benchmark jar
   * @throws IllegalArgumentException if the operation is unknown or the jar is not a file
   * @throws Exception if the jar cannot be loaded or an operation fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: OneBuildAlone SESSIONS WARM_SECONDS SECONDS read|firstValidation JAR");
      System.exit(2);
    }
    int sessions = Integer.parseInt(args[0]);
    long warm = Long.parseLong(args[1]) * 1_000_000_000L;
    long timed = Long.parseLong(args[2]) * 1_000_000_000L;
    boolean validation = switch (args[3]) {
      case "read" -> false;
      case "firstValidation" -> true;
      default -> throw new IllegalArgumentException("unknown operation: " + args[3]);
    };
    LoadedBuild build = LoadedBuild.load(Path.of(args[4]), sessions);
    Method read = build.method("readModel");
    Method validate = build.loader().loadClass("dev.symposia.validation.SymposiaValidation")
        .getMethod("validate", build.loader().loadClass("dev.symposia.event.Symposium"));
    long[] times = new long[1 << 16];
    int count = 0;
    long checksum = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < warm + timed) {
      boolean warming = System.nanoTime() - start < warm;
      long begin = System.nanoTime();
      Object symposium = read.invoke(build.benchmarks(), build.programme());
      if (validation) {
        begin = System.nanoTime();
        checksum += ((Set<?>) validate.invoke(null, symposium)).size();
      }
      long time = System.nanoTime() - begin;
      checksum += System.identityHashCode(symposium) & 1;
      if (!warming && count < times.length) {
        times[count++] = time;
      }
    }
    Arrays.sort(times, 0, count);
    System.out.printf(Locale.ROOT, "%s %,d sessions, %s: median %.3f ms over %,d operations (checksum %d)%n",
        args[4], sessions, args[3], times[count / 2] / 1e6, count, checksum);
  }
}
