package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
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
final class Property<T, B> {
  /** How the model holds the value, which decides when it is written. */
  private enum Shape {
    /** Always present: always written. */
    SINGLE,
    /** An {@code Optional}: written when present. */
    OPTIONAL,
    /** A list: written as an array when not empty; read element by element. */
    LIST
  }

  // The codecs most properties use, called through their own classes rather than the interface: one shared
  // call site for every codec would keep the compiler from inlining any of them.
  private enum Via {
    TEXT, IDENTIFIER, ENUM, STRING_VALUE, OBJECT, OTHER;

    static Via of(Codec<?> codec) {
      if (codec == LocalizedTextCodec.TEXT) {
        return TEXT;
      }
      if (codec == ReadContext.IDENTIFIER) {
        return IDENTIFIER;
      }
      if (codec instanceof EnumCodec) {
        return ENUM;
      }
      if (codec instanceof StringCodec) {
        return STRING_VALUE;
      }
      return codec instanceof ObjectCodec ? OBJECT : OTHER;
    }
  }

  final String name;
  final SerializedString serialized;
  final boolean required;
  private final Shape shape;
  private final Via via;
  private final Function<T, ?> getter;
  private final Codec<?> codec;
  private final BiConsumer<B, Object> setter;

  @SuppressWarnings("unchecked")
  private <V> Property(String name, boolean required, Shape shape, Function<T, ?> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    this.name = name;
    this.serialized = new SerializedString(name);
    this.required = required;
    this.shape = shape;
    this.via = Via.of(codec);
    this.getter = getter;
    this.codec = codec;
    this.setter = (BiConsumer<B, Object>) setter;
  }

  /** A property that a reader requires and a writer always writes. */
  static <T, B, V> Property<T, B> required(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, true, Shape.SINGLE, getter, codec, setter);
  }

  /**
   * A property that a writer always writes, because the model always has a value, but that a reader does
   * not require, because the builder has a default.
   */
  static <T, B, V> Property<T, B> defaulted(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, Shape.SINGLE, getter, codec, setter);
  }

  /** A property that may be absent. */
  static <T, B, V> Property<T, B> optional(String name, Function<T, Optional<V>> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, Shape.OPTIONAL, getter, codec, setter);
  }

  /** A list, written as an array, and left out when empty; a reader adds its elements one by one. */
  static <T, B, V> Property<T, B> list(String name, Function<T, List<V>> getter, Codec<V> codec,
      BiConsumer<B, V> adder) {
    return new Property<>(name, false, Shape.LIST, getter, codec, adder);
  }

  /**
   * Reads the property's value at the parser's current token into a builder.
   *
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for an invalid value
   */
  void read(JsonParser p, ReadContext context, B builder) throws IOException {
    if (shape != Shape.LIST) {
      setter.accept(builder, value(p, context));
      return;
    }
    Reads.array(p);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      setter.accept(builder, value(p, context));
    }
  }

  private Object value(JsonParser p, ReadContext context) throws IOException {
    switch (via) {
      case TEXT:
        return LocalizedTextCodec.TEXT.read(p);
      case IDENTIFIER:
        return context.identifier(p);
      case ENUM:
        return ((EnumCodec<?>) codec).read(p);
      case STRING_VALUE:
        return ((StringCodec<?>) codec).read(p);
      case OBJECT:
        return ((ObjectCodec<?, ?>) codec).read(p, context);
      default:
        return codec.read(p, context);
    }
  }

  /**
   * Writes the property of a value, if the value has it.
   *
   * @throws IOException if the generator fails
   */
  void write(T value, JsonGenerator g) throws IOException {
    Object held = getter.apply(value);
    switch (shape) {
      case SINGLE:
        g.writeFieldName(serialized);
        writeValue(held, g);
        return;
      case OPTIONAL:
        Optional<?> present = (Optional<?>) held;
        if (present.isPresent()) {
          g.writeFieldName(serialized);
          writeValue(present.get(), g);
        }
        return;
      default:
        List<?> values = (List<?>) held;
        if (!values.isEmpty()) {
          g.writeFieldName(serialized);
          g.writeStartArray(values, values.size());
          for (int i = 0; i < values.size(); i++) {
            writeValue(values.get(i), g);
          }
          g.writeEndArray();
        }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void writeValue(Object value, JsonGenerator g) throws IOException {
    switch (via) {
      case TEXT:
        LocalizedTextCodec.TEXT.write((LocalizedText) value, g);
        return;
      case IDENTIFIER:
        g.writeString(((LocalId) value).value());
        return;
      case ENUM:
        ((EnumCodec) codec).write((Enum) value, g);
        return;
      case STRING_VALUE:
        ((StringCodec) codec).write(value, g);
        return;
      case OBJECT:
        ((ObjectCodec) codec).write(value, g);
        return;
      default:
        ((Codec) codec).write(value, g);
    }
  }
}
