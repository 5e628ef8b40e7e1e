package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.io.SerializedString;
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
  // The class file of PropertyCode, of which each property's code is a copy.
  private static final byte[] TEMPLATE = TemplateCopies.classFile(PropertyCode.class);

  final String name;
  final SerializedString serialized;
  final boolean required;
  // CompiledProperty.READ_ONE and the like.
  private final int reads;
  // CompiledProperty.WRITE_ONE and the like.
  private final int writes;
  private final Function<T, ?> getter;
  private final Codec<?> codec;
  private final BiConsumer<B, ?> setter;

  @SuppressWarnings("unchecked")
  private <V> Property(String name, boolean required, boolean list, int writes, Function<T, ?> getter,
      Codec<V> codec, BiConsumer<B, V> setter) {
    this.name = name;
    this.serialized = new SerializedString(name);
    this.required = required;
    if (codec == ReadContext.IDENTIFIER) {
      this.reads = list ? CompiledProperty.READ_IDENTIFIERS : CompiledProperty.READ_IDENTIFIER;
    } else {
      this.reads = list ? CompiledProperty.READ_LIST : CompiledProperty.READ_ONE;
    }
    this.writes = writes;
    this.getter = getter;
    // An object type's values are read and written by its compiled copy, called directly (ObjectCodec.compiled).
    this.codec = codec instanceof ObjectCodec ? ((ObjectCodec<V, ?>) codec).compiled() : codec;
    this.setter = setter;
  }

  /** A property that a reader requires and a writer always writes. */
  static <T, B, V> Property<T, B> required(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, true, false, CompiledProperty.WRITE_ONE, getter, codec, setter);
  }

  /**
   * A property that a writer always writes, because the model always has a value, but that a reader does
   * not require, because the builder has a default.
   */
  static <T, B, V> Property<T, B> defaulted(String name, Function<T, V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, false, CompiledProperty.WRITE_ONE, getter, codec, setter);
  }

  /** A property that may be absent. */
  static <T, B, V> Property<T, B> optional(String name, Function<T, Optional<V>> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    return new Property<>(name, false, false, CompiledProperty.WRITE_OPTIONAL, getter, codec, setter);
  }

  /** A list, written as an array, and left out when empty; a reader adds its elements one by one. */
  static <T, B, V> Property<T, B> list(String name, Function<T, List<V>> getter, Codec<V> codec,
      BiConsumer<B, V> adder) {
    return new Property<>(name, false, true, CompiledProperty.WRITE_LIST, getter, codec, adder);
  }

  /**
   * Defines this property's code: a copy of {@link PropertyCode} whose constants are this property's.
   *
   * @param index the property's place in its type's declaration, its bit in what the steps return
   * @param nextStep the code of the next property read in the declared order, or null if there is none
   * @param next the code of the property declared next, which writing calls after this one, or null
   */
  CompiledProperty compile(int index, CompiledProperty nextStep, CompiledProperty next) {
    Object[] data = {name, serialized, 1L << index, reads, writes, codec, setter, getter, nextStep, next};
    return TemplateCopies.instance(TEMPLATE, data, CompiledProperty.class, "property " + name);
  }
}
