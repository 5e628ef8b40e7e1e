package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.generators.EventGenerators;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema as services in JavaScript use it: Ajv (in {@code src/test/resources/ajv}, run by Node.js) compiles
 * it in strict mode, and finds every document the writer produces valid, the golden files and generated
 * programmes. Skipped where {@code node} is not on the path.
 */
class AjvSchemaTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).resolve("..");

  @BeforeAll
  static void needsNode() {
    Assumptions.assumeTrue(nodeAvailable(), "node is not on the path");
  }

  @Test
  void everyDocumentTheWriterProducesIsValidInAjvStrictMode(@TempDir Path dir) throws Exception {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> golden = Files.list(REPOSITORY.resolve("docs/json/examples"))) {
      golden.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
    }
    assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
    List<String> generated = new ArrayList<>();
    qt().withExamples(40).forAll(EventGenerators.symposia())
        .checkAssert(symposium -> generated.add(SymposiaJson.standard().write(symposium)));
    for (int i = 0; i < generated.size(); i++) {
      documents.add(Files.writeString(dir.resolve("generated-" + i + ".json"), generated.get(i)));
    }

    List<String> lines = ajv(documents);

    assertThat(lines.get(0)).as("the schema compiles in strict mode").isEqualTo("compiled");
    assertThat(lines.subList(1, lines.size())).hasSize(documents.size())
        .allSatisfy(line -> assertThat(line).as("Ajv's verdict").endsWith("\tvalid"));
  }

  private static List<String> ajv(List<Path> documents) throws IOException, InterruptedException, URISyntaxException {
    Path script = Path.of(AjvSchemaTest.class.getResource("/ajv/check.js").toURI());
    List<String> command = new ArrayList<>(List.of("node", script.toString(),
        REPOSITORY.resolve("docs/json/symposia-1.schema.json").toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output.lines().toList();
  }

  private static boolean nodeAvailable() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }
}
