package dev.symposia.examples.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A consumer of each published jar compiles with {@code javac --release 17 -Xlint:all -Werror}, on the class
 * path and on the module path, against the jar and what its POM brings and nothing else: no warning of any
 * kind, such as javac's "Cannot find annotation method" for an annotation of a build-time library that the
 * consumer does not have, reaches a user who treats warnings as errors.
 *
 * <p>Run by {@code ./mvnw verify}, the jars are those the reactor has just packaged; run by {@code test}
 * alone, their classes directories. The consumers are in {@code src/test/consumers}, one directory a jar,
 * each using a representative slice of its module's API (builders, queries and refusals; JSON both ways;
 * validation and an application's own validator; each export, its omissions and a frab schedule read back).
 */
class ConsumerCompileTest {
  /** What a user's build puts on the path for each published artifact: the jar and its POM's dependencies. */
  private static final Map<String, List<String>> ARTIFACTS = Map.of(
      "core", List.of("symposia-core"),
      "jackson", List.of("symposia-core", "symposia-jackson", "jackson-databind-2", "jackson-core-2",
          "jackson-annotations"),
      // Jackson 3 keeps Jackson 2's artifact names under another group: told apart by their major version.
      "jackson3", List.of("symposia-core", "symposia-jackson3", "jackson-databind-3", "jackson-core-3",
          "jackson-annotations"),
      "validation", List.of("symposia-core", "symposia-validation", "jakarta.validation-api",
          "hibernate-validator", "jboss-logging", "classmate"),
      "export", List.of("symposia-core", "symposia-export"));
  /** The reactor's directory of each Symposia artifact, for a run of the test phase alone. */
  private static final Map<String, String> MODULE_DIRECTORIES = Map.of("symposia-core", "core",
      "symposia-jackson", "jackson-module", "symposia-jackson3", "jackson3-module", "symposia-validation", "validation",
      "symposia-export", "export");

  @TempDir
  Path work;

  /**
   * The class path entry of an artifact: its jar, or the reactor's classes directory of a Symposia module. A
   * name ending in a major version, such as {@code jackson-databind-3}, is the artifact in that major version.
   */
  private static Path entry(String artifact) {
    List<Path> found = new ArrayList<>();
    if (artifact.matches(".*-\\d")) {
      String major = artifact.substring(artifact.length() - 1);
      String name = artifact.substring(0, artifact.length() - 2);
      for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(element);
        if (path.getFileName().toString().startsWith(name + "-" + major + ".")
            && path.getFileName().toString().endsWith(".jar")) {
          found.add(path);
        }
      }
      assertThat(found).as("%s on the test's class path", artifact).hasSize(1);
      return found.get(0);
    }
    for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(element);
      String name = path.getFileName().toString();
      boolean jar = name.startsWith(artifact + "-") && name.endsWith(".jar")
          && Character.isDigit(name.charAt(artifact.length() + 1)) && !name.endsWith("-tests.jar");
      boolean classes = MODULE_DIRECTORIES.containsKey(artifact)
          && path.endsWith(Path.of(MODULE_DIRECTORIES.get(artifact), "target", "classes"));
      // Jackson 3 (tools.jackson) is on the test class path for the export checkers' schema validator only.
      boolean jackson3 = path.toString().contains(Path.of("tools", "jackson").toString());
      if ((jar || classes) && !jackson3) {
        found.add(path);
      }
    }
    assertThat(found).as("%s on the test's class path", artifact).hasSize(1);
    return found.get(0);
  }

  private static List<Path> sources(Path directory, boolean withModuleInfo) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> withModuleInfo || !f.getFileName().toString().equals("module-info.java"))
          .sorted().collect(Collectors.toList());
    }
  }

  /** Compiles and returns every diagnostic, warnings and notes included, as "file:line: message". */
  private List<String> compile(String consumer, boolean modulePath) throws IOException {
    Path sources = Path.of("src", "test", "consumers", consumer);
    Path classes = Files.createDirectories(work.resolve(consumer + (modulePath ? "-module" : "-classpath")));
    String path = ARTIFACTS.get(consumer).stream().map(ConsumerCompileTest::entry).map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
    List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-d", classes.toString(),
        modulePath ? "--module-path" : "-classpath", path);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources(sources, modulePath));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
      List<String> reported = diagnostics.getDiagnostics().stream().map(ConsumerCompileTest::line)
          .collect(Collectors.toList());
      assertThat(compiled).as("%s on the %s: %s", consumer, modulePath ? "module path" : "class path", reported)
          .isTrue();
      return reported;
    }
  }

  private static String line(Diagnostic<? extends JavaFileObject> diagnostic) {
    String file = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName() + ":"
        + diagnostic.getLineNumber() + ": ";
    return diagnostic.getKind() + " " + file + diagnostic.getMessage(Locale.ROOT);
  }

  @ParameterizedTest(name = "symposia-{0} on the {1}")
  @CsvSource({
    "core,       class path",
    "core,       module path",
    "jackson,    class path",
    "jackson,    module path",
    "jackson3,   class path",
    "jackson3,   module path",
    "validation, class path",
    "validation, module path",
    "export,     class path",
    "export,     module path",
  })
  void aConsumerCompilesWithEveryLintAndWarningsAsErrors(String consumer, String path) throws IOException {
    assertThat(compile(consumer, path.equals("module path"))).isEmpty();
  }

  @Test
  void theCheckCatchesAWarning() throws IOException {
    Path sources = Files.createDirectories(work.resolve("src").resolve("consumer"));
    Files.writeString(sources.resolve("Raw.java"),
        "package consumer;\nclass Raw { java.util.List list = new java.util.ArrayList<String>(); }\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean compiled = javac.getTask(null, files, diagnostics, List.of("--release", "17", "-Xlint:all", "-Werror",
          "-d", work.resolve("raw").toString()), null, files.getJavaFileObjects(sources.resolve("Raw.java"))).call();
      assertThat(compiled).isFalse();
    }
  }
}
