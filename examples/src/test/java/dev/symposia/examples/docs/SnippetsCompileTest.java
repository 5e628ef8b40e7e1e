package dev.symposia.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and of docs/*.md compiles as pasted, against the libraries on this
 * test's class path, so that a reader who copies one gets code that compiles, and the documentation cannot
 * drift from the API unnoticed.
 *
 * <p>A snippet is one of two things:
 * <ul>
 *   <li>a compilation unit, when it has a {@code package} line or its first line of code (after comments,
 *   imports and annotations) declares a class, record, interface or enum: it is compiled as a file of its
 *   own;</li>
 *   <li>otherwise, import lines followed by statements: the statements are compiled as the body of a method
 *   of a class, with the imports at the top of the file. The method declares no checked exception, so a
 *   snippet that writes JSON to a {@code String} shows that writing needs no {@code try}. A snippet whose
 *   first line is a comment ending in {@code throws} and an exception type, such as
 *   {@code // in a method that throws IOException}, is compiled in a method that declares that type (which
 *   the snippet imports, as the reader's file would).</li>
 * </ul>
 *
 * <p>Snippets are compiled with {@code --release 17}. A snippet that does not compile fails with the
 * compiler's messages, their line numbers those of the Markdown file. Blocks in other languages ({@code sh},
 * {@code xml}, {@code json}, {@code jshell}) are not compiled; docs/jshell.md is run by the JShell tutorial's
 * own test. A Java snippet whose first line is {@code // integration-tests/...} needs a framework; the
 * application there checks that it holds the snippet.
 */
class SnippetsCompileTest {
  private static final Path ROOT = Path.of("..");

  private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*(\\S*)\\s*$");
  private static final Pattern THROWS_COMMENT = Pattern.compile(
      "^\\s*//.*\\bthrows\\s+([\\w$.]+(?:\\s*,\\s*[\\w$.]+)*)\\s*$");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s.*");
  private static final Pattern ANNOTATION_LINE = Pattern.compile("^\\s*@[\\w.]+(\\(.*\\))?\\s*$");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;.*");
  private static final Pattern TYPE = Pattern.compile(
      "^(?:@[\\w.]+(?:\\(.*?\\))?\\s+)*"
          + "(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
          + "(?:class|record|interface|enum|@interface)\\s+(\\w+).*");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^(?:@[\\w.]+(?:\\(.*?\\))?\\s+)*public\\s+"
          + "(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
          + "(?:class|record|interface|enum|@interface)\\s+(\\w+).*");
  private static final Pattern DIAGNOSTIC = Pattern.compile("^(?:.*[/\\\\])?[\\w$]+\\.java:(\\d+):(\\d+): (.*)$");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAsPasted() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path file : files) {
      snippets.addAll(snippets(ROOT.relativize(file).toString().replace(File.separatorChar, '/'),
          Files.readAllLines(file)));
    }
    assertThat(snippets).as("Java snippets in README.md").anyMatch(s -> s.file.equals("README.md"));
    return snippets.stream().map(snippet -> DynamicTest.dynamicTest(snippet.file + ":" + snippet.fenceLine, () -> {
      List<String> errors = compile(snippet, Files.createTempDirectory(work, "snippet"));
      if (!errors.isEmpty()) {
        fail(snippet.file + ":" + snippet.fenceLine + ": the snippet does not compile as pasted\n"
            + String.join("\n", errors));
      }
    }));
  }

  @Test
  void aSnippetThatDoesNotCompileIsReportedAtItsLineInTheMarkdownFile() throws IOException {
    List<Snippet> snippets = snippets("EXAMPLE.md", List.of(
        "# Example",
        "",
        "```java",
        "import java.nio.file.Files;",
        "import java.nio.file.Path;",
        "",
        "String text = Files.readString(Path.of(\"a.txt\"));",
        "```"));

    assertThat(snippets).singleElement().satisfies(s -> assertThat(s.fenceLine).isEqualTo(3));
    assertThat(compile(snippets.get(0), work)).singleElement().asString()
        .startsWith("EXAMPLE.md:7:")
        .contains("compiler.err.unreported.exception.need.to.catch.or.throw");
  }

  @Test
  void aSnippetWhoseFirstLineSaysSoIsCompiledInAMethodThatThrowsThatException() throws IOException {
    List<Snippet> snippets = snippets("EXAMPLE.md", List.of(
        "```java",
        "// in a method that throws IOException",
        "import java.io.IOException;",
        "import java.nio.file.Files;",
        "import java.nio.file.Path;",
        "",
        "String text = Files.readString(Path.of(\"a.txt\"));",
        "```",
        "```sh",
        "./mvnw -B verify",
        "```"));

    assertThat(snippets).singleElement().satisfies(s -> assertThat(compile(s, work)).isEmpty());
  }

  @Test
  void aCompilationUnitIsCompiledAsAFileOfItsOwn() throws IOException {
    List<Snippet> snippets = snippets("EXAMPLE.md", List.of(
        "```java",
        "import java.util.List;",
        "",
        "/** A speaker's talks. */",
        "public record Talks(List<String> titles) {}",
        "```"));

    assertThat(snippets).singleElement().satisfies(s -> assertThat(compile(s, work)).isEmpty());
  }

  /** The Java blocks of a Markdown file, with the line of their opening fence (counted from 1). */
  private static List<Snippet> snippets(String file, List<String> lines) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      int start = i;
      int indent = open.group(1).length();
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !FENCE.matcher(lines.get(i)).matches(); i++) {
        String line = lines.get(i);
        body.add(line.substring(Math.min(indent, line.length() - line.stripLeading().length())));
      }
      if (i == lines.size()) {
        fail(file + ":" + (start + 1) + ": a code block that is never closed");
      }
      // The framework snippets need Spring Boot or Quarkus: the applications in integration-tests check them.
      if (open.group(2).equals("java") && !(!body.isEmpty() && body.get(0).startsWith("// integration-tests/"))) {
        snippets.add(new Snippet(file, start + 1, body));
      }
    }
    return snippets;
  }

  /** Compiles a snippet; returns the compiler's errors, located in the Markdown file, or nothing. */
  private static List<String> compile(Snippet snippet, Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path source = sources.resolve(snippet.fileName());
    Files.write(source, snippet.source());
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output, true);
    int exit = ToolProvider.findFirst("javac").orElseThrow().run(writer, writer,
        "-d", classes.toString(), "--release", "17", "-proc:none", "-implicit:none", "-XDrawDiagnostics",
        "-cp", System.getProperty("java.class.path"), source.toString());
    List<String> errors = new ArrayList<>();
    for (String message : output.toString().split("\\R")) {
      Matcher diagnostic = DIAGNOSTIC.matcher(message);
      if (diagnostic.matches()) {
        int line = Integer.parseInt(diagnostic.group(1));
        int column = Integer.parseInt(diagnostic.group(2)) - snippet.shift(line);
        errors.add(snippet.file + ":" + (snippet.fenceLine + line) + ":" + column + ": " + diagnostic.group(3));
      } else if (exit != 0 && !message.isBlank() && !message.matches("^\\d+ errors?$")) {
        errors.add("  " + message);
      }
    }
    if (exit != 0 && errors.isEmpty()) {
      errors.add(snippet.file + ":" + snippet.fenceLine + ": javac exited with " + exit);
    }
    return exit == 0 ? List.of() : errors;
  }

  /** A Java block of a Markdown file: its lines, without the fences. */
  private static final class Snippet {
    final String file;
    final int fenceLine;
    final List<String> lines;

    Snippet(String file, int fenceLine, List<String> lines) {
      this.file = file;
      this.fenceLine = fenceLine;
      this.lines = lines;
    }

    /** The index of the first line of code that is not a comment, an import or an annotation, or -1. */
    private int firstCode(boolean skipAnnotations) {
      boolean inComment = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (inComment) {
          inComment = !line.contains("*/");
        } else if (line.startsWith("/*")) {
          inComment = !line.contains("*/");
        } else if (!line.isEmpty() && !line.startsWith("//") && !IMPORT.matcher(line).matches()
            && !(skipAnnotations && ANNOTATION_LINE.matcher(line).matches())) {
          return i;
        }
      }
      return -1;
    }

    boolean isCompilationUnit() {
      int first = firstCode(true);
      return lines.stream().anyMatch(l -> PACKAGE.matcher(l).matches())
          || first >= 0 && TYPE.matcher(lines.get(first).strip()).matches();
    }

    String fileName() {
      if (isCompilationUnit()) {
        for (String line : lines) {
          // A top-level type is not indented; a public nested type does not name the file.
          Matcher type = PUBLIC_TYPE.matcher(line);
          if (type.matches()) {
            return type.group(1) + ".java";
          }
        }
      }
      return "Snippet.java";
    }

    private String header() {
      Matcher throwsComment = lines.isEmpty() ? null : THROWS_COMMENT.matcher(lines.get(0));
      String throwsClause = throwsComment != null && throwsComment.matches() ? " throws " + throwsComment.group(1) : "";
      return "class Snippet { void run()" + throwsClause + " { ";
    }

    /** How many characters the source has before the snippet's own text on a line (counted from 1). */
    int shift(int line) {
      return !isCompilationUnit() && line - 1 == firstCode(false) ? header().length() : 0;
    }

    /**
     * The source to compile, line for line as in the Markdown file: statements get the class and method
     * around them on their first line and two closing braces on a line after the last.
     */
    List<String> source() {
      if (isCompilationUnit()) {
        return lines;
      }
      List<String> source = new ArrayList<>(lines);
      int first = firstCode(false);
      String header = header();
      if (first < 0) {
        source.add(header);
      } else {
        source.set(first, header + source.get(first));
      }
      source.add("}}");
      return source;
    }
  }
}
