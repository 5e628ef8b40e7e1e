package dev.symposia.examples;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Finding;
import dev.symposia.validation.Severity;
import dev.symposia.validation.SymposiaValidation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Validates a symposium for the main example and describes the outcome in a few words. */
final class Validation {
  private Validation() {}

  /**
   * Validates a symposium, prints each finding, and returns a summary such as {@code valid},
   * {@code 2 warnings} or {@code 1 error, 2 warnings}.
   */
  static String describe(Symposium symposium, PrintStream out) {
    List<Finding> findings = Finding.all(SymposiaValidation.validate(symposium));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.size() - errors;
    findings.forEach(finding -> out.println("  " + finding));
    if (findings.isEmpty()) {
      return "valid";
    }
    List<String> counts = new ArrayList<>();
    if (errors > 0) {
      counts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      counts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    return String.join(", ", counts);
  }
}
