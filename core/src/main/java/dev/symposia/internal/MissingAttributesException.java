package dev.symposia.internal;

import dev.symposia.InvalidModelException;

/**
 * Raised by generated builders when required attributes were never set.
 *
 * <p>Immutables calls the {@code String...} constructor with the names of the missing attributes; the
 * type is recovered from the generated builder on the call stack, so that the message names it.
 */
public final class MissingAttributesException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the given missing attributes.
   *
   * @param missingAttributes the names of the attributes that were not set
   */
  public MissingAttributesException(String... missingAttributes) {
    super(GeneratedCaller.valueTypeName(), String.join(", ", missingAttributes),
        missingAttributes.length == 1 ? "is required" : "are required");
  }
}
