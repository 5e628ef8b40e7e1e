package dev.symposia.examples.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.examples.Main;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.jackson.SymposiaJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path out;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private List<String> summary() {
    String text = printed.toString(StandardCharsets.UTF_8);
    return List.of(text.substring(text.lastIndexOf("Summary\n") + "Summary\n".length()).split("\n"));
  }

  @Test
  void withoutArgumentsValidatesPrintsWritesAndReadsBackTheFiveReferenceEvents() throws Exception {
    assertThat(run("--out", out.toString())).isZero();
    assertThat(summary()).hasSize(5).allSatisfy(line -> assertThat(line).contains("valid").endsWith("read back equal"));
    for (var symposium : ReferenceEvents.all()) {
      Path file = out.resolve(symposium.id().value() + ".json");
      assertThat(SymposiaJson.standard().readSymposium(file)).isEqualTo(symposium);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Programme", "opening ceremony", "John I. Gallin, former Director of NIH Clinical Center — by video message");
  }

  @Test
  void readsADirectoryOfTheUsersOwnDocuments() {
    assertThat(run("--out", out.toString(), Path.of("..", "docs", "json", "examples").toString())).isZero();
    assertThat(summary()).hasSize(5);
  }

  @Test
  void reportsAnInvalidFileWithItsPathAndRuleAndGoesOnWithTheOthers() throws Exception {
    Path bad = out.resolve("bad.json");
    Files.writeString(bad, "{\"symposiaFormat\": 1, \"id\": \"x\", \"title\": \"X\", \"dates\": \"2022-11-31\"}");
    Path good = Path.of("..", "docs", "json", "examples", "isctm-2022.json");
    assertThat(run("--out", out.resolve("written").toString(), bad.toString(), good.toString())).isEqualTo(1);
    assertThat(summary()).anySatisfy(line -> assertThat(line).startsWith(bad + ": not a valid Symposia document: dates"))
        .anySatisfy(line -> assertThat(line).startsWith("isctm-2022").endsWith("read back equal"));
  }

  @Test
  void reportsAMissingPath() {
    assertThat(run("--out", out.toString(), "no/such/file.json")).isEqualTo(1);
    assertThat(summary()).contains("no/such/file.json: no such file or directory");
  }

  @Test
  void refusesAnOutOptionWithoutADirectory() {
    assertThat(run("--out")).isEqualTo(2);
  }
}
