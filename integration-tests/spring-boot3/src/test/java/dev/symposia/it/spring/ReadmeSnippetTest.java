package dev.symposia.it.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The snippet of docs/frameworks.md for this framework is code the application declares, line for line. */
class ReadmeSnippetTest {
  private static final String MARKER = "// integration-tests/spring-boot3: SymposiaApplication.java";

  /** Code lines, stripped, without blank lines and comments. */
  private static List<String> code(List<String> lines) {
    return lines.stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("/*") && !l.startsWith("*"))
        .collect(Collectors.toList());
  }

  @Test
  void theReadmeShowsWhatTheApplicationDeclares() throws IOException {
    List<String> readme = Files.readAllLines(Path.of(System.getProperty("symposia.readme", "../../docs/frameworks.md")));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("the line %s of docs/frameworks.md", MARKER).isPositive();
    List<String> snippet = new ArrayList<>();
    for (int i = marker + 1; !readme.get(i).startsWith("```"); i++) {
      snippet.add(readme.get(i));
    }
    List<String> source =
        code(Files.readAllLines(Path.of("src/main/java/dev/symposia/it/spring/SymposiaApplication.java")));

    assertThat(code(snippet)).hasSizeGreaterThan(5);
    assertThat(String.join("\n", source)).contains(String.join("\n", code(snippet)));
  }
}
