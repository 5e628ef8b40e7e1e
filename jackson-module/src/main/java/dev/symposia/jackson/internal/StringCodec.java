package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.InvalidModelException;
import java.io.IOException;

/**
 * Reads and writes a value type whose JSON form is the string its {@code toString} prints and its
 * {@code parse} (or {@code of}) reads back.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class StringCodec<T> implements Codec<T> {
  /** Parses the text form of a value, throwing {@link InvalidModelException} for text it refuses. */
  interface Parse<T> {
    T parse(String text);
  }

  private final Class<T> type;
  private final Parse<T> parse;

  StringCodec(Class<T> type, Parse<T> parse) {
    this.type = type;
    this.parse = parse;
  }

  /**
   * Returns the value type.
   *
   * @return the type; never null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param p the parser, at the value
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a string that
   *     the type accepts
   */
  @Override
  public T read(JsonParser p, ReadContext context) throws IOException {
    return read(p);
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param p the parser, at the value
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a string that
   *     the type accepts
   */
  public T read(JsonParser p) throws IOException {
    String text = Reads.string(p);
    try {
      return parse.parse(text);
    } catch (InvalidModelException e) {
      throw Failures.value(p, e, text);
    }
  }

  /**
   * Parses the text of a map key.
   *
   * @param text the key; not null
   * @return the value; never null
   * @throws InvalidModelException if the type refuses the text
   */
  public T parse(String text) {
    return parse.parse(text);
  }

  /**
   * Writes a value.
   *
   * @param value the value; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeString(value.toString());
  }
}
