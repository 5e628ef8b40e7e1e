package dev.symposia.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link BuildsSideBySide} for two builds in several fresh JVMs, one after another, listing the builds in
 * the other order in each, and prints each JVM's ratio (second build's median time over the first's) and the
 * median of those ratios for every method.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.symposia.benchmarks.ForkedSideBySide 6 1000 30 readModel,writeModel /tmp/before.jar \
 *     benchmarks/target/benchmarks.jar
 * }</pre>
 *
 * <p>Why more than one JVM: what the JIT inlines into the reader depends on the order in which it compiles
 * methods, which differs from one JVM to the next, and with it the speed of a build by several percent. One
 * JVM's ratio moved between 1.02 and 1.15 for the same two builds at 1,000 sessions; a median over six
 * JVMs, each of which sees both builds in the same state of the machine, is what can tell a change of a few
 * percent. Each JVM gets the options this one was started with (heap size and pre-touching included).
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class ForkedSideBySide {
  private ForkedSideBySide() {}

  /**
   * Runs the JVMs and prints the ratios.
   *
   * @param args the number of JVMs, then what {@link BuildsSideBySide#main} takes with exactly two jars: the
   *     size in sessions, the duration in seconds, the method names separated by commas, the first jar
   *     (the baseline) and the second
   * @throws IllegalArgumentException if the arguments are not that
   * @throws IllegalStateException if a JVM fails or does not print a time for every build and method
   * @throws Exception if a JVM cannot be started or is interrupted
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: ForkedSideBySide JVMS SESSIONS SECONDS METHOD[,METHOD...] BASELINE_JAR JAR");
      System.exit(2);
    }
    int jvms = Integer.parseInt(args[0]);
    if (jvms < 1) {
      throw new IllegalArgumentException("at least one JVM, not " + jvms);
    }
    List<String> methods = Arrays.asList(args[3].split(","));
    String baseline = args[4];
    String candidate = args[5];
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (String method : methods) {
      ratios.put(method, new ArrayList<>());
    }
    for (int jvm = 1; jvm <= jvms; jvm++) {
      boolean baselineFirst = jvm % 2 == 1;
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildsSideBySide.class.getName(),
          args[1], args[2], args[3]));
      command.add(baselineFirst ? baseline : candidate);
      command.add(baselineFirst ? candidate : baseline);
      Map<String, Double> medians = run(command);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "JVM %d of %d:", jvm, jvms));
      for (String method : methods) {
        double before = median(medians, baseline, method);
        double after = median(medians, candidate, method);
        ratios.get(method).add(after / before);
        line.append(String.format(Locale.ROOT, "  %s %.3f / %.3f ms = %.3f", method, after, before,
            after / before));
      }
      System.out.println(line);
    }
    for (Map.Entry<String, List<Double>> entry : ratios.entrySet()) {
      System.out.printf(Locale.ROOT, "%s: median ratio %.3f over %d JVMs (%s over %s)%n", entry.getKey(),
          median(entry.getValue()), jvms, candidate, baseline);
    }
  }

  // The lines BuildsSideBySide prints for each build and method: "<jar>: <method>   median <time> ms".
  private static Map<String, Double> run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, Double> medians = new LinkedHashMap<>();
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.append(line).append('\n');
        int at = line.lastIndexOf(" median ");
        if (at > 0 && line.endsWith(" ms")) {
          medians.put(line.substring(0, at).trim(),
              Double.parseDouble(line.substring(at + " median ".length(), line.length() - " ms".length()).trim()));
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("BuildsSideBySide exited with " + exit + ":\n" + output);
    }
    return medians;
  }

  private static double median(Map<String, Double> medians, String jar, String method) {
    Double time = medians.get(BuildsSideBySide.operation(jar, method));
    if (time == null) {
      throw new IllegalStateException("no time for " + method + " of " + jar + " in " + medians.keySet());
    }
    return time;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
