package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One property of an object in the canonical form: its name, whether a reader requires it, how its value
 * is read into the object's builder and how it is taken from the object and written. Its place in the
 * canonical order is its place in its {@link ObjectCodec}'s declaration.
 *
 * <p>What a property leaves out when writing follows from what the model holds: an absent optional value
 * and an empty list are not written.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type that has the property
 * @param <B> the builder of that type that a reader fills
 */
abstract class Property<T, B> {
  final String name;
  final SerializedString serialized;
  final boolean required;

  private Property(String name, boolean required) {
    this.name = name;
    this.serialized = new SerializedString(name);
    this.required = required;
  }

  /**
   * Reads the property's value at the parser's current token into a builder.
   *
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for an invalid value
   */
  abstract void read(JsonParser p, ReadContext context, B builder) throws IOException;

  /**
   * Writes the property of a value, if the value has it.
   *
   * @throws IOException if the generator fails
   */
  abstract void write(T value, JsonGenerator g) throws IOException;

  /** A property that a reader requires and a writer always writes. */
  static <T, B, V> Property<T, B> required(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Single<>(name, true, getter, codec, setter);
  }

  /**
   * A property that a writer always writes, because the model always has a value, but that a reader does
   * not require, because the builder has a default.
   */
  static <T, B, V> Property<T, B> defaulted(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Single<>(name, false, getter, codec, setter);
  }

  /** A property that may be absent. */
  static <T, B, V> Property<T, B> optional(String name, Function<T, Optional<V>> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Absent<>(name, getter, codec, setter);
  }

  /** A list, written as an array, and left out when empty; a reader adds its elements one by one. */
  static <T, B, V> Property<T, B> list(String name, Function<T, List<V>> getter, Codec<V> codec,
      BiConsumer<B, V> adder) {
    return new Array<>(name, getter, codec, adder);
  }

  private static final class Single<T, B, V> extends Property<T, B> {
    private final Function<T, V> getter;
    private final Codec<V> codec;
    private final BiConsumer<B, V> setter;

    Single(String name, boolean required, Function<T, V> getter, Codec<V> codec, BiConsumer<B, V> setter) {
      super(name, required);
      this.getter = getter;
      this.codec = codec;
      this.setter = setter;
    }

    @Override
    void read(JsonParser p, ReadContext context, B builder) throws IOException {
      setter.accept(builder, codec.read(p, context));
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      g.writeFieldName(serialized);
      codec.write(getter.apply(value), g);
    }
  }

  private static final class Absent<T, B, V> extends Property<T, B> {
    private final Function<T, Optional<V>> getter;
    private final Codec<V> codec;
    private final BiConsumer<B, V> setter;

    Absent(String name, Function<T, Optional<V>> getter, Codec<V> codec, BiConsumer<B, V> setter) {
      super(name, false);
      this.getter = getter;
      this.codec = codec;
      this.setter = setter;
    }

    @Override
    void read(JsonParser p, ReadContext context, B builder) throws IOException {
      setter.accept(builder, codec.read(p, context));
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      Optional<V> present = getter.apply(value);
      if (present.isPresent()) {
        g.writeFieldName(serialized);
        codec.write(present.get(), g);
      }
    }
  }

  private static final class Array<T, B, V> extends Property<T, B> {
    private final Function<T, List<V>> getter;
    private final Codec<V> codec;
    private final BiConsumer<B, V> adder;

    Array(String name, Function<T, List<V>> getter, Codec<V> codec, BiConsumer<B, V> adder) {
      super(name, false);
      this.getter = getter;
      this.codec = codec;
      this.adder = adder;
    }

    @Override
    void read(JsonParser p, ReadContext context, B builder) throws IOException {
      Reads.array(p);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        adder.accept(builder, codec.read(p, context));
      }
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      List<V> values = getter.apply(value);
      if (!values.isEmpty()) {
        g.writeFieldName(serialized);
        g.writeStartArray(values, values.size());
        for (int i = 0; i < values.size(); i++) {
          codec.write(values.get(i), g);
        }
        g.writeEndArray();
      }
    }
  }
}
