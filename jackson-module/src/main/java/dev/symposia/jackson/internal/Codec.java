package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes the values of one type in the canonical form: a string, a number, an enumeration's
 * name, an object of declared properties ({@link ObjectCodec}).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <V> the type
 */
interface Codec<V> {
  /**
   * Reads a value at the parser's current token.
   *
   * @param p the parser, at the value's first token
   * @param context the document being read: how lenient to be, and its identifiers
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid value
   */
  V read(JsonParser p, ReadContext context) throws IOException;

  /**
   * Writes a value.
   *
   * @param value the value; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  void write(V value, JsonGenerator g) throws IOException;
}
