package dev.symposia;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value or aggregate of the model would break one of its invariants.
 *
 * <pre>{@code
 * Orcid.parse("0000-0002-1825-0096");
 * // InvalidModelException: Orcid.value: check digit should be 7 (was "0000-0002-1825-0096")
 * }</pre>
 *
 * <p>Every type of the core model throws this exception, and only this exception, for input it refuses:
 * a missing required attribute, a {@code null} passed to a builder, a blank name, an end before a start,
 * a bad check digit, a dangling or duplicate reference. Builders report a missing required attribute with
 * the subclass {@link MissingAttributesException} and a {@code null} with {@link NullAttributeException}; both
 * are in this package, like every exception the model throws. The message always has the form
 * {@code Type.attribute: rule (was "value")} and the parts are available separately through
 * {@link #type()}, {@link #attribute()}, {@link #rule()} and {@link #offendingValue()}, so that other
 * layers (the JSON reader, for example) can translate them without parsing the message.
 *
 * <p>The attribute may be a path into nested content, such as {@code sessions[3].participants[0].person},
 * when an aggregate refuses one of its parts.
 *
 * <p>Instances are immutable and thread-safe (apart from the stack trace that every {@link Throwable} carries).
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * The simple name of the refusing type.
   *
   * @serial never null
   */
  private final String type;
  /**
   * The attribute, or the path to it.
   *
   * @serial never null
   */
  private final String attribute;
  /**
   * The rule broken.
   *
   * @serial never null
   */
  private final String rule;
  /** Not serialised: the value may be of any type. */
  private final transient Object offendingValue;
  /**
   * Whether a value was refused, rather than an absence.
   *
   * @serial true when {@link #offendingValue()} holds the refused value
   */
  private final boolean hasOffendingValue;

  /**
   * Creates an exception for a rule broken by a given value.
   *
   * @param type the simple name of the model type that refused the value, such as {@code "Symposium"}; not null
   * @param attribute the attribute, or the path to it, such as {@code "edition"}; not null
   * @param rule what the value should have been, such as {@code "must be at least 1"}; not null
   * @param offendingValue the refused value; may be null when the value itself was null
   * @throws NullPointerException if {@code type}, {@code attribute} or {@code rule} is null
   */
  public InvalidModelException(String type, String attribute, String rule, Object offendingValue) {
    this(type, attribute, rule, offendingValue, true);
  }

  /**
   * Creates an exception for a rule broken by an absence rather than by a value, such as a missing
   * required attribute.
   *
   * @param type the simple name of the model type, such as {@code "Symposium"}; not null
   * @param attribute the attribute, or the path to it; not null
   * @param rule the rule broken, such as {@code "is required"}; not null
   * @throws NullPointerException if an argument is null
   */
  public InvalidModelException(String type, String attribute, String rule) {
    this(type, attribute, rule, null, false);
  }

  private InvalidModelException(
      String type, String attribute, String rule, Object offendingValue, boolean hasOffendingValue) {
    super(format(type, attribute, rule, offendingValue, hasOffendingValue));
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.offendingValue = offendingValue;
    this.hasOffendingValue = hasOffendingValue;
  }

  private static String format(
      String type, String attribute, String rule, Object value, boolean hasValue) {
    StringBuilder message = new StringBuilder().append(type).append('.').append(attribute).append(": ").append(rule);
    if (hasValue) {
      message.append(" (was ").append(quote(value)).append(')');
    }
    return message.toString();
  }

  private static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return '"' + value.toString() + '"';
  }

  /**
   * Returns the simple name of the model type that refused its input.
   *
   * @return the type name, such as {@code "CooperationAgreement"}; never null
   */
  public String type() {
    return type;
  }

  /**
   * Returns the attribute that broke the rule, or a path to it inside the type.
   *
   * @return the attribute, such as {@code "parties"} or {@code "sessions[2].participants[0].person"}; never null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Returns the rule that was broken, phrased as what the value should be.
   *
   * @return the rule, such as {@code "must name at least two distinct parties"}; never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the refused value, when there was one.
   *
   * @return the refused value; empty when the rule was broken by an absence, or when the value was
   *     {@code null} or after deserialisation of this exception
   */
  public Optional<Object> offendingValue() {
    return hasOffendingValue ? Optional.ofNullable(offendingValue) : Optional.empty();
  }
}
