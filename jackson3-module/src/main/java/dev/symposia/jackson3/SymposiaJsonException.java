package dev.symposia.jackson3;

import java.io.Closeable;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a JSON document is not a valid Symposia model, or a model cannot be written in the canonical
 * form.
 *
 * <pre>{@code
 * SymposiaJson.standard().readSymposium(json);
 * // SymposiaJsonException: sessions[3].participants[0].person: must refer to a speaker of the symposium
 * //     (was "wang-chen") at line 52, column 21
 * }</pre>
 *
 * <p>The message has the form {@code <json path>: <rule> (was <value>) at line L, column C}. The JSON path
 * names properties joined by dots and array elements by their index in brackets, such as
 * {@code sessions[3].participants[0].person}; the whole document is {@code $}. A property name that is not
 * made of letters, digits, {@code _} and {@code -} is written in brackets and quotes, such as
 * {@code ["a.b"]}. The value part is left out when the rule is broken by an absence, and the location when
 * it is not known (when writing). Long values are shortened in the message. The parts are available
 * separately through {@link #jsonPath()}, {@link #rule()}, {@link #offendingValue()} and
 * {@link #getLocation()}. Messages are those of the Jackson 2 module, word for word.
 *
 * <p>Lines and columns count from 1; when the document is read from bytes, columns count bytes. The location
 * is that of the refused value, also for a refusal found later, such as a dangling reference (known at the
 * end of the document): {@link SymposiaJson} reads the document again up to the value the path names.
 * Through a plain {@code ObjectMapper}, which reads its input once, such a refusal keeps the place where it
 * was found.
 *
 * <p>Every refusal of the module is of this type: syntax errors, broken limits, undecodable bytes, wrong
 * types, {@code null}s, duplicate and unknown (in strict mode) properties, and the rules of the core model,
 * whose {@link dev.symposia.InvalidModelException} is the {@linkplain #getCause() cause}.
 *
 * <p><b>Unchecked, like Jackson 3's own exceptions.</b> It is a {@link DatabindException}, and so a
 * {@link tools.jackson.core.JacksonException}, so that every framework built on Jackson 3 (a Spring Boot 4
 * message converter, a JAX-RS provider) recognises a refused document as bad input (HTTP 400) rather than a
 * server failure, and so that it reaches callers of {@code ObjectMapper.readValue} as the exception they
 * already handle.
 *
 * <p>Instances are immutable, apart from the state that every {@link Throwable} carries.
 */
public class SymposiaJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /**
   * The JSON path of the offence.
   *
   * @serial never null; {@code $} for the whole document
   */
  private final String jsonPath;
  /**
   * The rule broken.
   *
   * @serial never null
   */
  private final String rule;
  /**
   * The refused value as the message shows it.
   *
   * @serial null when the offence is an absence
   */
  private final String offendingValue;

  /**
   * Creates an exception.
   *
   * @param processor the parser or generator in use; may be null
   * @param jsonPath the JSON path of the offence, such as {@code sessions[0].kind}, or {@code $} for the
   *     whole document; not null
   * @param rule what the value should have been, such as {@code must be a string}; not null
   * @param offendingValue the refused value as it should appear in the message, such as {@code "x"} with its
   *     quotes, {@code 42} or {@code an array}; null when the rule is broken by an absence
   * @param location where in the document the offence was found; may be null
   * @param cause the underlying exception; may be null
   * @throws NullPointerException if {@code jsonPath} or {@code rule} is null
   */
  public SymposiaJsonException(Closeable processor, String jsonPath, String rule, String offendingValue,
      TokenStreamLocation location, Throwable cause) {
    super(processor, format(jsonPath, rule, offendingValue), cause);
    this.jsonPath = jsonPath;
    this.rule = rule;
    this.offendingValue = offendingValue;
    // The inherited constructor guesses a location from the parser; ours is exact or absent.
    _location = location;
  }

  private static String format(String jsonPath, String rule, String offendingValue) {
    Objects.requireNonNull(jsonPath, "jsonPath");
    Objects.requireNonNull(rule, "rule");
    return offendingValue == null
        ? jsonPath + ": " + rule
        : jsonPath + ": " + rule + " (was " + offendingValue + ")";
  }

  /**
   * Returns the JSON path of the offence.
   *
   * @return the path, such as {@code sessions[3].participants[0].person}, or {@code $} for the whole
   *     document; never null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns the rule that was broken, phrased as what the value should be.
   *
   * @return the rule, such as {@code must be one of exact, at_least, more_than, about, unknown}; never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the refused value as the message shows it: a string in JSON quotes, shortened when long, a
   * number, {@code true}, {@code false}, {@code an object} or {@code an array}.
   *
   * @return the value; empty when the rule was broken by an absence, such as a missing property
   */
  public Optional<String> offendingValue() {
    return Optional.ofNullable(offendingValue);
  }

  /**
   * Returns the path, rule and value followed by the location, if known, such as
   * {@code edition: must be at least 1 (was 0) at line 7, column 14}.
   *
   * @return the message; never null
   */
  @Override
  public String getMessage() {
    String message = getOriginalMessage();
    TokenStreamLocation location = getLocation();
    if (location == null || location.getLineNr() < 1) {
      return message;
    }
    return message + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * Returns the same as {@link #getMessage()}.
   *
   * @return the message; never null
   */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * Returns the class name and the message.
   *
   * @return a description; never null
   */
  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
