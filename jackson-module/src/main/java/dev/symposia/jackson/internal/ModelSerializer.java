package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Lets Jackson write a model type through its hand-written writer. The output depends on the value alone,
 * never on the mapper's features, and never carries a type id, even on a mapper with default typing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Writes.Writer<T> writer;

  ModelSerializer(Class<T> type, Writes.Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(value, g);
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    serialize(value, g, provider);
  }
}
