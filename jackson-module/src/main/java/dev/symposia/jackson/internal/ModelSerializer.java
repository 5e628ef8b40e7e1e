package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Lets Jackson write a model type through its codec. The output depends on the value alone, never on the
 * mapper's features, and never carries a type id, even on a mapper with default typing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  ModelSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.write(value, g);
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    serialize(value, g, provider);
  }
}
