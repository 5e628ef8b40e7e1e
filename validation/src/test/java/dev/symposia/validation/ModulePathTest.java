package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module works on the module path: a named application module that requires
 * {@code dev.symposia.validation} validates a symposium, and Hibernate Validator, as a named module too,
 * instantiates the validators of the package opened to it and finds the messages in every language.
 */
class ModulePathTest {
  // The jars an application needs on its module path; Expressly is not among them.
  private static final List<String> MODULES = List.of("symposia-core", "hibernate-validator",
      "jakarta.validation-api", "jboss-logging", "classmate");

  @Test
  void aNamedApplicationModuleValidatesWithTheModuleOnTheModulePath() throws IOException, InterruptedException {
    List<String> modulePath = new ArrayList<>();
    modulePath.add(Paths.get("target", "classes").toAbsolutePath().toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      boolean wanted = MODULES.stream().anyMatch(name::startsWith) && !name.contains("tests")
          || entry.replace(File.separatorChar, '/').endsWith("core/target/classes");
      if (wanted) {
        modulePath.add(entry);
      }
    }
    Path work = Files.createDirectories(Paths.get("target", "module-path-test"));
    Path sources = Paths.get("src", "test", "module-path-app");
    Path classes = work.resolve("classes");
    String path = String.join(File.pathSeparator, modulePath);

    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(System.out, true),
        new PrintWriter(errors, true), "-d", classes.toString(), "--module-path", path,
        sources.resolve("module-info.java").toString(), sources.resolve("app/Main.java").toString());
    assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "--module-path", path + File.pathSeparator + classes, "-m", "app/app.Main")
        .redirectErrorStream(true).start();
    List<String> lines;
    try (Stream<String> output = process.inputReader(StandardCharsets.UTF_8).lines()) {
      lines = output.filter(line -> line.startsWith("ERROR") || line.startsWith("WARNING") || line.contains("Exception"))
          .collect(Collectors.toList());
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).containsExactly(
        "ERROR SYM-SESSION-DATES sessions[1].date: session b is dated 2022-11-23, outside the symposium's dates "
            + "2022-11-22",
        "ERROR SYM-PERSON-OVERLAP sessions[2].participants[0]: wang takes part in session c and, at the same time, "
            + "in session a",
        "ERROR SYM-SESSION-DATES sessions[1].date: 场次 b 的日期 2022-11-23 不在会议日期 2022-11-22 之内",
        "ERROR SYM-PERSON-OVERLAP sessions[2].participants[0]: wang 同时参加场次 c 和场次 a",
        "ERROR SYM-SESSION-DATES sessions[1].date: 場次 b 的日期 2022-11-23 不在會議日期 2022-11-22 之內",
        "ERROR SYM-PERSON-OVERLAP sessions[2].participants[0]: wang 同時參加場次 c 與場次 a");
  }
}
