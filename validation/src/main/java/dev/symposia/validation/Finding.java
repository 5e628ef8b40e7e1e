package dev.symposia.validation;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A constraint violation reduced to what a report shows: severity, code, property path and message.
 *
 * <pre>{@code
 * Finding.all(SymposiaValidation.validate(symposium)).forEach(System.out::println);
 * // ERROR SYM-PERSON-OVERLAP sessions[3].participants[1]: wang-chen takes part in session plenary and, ...
 * }</pre>
 *
 * <p>Two findings are equal when all four parts are equal. Instances are immutable and thread-safe.
 */
public final class Finding {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparing(Finding::code).thenComparing(Finding::message);

  private final Severity severity;
  private final String code;
  private final String path;
  private final String message;

  private Finding(Severity severity, String code, String path, String message) {
    this.severity = severity;
    this.code = code;
    this.path = path;
    this.message = message;
  }

  /**
   * Returns the finding a violation reports.
   *
   * @param violation the violation; not null
   * @return the finding; never null
   * @throws NullPointerException if {@code violation} is null
   */
  public static Finding of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    String code = Rule.of(violation).map(Rule::code)
        .orElseGet(() -> violation.getConstraintDescriptor().getAnnotation().annotationType().getName());
    return new Finding(Severity.of(violation), code, violation.getPropertyPath().toString(),
        violation.getMessage());
  }

  /**
   * Returns the findings of several violations, ordered by path, then code, then message.
   *
   * @param violations the violations; not null, no element null
   * @return the findings, one per violation; never null
   * @throws NullPointerException if {@code violations} or an element is null
   */
  public static List<Finding> all(Collection<? extends ConstraintViolation<?>> violations) {
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      findings.add(of(violation));
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  /**
   * Returns how serious the finding is.
   *
   * @return the severity; never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the rule's code, such as {@code SYM-SESSION-DATES}, or for a constraint that is not one of
   * this module's, the name of its annotation type, such as {@code jakarta.validation.constraints.NotNull}.
   *
   * @return the code; never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the property path to the offending element, such as {@code sessions[3].participants[1]}.
   *
   * @return the path; empty for the validated object itself; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the interpolated message.
   *
   * @return the message; never null
   */
  public String message() {
    return message;
  }

  /**
   * Tells whether another object is a finding with the same severity, code, path and message.
   *
   * @param other the object to compare with; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return severity == that.severity && code.equals(that.code) && path.equals(that.path)
        && message.equals(that.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(severity, code, path, message);
  }

  /**
   * Returns the finding as one line: {@code ERROR SYM-SESSION-DATES sessions[3].date: message}.
   *
   * @return the line; never null
   */
  @Override
  public String toString() {
    return severity + " " + code + " " + path + ": " + message;
  }
}
