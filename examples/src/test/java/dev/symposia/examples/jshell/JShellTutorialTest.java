package dev.symposia.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types docs/jshell.md into a real {@code jshell}, started with the command the page gives, and checks that
 * JShell accepts every line and answers what the page shows, so that the tutorial works for a newcomer
 * typing it.
 *
 * <p>One {@code jshell} process, from the JDK that runs the tests, takes the whole page. For each step the
 * test types the page's lines (after {@code jshell>} and {@code ...>}) exactly as written, one per line,
 * and then waits for JShell's next prompt: what JShell printed in between is the step's answer. It must be
 * the lines the page shows, apart from blank lines and the stack trace that JShell prints under an
 * exception, which the page says it leaves out. A line that ends in a complete snippet although the page
 * continues it is run alone by JShell, and the step fails.
 */
class JShellTutorialTest {
  /** The page's command runs in the repository root, with paths relative to it. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TUTORIAL = ROOT.resolve(Path.of("docs", "jshell.md"));
  private static final String CLASSES = "examples/target/classes";
  private static final String CLASS_PATH_FILE = "examples/target/jshell.classpath";
  private static final String STARTUP_SCRIPT = "examples/src/main/jshell/symposia.jsh";
  private static final String COMMAND =
      "jshell --class-path \"" + CLASSES + ":$(cat " + CLASS_PATH_FILE + ")\" " + STARTUP_SCRIPT;

  private static final String PROMPT = "jshell> ";
  private static final String CONTINUATION = "   ...> ";
  /** What JShell prints under an exception, which the page leaves out. */
  private static final Pattern STACK_TRACE = Pattern.compile("\\|\\s+(at \\S.*|\\.\\.\\..*|Caused by: .*)");
  private static final Pattern JSHELL_WELCOME =
      Pattern.compile("\\|  (Welcome to JShell -- Version .*|For an introduction type: /help intro)");

  // JShell starts two JVMs (its own and the one that runs the snippets) and compiles every snippet, and the
  // startup script builds the five events: generous limits, so that only a stuck JShell fails on a loaded
  // two-core machine. A few seconds each is usual.
  private static final Duration FIRST_PROMPT = Duration.ofMinutes(3);
  private static final Duration ANSWER = Duration.ofMinutes(2);

  @Test
  void everyLineOfTheTutorialTypedIntoJShellGivesTheAnswerThePageShows(@TempDir Path home) throws Exception {
    String page = Files.readString(TUTORIAL);
    assertThat(page).as("the command %s gives to start JShell", TUTORIAL).contains(COMMAND);
    List<Step> steps = Step.all(page);
    assertThat(steps).as("steps in %s", TUTORIAL).hasSizeGreaterThan(20);

    try (JShell jshell = JShell.start(home)) {
      String banner = jshell.untilPrompt(FIRST_PROMPT);
      if (banner == null) {
        fail("JShell did not show its first prompt within %s. It printed:%n%s", FIRST_PROMPT, jshell.session());
      }
      assertThat(significant(banner)).as("what JShell printed before its first prompt, with the startup script")
          .filteredOn(line -> !JSHELL_WELCOME.matcher(line).matches())
          .satisfiesExactly(line -> assertThat(line).startsWith("Symposia is ready."));

      for (Step step : steps) {
        jshell.type(step.typed);
        String answer = jshell.untilPrompt(ANSWER);
        if (answer == null) {
          fail("%s: JShell did not answer within %s. The session so far:%n%s", step, ANSWER, jshell.session());
        }
        assertThat(significant(withoutEcho(answer, step.typed.get(0), step.shown)))
            .as("%s%s%nJShell answered:%n%s%nThe session so far:%n%s", step,
                step.typed.size() > 1 ? " (if JShell answered part of the step alone, a line that the page"
                    + " continues ends in a complete snippet: end it with a dot or an operator instead)" : "",
                answer, jshell.session())
            .isEqualTo(step.shown);
      }
      jshell.type(List.of("/exit"));
      assertThat(jshell.exited(ANSWER)).as("JShell exited with status 0 after /exit; it printed:%n%s",
          jshell.session()).isTrue();
    }
  }

  /**
   * Removes JShell's echo of what was typed. A line that reaches JShell after it printed its prompt but before
   * it began to read is taken as typed ahead, and JShell 25 shows it after the prompt, as a terminal shows
   * what a user types ahead; whether it does, and how much of the line it shows before it redraws the line
   * ({@code isct} then {@code isctm ==> ...}), depends on timing. The echo is always a prefix of the line typed,
   * so the answer is taken without the prefix that makes it the page's answer, if one does; otherwise without
   * the whole line when it was echoed, so that the failure shows what JShell answered.
   */
  private static String withoutEcho(String answer, String typed, List<String> shown) {
    for (int echoed = 0; echoed <= typed.length() && answer.startsWith(typed.substring(0, echoed)); echoed++) {
      if (significant(answer.substring(echoed)).equals(shown)) {
        return answer.substring(echoed);
      }
    }
    // A name typed alone is answered by itself, "isctm ==> ...", which is no echo.
    return answer.startsWith(typed) && !answer.startsWith(typed + " ==> ") ? answer.substring(typed.length())
        : answer;
  }

  /** The lines that carry an answer: not blank, and not the stack trace under an exception. */
  private static List<String> significant(String printed) {
    return printed.lines().filter(line -> !line.isBlank() && !STACK_TRACE.matcher(line).matches())
        .collect(Collectors.toList());
  }

  /** One {@code jshell>} line of the page, the {@code ...>} lines that continue it, and the answer shown. */
  private static final class Step {
    final int line;
    final List<String> typed = new ArrayList<>();
    final List<String> shown = new ArrayList<>();

    private Step(int line, String typed) {
      this.line = line;
      this.typed.add(typed);
    }

    static List<Step> all(String page) {
      List<Step> steps = new ArrayList<>();
      List<String> lines = page.lines().collect(Collectors.toList());
      boolean inJShellBlock = false;
      Step current = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("```")) {
          inJShellBlock = line.equals("```jshell");
          current = null;
        } else if (inJShellBlock && line.startsWith(PROMPT)) {
          current = new Step(i + 1, line.substring(PROMPT.length()));
          steps.add(current);
        } else if (inJShellBlock && current != null && line.startsWith(CONTINUATION) && current.shown.isEmpty()) {
          current.typed.add(line.substring(CONTINUATION.length()));
        } else if (inJShellBlock && current != null && !line.isBlank()) {
          current.shown.add(line);
        }
      }
      return steps;
    }

    @Override
    public String toString() {
      return "docs/jshell.md line " + line + ", " + PROMPT + String.join("\n" + CONTINUATION, typed);
    }
  }

  /** A {@code jshell} process started as the page says, typed into and read from as a person would. */
  private static final class JShell implements AutoCloseable {
    private final Process process;
    private final Writer keyboard;
    private final StringBuilder printed = new StringBuilder();
    /** What JShell printed with what was typed, as a terminal would show it: JShell echoes nothing. */
    private final StringBuilder session = new StringBuilder();
    private int answered;
    private boolean ended;

    private JShell(Process process) {
      this.process = process;
      this.keyboard = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader = new Thread(this::read, "jshell output");
      reader.setDaemon(true);
      reader.start();
    }

    static JShell start(Path home) throws IOException {
      Path executable = Path.of(System.getProperty("java.home"), "bin",
          System.getProperty("os.name").startsWith("Windows") ? "jshell.exe" : "jshell");
      assertThat(executable).as("the JDK's jshell (the tests run on %s)", System.getProperty("java.home"))
          .isExecutable();
      Path classPathFile = ROOT.resolve(CLASS_PATH_FILE);
      assertThat(classPathFile).as("the class path file that the build writes for the page's command"
          + " (./mvnw -q -pl examples -am package -DskipTests)").isRegularFile();
      // As $(cat ...) does in the page's command.
      String dependencies = Files.readString(classPathFile).strip();
      // A fresh preferences directory, as a newcomer has: JShell keeps settings such as /set feedback there,
      // and creating the directory (here, before JShell starts) is announced on the error stream.
      Files.createDirectories(home.resolve(Path.of(".java", ".userPrefs")));
      ProcessBuilder builder = new ProcessBuilder(executable.toString(),
          // JShell's own messages (errors, the welcome) are localised; the page shows the English ones.
          "-J-Duser.language=en", "-J-Duser.country=US",
          "-J-Djava.util.prefs.userRoot=" + home,
          "--class-path", CLASSES + File.pathSeparator + dependencies, STARTUP_SCRIPT)
          .directory(ROOT.toFile())
          .redirectErrorStream(true);
      // Each JVM that JShell starts would announce these options among the answers ("Picked up ...").
      builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
      return new JShell(builder.start());
    }

    /** Types the lines of one step, each followed by Enter. */
    void type(List<String> lines) throws IOException {
      synchronized (this) {
        session.append(String.join("\n" + CONTINUATION, lines)).append('\n');
      }
      for (String line : lines) {
        keyboard.write(line + "\n");
      }
      keyboard.flush();
    }

    /**
     * Waits for JShell's next prompt and returns what JShell printed since the previous one, or null when
     * no prompt came in time or JShell ended.
     */
    synchronized String untilPrompt(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      int prompt;
      while ((prompt = printed.indexOf(PROMPT, answered)) < 0) {
        long left = deadline - System.nanoTime();
        if (ended || left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      String answer = printed.substring(answered, prompt);
      answered = prompt + PROMPT.length();
      return withoutPromptErasure(answer);
    }

    boolean exited(Duration timeout) throws InterruptedException {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
    }

    /** The session so far, without the space and backspace that follow JShell's prompt on JDK 17. */
    synchronized String session() {
      return withoutPromptErasure(session.toString());
    }

    private static String withoutPromptErasure(String text) {
      return text.replace(" \b", "");
    }

    private void read() {
      try (Reader output = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
        char[] chunk = new char[8192];
        for (int n = output.read(chunk); n >= 0; n = output.read(chunk)) {
          synchronized (this) {
            printed.append(chunk, 0, n);
            session.append(chunk, 0, n);
            notifyAll();
          }
        }
      } catch (IOException e) {
        // The process is gone; untilPrompt reports that no prompt came, with what was printed.
      } finally {
        synchronized (this) {
          ended = true;
          notifyAll();
        }
      }
    }

    @Override
    public void close() {
      try {
        keyboard.close();
      } catch (IOException e) {
        // JShell is gone already, and what it printed is in the failure being reported.
      }
      // JShell's own child, the JVM that runs the snippets, would outlive a JShell that is killed.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
