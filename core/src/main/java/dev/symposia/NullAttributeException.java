package dev.symposia;

import dev.symposia.internal.GeneratedCaller;
import java.util.Objects;

/**
 * Thrown by a builder of the model when {@code null} is given where a value is required: an attribute, an
 * element of a list, or the instance to copy from.
 *
 * <pre>{@code
 * Session.builder().id((LocalId) null);
 * // NullAttributeException: Session.id: must not be null (was null)
 * }</pre>
 *
 * <p>An {@link InvalidModelException} like every other refusal of the model, and caught as one: its
 * {@link #type()} is the model type being built, such as {@code Session}, its {@link #attribute()} the
 * attribute given {@code null}, and its {@link #rule()} {@code "must not be null"}, or
 * {@code "must not contain null"} for an element of a list. Applications catch it; they have no reason to
 * create one.
 *
 * <p>Instances are immutable and thread-safe (apart from the stack trace that every {@link Throwable} carries).
 */
public final class NullAttributeException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the given attribute; called by the builders of the model.
   *
   * <p>The type named in the message is the model type whose builder is on the call stack, or
   * {@code "value"} when the exception is created anywhere else.
   *
   * @param attributeDescription the attribute, such as {@code "id"}, or for an element of a list the
   *     attribute followed by {@code " element"}, such as {@code "sessions element"}; not null
   * @throws NullPointerException if {@code attributeDescription} is null
   */
  public NullAttributeException(String attributeDescription) {
    super(GeneratedCaller.valueTypeName(), attribute(attributeDescription), rule(attributeDescription), null);
  }

  private static String attribute(String description) {
    int space = Objects.requireNonNull(description, "attributeDescription").indexOf(' ');
    return space < 0 ? description : description.substring(0, space);
  }

  private static String rule(String description) {
    return description.endsWith(" element") ? "must not contain null" : "must not be null";
  }
}
