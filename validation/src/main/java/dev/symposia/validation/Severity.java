package dev.symposia.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.util.Set;

/**
 * How serious a finding is: an {@link #ERROR} is certainly wrong, a {@link #WARNING} is suspicious.
 *
 * <pre>{@code
 * Severity severity = Severity.of(violation);   // WARNING for an ORCID iD outside the assigned ranges
 * }</pre>
 *
 * <p>A constraint carries its severity as payload, {@link Error Severity.Error.class} or
 * {@link Warning Severity.Warning.class}; the validation module attaches each rule with its payload, and an
 * application may put either on its own constraints. A constraint without one counts as an error.
 *
 * <p>Constants are immutable and thread-safe; {@link #of(ConstraintViolation)} is too.
 */
public enum Severity {
  /** Certainly wrong: the record contradicts itself. */
  ERROR(Error.class),
  /** Suspicious: possible, but usually a mistake. */
  WARNING(Warning.class);

  private final Class<? extends Payload> payload;

  Severity(Class<? extends Payload> payload) {
    this.payload = payload;
  }

  /**
   * Returns the payload class that marks a constraint with this severity.
   *
   * @return {@link Error Severity.Error.class} or {@link Warning Severity.Warning.class}; never null
   */
  public Class<? extends Payload> payload() {
    return payload;
  }

  /**
   * Returns the severity of a violation, from its constraint's payload.
   *
   * @param violation the violation; not null
   * @return {@link #WARNING} if the payload holds {@link Warning} and not {@link Error}; {@link #ERROR}
   *     otherwise, also for constraints without a severity
   * @throws NullPointerException if {@code violation} is null
   */
  public static Severity of(ConstraintViolation<?> violation) {
    Set<Class<? extends Payload>> payloads = violation.getConstraintDescriptor().getPayload();
    return payloads.contains(Warning.class) && !payloads.contains(Error.class) ? WARNING : ERROR;
  }

  /** The payload of a constraint whose violations are errors. */
  public interface Error extends Payload {}

  /** The payload of a constraint whose violations are warnings. */
  public interface Warning extends Payload {}
}
