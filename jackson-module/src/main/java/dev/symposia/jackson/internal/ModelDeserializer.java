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
 * Lets Jackson read a model type through its codec, and turns everything that goes wrong into a
 * {@link SymposiaJsonException} with the JSON path. The result depends on the document and the module's mode
 * alone, never on the mapper's features, and type ids are never read, even on a mapper with default typing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final ReadOptions options;

  ModelDeserializer(Class<T> type, Codec<T> codec, ReadOptions options) {
    super(type);
    this.codec = codec;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, codec, options);
  }

  /**
   * Reads a value, translating every refusal into a {@link SymposiaJsonException}. Failures of the input
   * itself, other than undecodable characters, pass through unchanged.
   *
   * @throws IOException a {@link SymposiaJsonException} if the value is refused, or what the input threw
   */
  static <T> T read(JsonParser p, Codec<T> codec, ReadOptions options) throws IOException {
    try {
      return codec.read(p, new ReadContext(options));
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
