package dev.symposia.internal;

import dev.symposia.InvalidModelException;

/**
 * Raised by generated builders when {@code null} is passed where a value is required.
 *
 * <p>Immutables calls the {@code String} constructor with the attribute name, or with
 * {@code "<attribute> element"} for an element of a collection.
 */
public final class NullAttributeException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the given attribute.
   *
   * @param attributeDescription the attribute name as the generated code describes it
   */
  public NullAttributeException(String attributeDescription) {
    super(GeneratedCaller.valueTypeName(), attribute(attributeDescription), rule(attributeDescription), null);
  }

  private static String attribute(String description) {
    int space = description.indexOf(' ');
    return space < 0 ? description : description.substring(0, space);
  }

  private static String rule(String description) {
    return description.endsWith(" element") ? "must not contain null" : "must not be null";
  }
}
