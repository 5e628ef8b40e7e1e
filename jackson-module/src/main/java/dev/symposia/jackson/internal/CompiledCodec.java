package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes the objects of one type: the reading loop and the writer of an {@link ObjectCodec},
 * compiled for that type alone ({@link TypeCodec}). A property whose values are objects of a type reads
 * them through that type's copy, whose class is final and known exactly, so the call is direct where through
 * {@link ObjectCodec} it would be a virtual call shared by every type.
 *
 * <p>Implementations are immutable and thread-safe.
 */
abstract class CompiledCodec implements Codec<Object> {
  /**
   * Reads an object at the parser's current token.
   *
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid object
   */
  @Override
  public abstract Object read(JsonParser p, ReadContext context) throws IOException;

  /**
   * Writes a value of the type as an object: the format marker first if it is an aggregate at the root of a
   * document, then its properties in the declared order.
   *
   * @param value the value; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  @Override
  public abstract void write(Object value, JsonGenerator g) throws IOException;
}
