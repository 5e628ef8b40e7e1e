package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads the objects of one type: the reading loop of an {@link ObjectCodec}, compiled for that type alone
 * ({@link TypeReader}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
abstract class ObjectReader {
  /**
   * Reads an object at the parser's current token.
   *
   * @return the value; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid object
   */
  abstract Object read(JsonParser p, ReadContext context) throws IOException;
}
