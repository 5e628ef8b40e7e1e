package dev.symposia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published modules work on the module path: a named application module that {@code requires}
 * core, the Jackson module and the validation module reads a reference event's JSON and validates it,
 * with every library on the module path as a named module.
 */
class ModulePathTest {
  private static final List<String> LIBRARIES = List.of("symposia-core", "symposia-jackson", "symposia-validation",
      "jackson-core", "jackson-databind", "jackson-annotations", "hibernate-validator", "jakarta.validation-api",
      "jboss-logging", "classmate");

  @Test
  void aNamedModuleReadsAndValidatesAReferenceEvent() throws IOException, InterruptedException {
    List<String> modulePath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      // Jackson 3 (tools.jackson) is on the test class path for the export checkers' schema validator only.
      boolean jackson3 = Path.of(entry).toString().contains(Path.of("tools", "jackson").toString());
      if (entry.endsWith(".jar") && !name.contains("-tests") && !jackson3
          && LIBRARIES.stream().anyMatch(library -> isJarOf(name, library))) {
        modulePath.add(entry);
      }
    }
    assertThat(modulePath).as("jars of the libraries").hasSize(LIBRARIES.size());
    for (String jar : modulePath.subList(0, modulePath.size())) {
      if (Path.of(jar).getFileName().toString().startsWith("symposia-")) {
        assertThat(ModuleFinder.of(Path.of(jar)).findAll()).singleElement()
            .satisfies(ref -> assertThat(ref.descriptor().isAutomatic()).as("%s is a named module", jar).isFalse());
      }
    }

    Path work = Files.createDirectories(Path.of("target", "module-path-test"));
    Path sources = Path.of("src", "test", "module-path-app");
    Path classes = work.resolve("classes");
    String path = String.join(File.pathSeparator, modulePath);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(System.out, true),
        new PrintWriter(errors, true), "-d", classes.toString(), "--module-path", path,
        sources.resolve("module-info.java").toString(), sources.resolve("app/Main.java").toString());
    assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path", path + File.pathSeparator + classes,
        "-m", "app/app.Main", Path.of("..", "docs", "json", "examples", "isctm-2022.json").toString())
        .redirectErrorStream(true).start();
    List<String> lines;
    try (Stream<String> output = new java.io.BufferedReader(
        new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).lines()) {
      lines = output.filter(l -> l.matches("^(READ|MODULE|FINDINGS|FINDING|Exception).*")).collect(Collectors.toList());
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).containsExactly(
        "READ Symposium[isctm-2022: ISCTM 2022, 2022-11-22/2022-11-24, 4 sessions]",
        "MODULE dev.symposia.core dev.symposia.jackson dev.symposia.validation",
        "FINDINGS 0",
        "FINDING SYM-SESSION-DATES sessions[1].date");
    assertThat(process.exitValue()).isZero();
  }

  // "symposia-jackson-0.1.0.jar" is a jar of symposia-jackson; "symposia-jackson3-0.1.0.jar" is not.
  private static boolean isJarOf(String name, String library) {
    return name.startsWith(library + "-") && name.length() > library.length() + 1
        && Character.isDigit(name.charAt(library.length() + 1));
  }
}
