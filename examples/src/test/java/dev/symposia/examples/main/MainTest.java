package dev.symposia.examples.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.examples.Main;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.jackson.SymposiaJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
  void printsTheReferenceEventsInEnglish() {
    assertThat(run("--out", out.toString())).isZero();
    String text = printed.toString(StandardCharsets.UTF_8);
    String programmes = text.substring(0, text.lastIndexOf("Summary\n"));

    assertThat(programmes).contains(
        "\n  1 forum session (high-level international forum)\n",
        "\n  6 sub-forum sessions (themed sub-forums)\n",
        "\n  an unknown number of forum sessions (thematic academic forums), on ",
        "\n  more than 160,000 visitors\n",
        "\n  co-host     several local government departments\n",
        "\n      keynote speaker an expert from the National University of Singapore, NUS — Medical education at NUS\n",
        "\nIn no stated session\n  speaker         Adel K. El-Naggar, Professor of University of Texas MD Anderson Cancer"
            + " Center — Highlighted the conference's role",
        "\nAims:      To foster collaboration and share the latest advancements in the biomedicine sector",
        "\n      speaker         leaders and reviewers from CDE\n",
        "\n      attendee        heads of the relevant functional departments and faculties of CQMU\n",
        "\n      attendee        Wu Qing, Member of Standing Committee of the CPC Shanghai Municipal Committee,"
            + " Vice Mayor of Shanghai\n",
        "\n      unveiling guest Chen Qun, Vice Mayor of Shanghai\n",
        "\nDates:       22–24 November 2022\n",
        "\n  inauguration ceremony [29 April (year not stated)]\n");
    assertThat(programmes).doesNotContain("1 forum sessions", "more than 1 ", "Vice Mayor of Shanghai of", "--04-29")
        .doesNotContainPattern(Pattern.compile("(?<![\\d,])1 ([a-z-]+ )*(sessions|speakers|institutions|experts"
            + "|countries|projects|visitors|participants|presentations|abstracts)\\b"));
    for (Symposium symposium : ReferenceEvents.all()) {
      List<String> identifiers = new ArrayList<>();
      symposium.institutions().forEach(i -> identifiers.add(i.id().value()));
      symposium.speakers().forEach(s -> identifiers.add(s.id().value()));
      assertThat(programmes).as("identifiers of %s where names exist", symposium.id())
          .doesNotContainPattern(ProgrammePrinterTest.identifier(identifiers.toArray(String[]::new)));
    }
    assertThat(summary()).anySatisfy(line -> assertThat(line).startsWith("ibs-2024").contains(" 1 speaker, "))
        .anySatisfy(line -> assertThat(line).startsWith("scrtc-inauguration").contains(" 1 session, "))
        .noneSatisfy(line -> assertThat(line).containsPattern(" 1 (sessions|speakers|institutions)\\b"));
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
