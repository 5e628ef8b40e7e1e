package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;
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
  // Why method handles: one reader and one writer serve every property, so a call they make through a
  // property's getter, setter or codec would be one call site for all of them, which the compiler cannot
  // inline; the values the getters return (Optionals) and the builders would then be made for real. A
  // method handle with the property's getter, setter and codec bound to one of the small methods below is,
  // once the JVM has seen it used often, compiled for that property alone, with those calls inlined.
  private static final MethodHandle READ_ONE = helper("readOne", void.class, Codec.class, BiConsumer.class,
      JsonParser.class, ReadContext.class, Object.class);
  private static final MethodHandle READ_LIST = helper("readList", void.class, Codec.class, BiConsumer.class,
      JsonParser.class, ReadContext.class, Object.class);
  // An identifier is read by a direct call, whose declared type (LocalId, a final class) tells the compiler
  // what the setter is given: through Codec.read, whose erased bridge method the compiler does not inline
  // once it is compiled large, the setter would check the value's class, reading the header of an
  // identifier met long before, out of the processor's caches (about 5 % of reading a large programme).
  private static final MethodHandle READ_IDENTIFIER = helper("readIdentifier", void.class, BiConsumer.class,
      JsonParser.class, ReadContext.class, Object.class);
  private static final MethodHandle READ_IDENTIFIERS = helper("readIdentifiers", void.class, BiConsumer.class,
      JsonParser.class, ReadContext.class, Object.class);
  private static final MethodHandle WRITE_ONE = helper("writeOne", void.class, Function.class,
      SerializedString.class, Codec.class, Object.class, JsonGenerator.class);
  private static final MethodHandle WRITE_OPTIONAL = helper("writeOptional", void.class, Function.class,
      SerializedString.class, Codec.class, Object.class, JsonGenerator.class);
  private static final MethodHandle WRITE_LIST = helper("writeList", void.class, Function.class,
      SerializedString.class, Codec.class, Object.class, JsonGenerator.class);

  final String name;
  final SerializedString serialized;
  final boolean required;
  // (JsonParser, ReadContext, Object builder) void
  private final MethodHandle reader;
  // (Object value, JsonGenerator) void
  private final MethodHandle writer;

  @SuppressWarnings("unchecked")
  private <V> Property(String name, boolean required, MethodHandle read, MethodHandle write, Function<T, ?> getter,
      Codec<V> codec, BiConsumer<B, V> setter) {
    this.name = name;
    this.serialized = new SerializedString(name);
    this.required = required;
    // An object type's values are read and written by its compiled copy, called directly (ObjectCodec.compiled).
    Codec<V> direct = codec instanceof ObjectCodec ? ((ObjectCodec<V, ?>) codec).compiled() : codec;
    this.reader = codec == ReadContext.IDENTIFIER
        ? MethodHandles.insertArguments(read == READ_LIST ? READ_IDENTIFIERS : READ_IDENTIFIER, 0, setter)
        : MethodHandles.insertArguments(read, 0, direct, setter);
    this.writer = MethodHandles.insertArguments(write, 0, getter, serialized, direct);
  }

  private static MethodHandle helper(String name, Class<?> returned, Class<?>... parameters) {
    try {
      return MethodHandles.lookup().findStatic(Property.class, name, MethodType.methodType(returned, parameters));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A property that a reader requires and a writer always writes. */
  static <T, B, V> Property<T, B> required(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, true, READ_ONE, WRITE_ONE, getter, codec, setter);
  }

  /**
   * A property that a writer always writes, because the model always has a value, but that a reader does
   * not require, because the builder has a default.
   */
  static <T, B, V> Property<T, B> defaulted(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, READ_ONE, WRITE_ONE, getter, codec, setter);
  }

  /** A property that may be absent. */
  static <T, B, V> Property<T, B> optional(String name, Function<T, Optional<V>> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, READ_ONE, WRITE_OPTIONAL, getter, codec, setter);
  }

  /** A list, written as an array, and left out when empty; a reader adds its elements one by one. */
  static <T, B, V> Property<T, B> list(String name, Function<T, List<V>> getter, Codec<V> codec,
      BiConsumer<B, V> adder) {
    return new Property<>(name, false, READ_LIST, WRITE_LIST, getter, codec, adder);
  }

  /**
   * Returns a method handle {@code (JsonParser p, ReadContext context, Object builder) void} that reads the
   * property's value at the parser's current token into a builder, throwing a
   * {@link dev.symposia.jackson.SymposiaJsonException} for an invalid value.
   */
  MethodHandle reader() {
    return reader;
  }

  /** Returns a method handle {@code (Object value, JsonGenerator g) void} that writes the property of a value. */
  MethodHandle writer() {
    return writer;
  }

  /**
   * Writes the property of a value, if the value has it.
   *
   * @throws IOException if the generator fails
   */
  void write(T value, JsonGenerator g) throws IOException {
    try {
      writer.invokeExact((Object) value, g);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readOne(Codec codec, BiConsumer setter, JsonParser p, ReadContext context, Object builder)
      throws IOException {
    setter.accept(builder, codec.read(p, context));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readList(Codec codec, BiConsumer adder, JsonParser p, ReadContext context, Object builder)
      throws IOException {
    Reads.array(p);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      adder.accept(builder, codec.read(p, context));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readIdentifier(BiConsumer setter, JsonParser p, ReadContext context, Object builder)
      throws IOException {
    setter.accept(builder, context.identifier(p));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void readIdentifiers(BiConsumer adder, JsonParser p, ReadContext context, Object builder)
      throws IOException {
    Reads.array(p);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      adder.accept(builder, context.identifier(p));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void writeOne(Function getter, SerializedString name, Codec codec, Object value, JsonGenerator g)
      throws IOException {
    g.writeFieldName(name);
    codec.write(getter.apply(value), g);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void writeOptional(Function getter, SerializedString name, Codec codec, Object value,
      JsonGenerator g) throws IOException {
    Optional<?> held = (Optional<?>) getter.apply(value);
    if (held.isPresent()) {
      g.writeFieldName(name);
      codec.write(held.get(), g);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void writeList(Function getter, SerializedString name, Codec codec, Object value,
      JsonGenerator g) throws IOException {
    List<?> values = (List<?>) getter.apply(value);
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray(values, values.size());
      for (int i = 0; i < values.size(); i++) {
        codec.write(values.get(i), g);
      }
      g.writeEndArray();
    }
  }
}
