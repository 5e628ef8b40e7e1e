package dev.symposia;

import dev.symposia.internal.GeneratedCaller;

/**
 * Thrown by a builder of the model when {@code build()} is called before every required attribute was set.
 *
 * <pre>{@code
 * Statistic.builder().measure(Measure.SESSIONS).build();
 * // MissingAttributesException: Statistic.count: is required
 * }</pre>
 *
 * <p>An {@link InvalidModelException} like every other refusal of the model, and caught as one: its
 * {@link #type()} is the model type being built, such as {@code Statistic}, its {@link #attribute()} the
 * missing attributes, comma-separated, and its {@link #rule()} {@code "is required"} (or
 * {@code "are required"}); it has no {@linkplain #offendingValue() offending value}. Applications catch it;
 * they have no reason to create one.
 *
 * <p>Instances are immutable and thread-safe (apart from the stack trace that every {@link Throwable} carries).
 */
public final class MissingAttributesException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the given missing attributes; called by the builders of the model.
   *
   * <p>The type named in the message is the model type whose builder is on the call stack, or
   * {@code "value"} when the exception is created anywhere else.
   *
   * @param missingAttributes the names of the attributes that were not set; not null, no element null
   * @throws NullPointerException if {@code missingAttributes} or an element is null
   */
  public MissingAttributesException(String... missingAttributes) {
    super(GeneratedCaller.valueTypeName(), String.join(", ", missingAttributes),
        missingAttributes.length == 1 ? "is required" : "are required");
  }
}
