package dev.symposia.jackson;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;

/** Compiles a source text against the test class path, to tell what users' code can and cannot do. */
final class Compilation {
  private Compilation() {}

  /**
   * Returns the compiler's errors for one class.
   *
   * @param className the class's simple name, in the unnamed package
   * @param source the source text
   * @return one line per error, in javac's raw form that no locale changes, such as
   *     {@code Misuse.java:7:36: compiler.err.cant.apply.symbols: ...}; empty when the class compiles
   */
  static List<String> errors(String className, String source) {
    try {
      Path directory = Files.createTempDirectory("symposia-compile");
      Path file = directory.resolve(className + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      StringWriter output = new StringWriter();
      PrintWriter out = new PrintWriter(output);
      ToolProvider.findFirst("javac").orElseThrow().run(out, out, "-XDrawDiagnostics", "-proc:none",
          "-d", directory.toString(), "-classpath", System.getProperty("java.class.path"), file.toString());
      out.flush();
      return output.toString().lines().filter(line -> line.contains(": compiler.err.")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
