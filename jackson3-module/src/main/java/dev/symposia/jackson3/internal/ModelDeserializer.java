package dev.symposia.jackson3.internal;

import dev.symposia.jackson3.SymposiaJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Lets Jackson read a model type through its codec, and turns everything that goes wrong into a
 * {@link SymposiaJsonException} with the JSON path. The result depends on the document and the module's mode
 * alone, never on the mapper's features, and type ids are never read, even on a mapper with default typing.
 *
 * <p>Jackson 3's form of jackson-module's {@code ModelDeserializer}: Jackson 3 wraps a failure of the input in
 * its unchecked {@link JacksonIOException}, which passes through unless it is undecodable input.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private final Codec<T> codec;
  private final ReadOptions options;

  ModelDeserializer(Class<T> type, Codec<T> codec, ReadOptions options) {
    super(type);
    this.codec = codec;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return read(p, codec, options);
    } catch (IOException e) {
      throw JacksonIOException.construct(e, p);
    }
  }

  /**
   * Reads a value, translating every refusal into a {@link SymposiaJsonException}. Failures of the input
   * itself, other than undecodable characters, pass through unchanged.
   *
   * @throws IOException what the codecs declare; they throw nothing checked on Jackson 3
   */
  static <T> T read(JsonParser p, Codec<T> codec, ReadOptions options) throws IOException {
    try {
      return codec.read(p, new ReadContext(options));
    } catch (SymposiaJsonException e) {
      throw e;
    } catch (JacksonIOException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
        throw Failures.translate(p, cause);
      }
      throw e;
    } catch (CharConversionException | CharacterCodingException | RuntimeException e) {
      throw Failures.translate(p, e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  /** Refuses {@code null} as a whole document; elsewhere a null is the enclosing type's business. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
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
