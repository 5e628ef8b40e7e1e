package dev.symposia.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every {@code jshell>} line of docs/jshell.md, after the startup script, and checks that JShell
 * answers what the tutorial says it answers, so that the tutorial cannot rot.
 *
 * <p>An expected answer is written as JShell prints it: {@code name ==> value} for a value,
 * {@code |  Exception type: message} for an exception (first line only), or printed output as is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JShellTutorialTest {
  private static final Path TUTORIAL = Path.of("..", "docs", "jshell.md");
  private static final Path STARTUP = Path.of("src", "main", "jshell", "symposia.jsh");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private JShell shell;

  @BeforeAll
  void startJShellWithTheStartupScript() throws IOException {
    shell = JShell.builder()
        .executionEngine("local")
        .out(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .err(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .build();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    // The jshell tool runs its DEFAULT start-up before ours; the API starts with nothing.
    for (String pkg : List.of("java.io", "java.math", "java.net", "java.nio.file", "java.util",
        "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream")) {
      shell.eval("import " + pkg + ".*;");
    }
    for (String snippet : split(Files.readString(STARTUP))) {
      List<String> answers = evaluate(snippet);
      assertThat(answers).as("startup snippet %s", snippet).noneMatch(a -> a.startsWith("|  "));
    }
  }

  @AfterAll
  void close() {
    shell.close();
  }

  @TestFactory
  Stream<DynamicTest> everyTutorialStepAnswersAsWritten() throws IOException {
    List<Step> steps = steps(Files.readAllLines(TUTORIAL));
    assertThat(steps).as("steps in %s", TUTORIAL).hasSizeGreaterThan(10);
    return steps.stream().map(step -> DynamicTest.dynamicTest(step.line + ": " + step.input, () -> {
      List<String> answers = new ArrayList<>();
      for (String snippet : split(step.input)) {
        answers.addAll(evaluate(snippet));
      }
      assertThat(normalise(answers)).isEqualTo(normalise(step.expected));
    }));
  }

  /** JShell numbers temporary variables by snippet count, which the tutorial cannot know: compare without it. */
  private static String normalise(List<String> lines) {
    return lines.stream().map(l -> l.replaceFirst("^\\$\\d+ ==> ", "\\$ ==> ")).collect(Collectors.joining("\n"));
  }

  private List<String> evaluate(String snippet) {
    printed.reset();
    List<String> answers = new ArrayList<>();
    // The local execution engine runs snippets in this JVM, so what they print goes to System.out.
    PrintStream original = System.out;
    List<SnippetEvent> events;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      events = shell.eval(snippet);
    } finally {
      System.setOut(original);
    }
    for (SnippetEvent event : events) {
      if (event.exception() != null) {
        Throwable thrown = event.exception();
        String type = thrown instanceof jdk.jshell.EvalException
            ? ((jdk.jshell.EvalException) thrown).getExceptionClassName() : thrown.getClass().getName();
        answers.add("|  Exception " + type + ": " + thrown.getMessage());
      } else if (event.status() == Snippet.Status.REJECTED) {
        answers.add("|  Error: " + shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; ")));
      } else if (event.value() != null && event.causeSnippet() == null) {
        if (event.snippet() instanceof VarSnippet) {
          answers.add(((VarSnippet) event.snippet()).name() + " ==> " + event.value());
        } else if (event.snippet() instanceof ExpressionSnippet) {
          answers.add(((ExpressionSnippet) event.snippet()).name() + " ==> " + event.value());
        }
      }
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    if (!output.isEmpty()) {
      lines.addAll(List.of(output.split("\n", -1)));
      if (lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
    }
    lines.addAll(answers);
    return lines;
  }

  private List<String> split(String source) {
    List<String> snippets = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.source() == null || info.source().isBlank()) {
        break;
      }
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }

  private static List<Step> steps(List<String> lines) {
    List<Step> steps = new ArrayList<>();
    boolean inBlock = false;
    Step current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        inBlock = line.equals("```jshell");
        current = null;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (line.startsWith("jshell> ")) {
        current = new Step(i + 1, line.substring("jshell> ".length()));
        steps.add(current);
      } else if (line.startsWith("   ...> ") && current != null) {
        current.input += "\n" + line.substring("   ...> ".length());
      } else if (current != null && !line.isEmpty()) {
        current.expected.add(line);
      }
    }
    return steps;
  }

  private static final class Step {
    final int line;
    String input;
    final List<String> expected = new ArrayList<>();

    Step(int line, String input) {
      this.line = line;
      this.input = input;
    }
  }
}
