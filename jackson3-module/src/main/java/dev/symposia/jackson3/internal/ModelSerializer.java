package dev.symposia.jackson3.internal;

import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Lets Jackson write a model type through its codec. The output depends on the value alone, never on the
 * mapper's features, and never carries a type id, even on a mapper with default typing.
 *
 * <p>Jackson 3's form of jackson-module's {@code ModelSerializer}: its serialisers declare no checked
 * exception, so a failure of the output reaches Jackson as its {@link JacksonIOException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private final Codec<T> codec;

  ModelSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    try {
      codec.write(value, g);
    } catch (IOException e) {
      throw JacksonIOException.construct(e, g);
    }
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext context, TypeSerializer typeSer) {
    serialize(value, g, context);
  }
}
