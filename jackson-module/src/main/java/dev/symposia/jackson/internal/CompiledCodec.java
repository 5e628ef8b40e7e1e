package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes the objects of one type: the reading loop and the writer of an {@link ObjectCodec},
 * compiled for that type alone ({@link TypeCodec}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
abstract class CompiledCodec {
  /**
   * Reads an object at the parser's current token.
   *
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid object
   */
  abstract Object read(JsonParser p, ReadContext context) throws IOException;

  /**
   * Writes the properties of a value of the type, in the declared order, between the braces its codec writes.
   *
   * @param value the value; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  abstract void writeProperties(Object value, JsonGenerator g) throws IOException;
}
