package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * Lets Jackson read a model type through its hand-written reader, and turns everything that goes wrong
 * into a {@link SymposiaJsonException} with the JSON path. The result depends on the document and the
 * module's mode alone, never on the mapper's features, and type ids are never read, even on a mapper with
 * default typing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Reads one value of a type at the parser's current token. */
  public interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param p the parser, at the value's first token
     * @param context the document being read: how lenient to be, and the identifiers met so far
     * @return the value; never null
     * @throws IOException if the value is refused or the input fails
     */
    T read(JsonParser p, ReadContext context) throws IOException;
  }

  private final transient Reader<T> reader;
  private final ReadOptions options;

  ModelDeserializer(Class<T> type, Reader<T> reader, ReadOptions options) {
    super(type);
    this.reader = reader;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, reader, options);
  }

  /**
   * Reads a value, translating every refusal into a {@link SymposiaJsonException}. Failures of the input
   * itself, other than undecodable characters, pass through unchanged.
   *
   * @param p the parser, at the value's first token
   * @param reader the reader of the type
   * @param options how lenient to be
   * @param <T> the type
   * @return the value; never null
   * @throws IOException a {@link SymposiaJsonException} if the value is refused, or what the input threw
   */
  public static <T> T read(JsonParser p, Reader<T> reader, ReadOptions options) throws IOException {
    try {
      return reader.read(p, new ReadContext(options));
    } catch (SymposiaJsonException e) {
      throw e;
    } catch (JsonProcessingException | CharConversionException | CharacterCodingException | RuntimeException e) {
      throw Failures.translate(p, e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(p, ctxt);
  }

  /** Refuses {@code null} as a whole document; elsewhere a null is the enclosing type's business. */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    JsonParser p = ctxt.getParser();
    if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
      throw new SymposiaJsonException(p, JsonPaths.ROOT, Failures.NULL_ELEMENT, null, p.currentTokenLocation(),
          null);
    }
    return null;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
