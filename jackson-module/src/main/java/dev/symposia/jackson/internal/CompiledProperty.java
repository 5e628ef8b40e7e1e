package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one property of an object type: the code of a {@link Property}, compiled for that
 * property alone ({@link PropertyCode}). Each holds the property declared after it, which it calls directly,
 * so a type's properties are read in the declared order, and written, by a chain of direct calls.
 *
 * <p>Implementations are immutable and thread-safe.
 */
abstract class CompiledProperty {
  /** How the value is read: one value by the property's codec. */
  static final int READ_ONE = 0;
  /** How the value is read: an array whose elements the property's codec reads. */
  static final int READ_LIST = 1;
  /** How the value is read: an identifier, by the document's table ({@link ReadContext#identifier}). */
  static final int READ_IDENTIFIER = 2;
  /** How the value is read: an array of identifiers. */
  static final int READ_IDENTIFIERS = 3;
  /** How the value is written: always. */
  static final int WRITE_ONE = 0;
  /** How the value is written: if the Optional the getter returns holds one. */
  static final int WRITE_OPTIONAL = 1;
  /** How the value is written: as an array, if the list the getter returns is not empty. */
  static final int WRITE_LIST = 2;

  /**
   * Reads this property if its name comes next in the object, then lets the properties declared after it
   * do the same (the steps of {@link TypeCodec}).
   *
   * @param steps the properties read so far, one bit each by index, with {@link ObjectCodec#ENDED} if the
   *     object has ended
   * @return {@code steps} with the bits of the properties read added, and {@link ObjectCodec#ENDED} if the
   *     object has ended; if not, the name that no step took is the parser's current token
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for an invalid value
   */
  abstract long readInOrder(long steps, JsonParser p, ReadContext context, Object builder) throws IOException;

  /**
   * Reads the property's value at the parser's current token into a builder.
   *
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for an invalid value
   */
  abstract void read(JsonParser p, ReadContext context, Object builder) throws IOException;

  /**
   * Writes this property of a value, if the value has it, and then the properties declared after it.
   *
   * @throws IOException if the generator fails
   */
  abstract void write(Object value, JsonGenerator g) throws IOException;
}
