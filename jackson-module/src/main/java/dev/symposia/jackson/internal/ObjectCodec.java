package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes an object type of the model from the declaration of its properties ({@link Forms}): the
 * one reader and writer of every object in the canonical form.
 *
 * <p>Reading refuses, with the JSON path: a value that is not an object, a property that appears twice, a
 * required property that is missing, an unknown property in strict mode (in standard mode it is skipped,
 * once), and whatever the model refuses when the object is built. An aggregate's object at the root of a
 * document must carry the format marker, and writing puts it first. Writing takes the properties in their
 * declared order, which is the canonical order, and leaves out absent values and empty lists.
 *
 * <p>Each object type is read and written by a copy of {@link TypeCodec} of its own, which this class defines as
 * a hidden class when it is made: one loop for every type, compiled for each type as if written for it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type
 * @param <B> the builder a reader fills, one per object read
 */
final class ObjectCodec<T, B> implements Codec<T> {
  private static final int MAX_PROPERTIES = 64;
  private static final MethodHandle APPLY;
  /**
   * In what the in-order steps return, the bit that says the object has ended; the steps cover at most the
   * properties below it, whose bits it would otherwise be.
   */
  static final long ENDED = Long.MIN_VALUE;
  private static final int MAX_IN_ORDER = 63;
  // The class file of TypeCodec, of which each codec defines a copy.
  private static final byte[] TEMPLATE = TemplateCopies.classFile(TypeCodec.class);

  static {
    try {
      APPLY = MethodHandles.publicLookup().findVirtual(Function.class, "apply",
          MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Class<T> type;
  // Whether the type is an aggregate, which can be a whole document (read by TypeCodec, like the fields below).
  final boolean document;
  // In the declared order, which is the canonical order; never changed.
  final Property<T, B>[] properties;
  private final long requiredBits;
  // Each property's code (a copy of PropertyCode), by index.
  private final CompiledProperty[] codes;
  // This type's copy of TypeCodec.
  private final CompiledCodec code;
  // The property names in open addressing, filled to at most a quarter, so that a name is found, or known
  // to be unknown, in one or two probes; the table holds only the declared names, so no input can lengthen
  // a probe.
  private final String[] slotNames;
  private final int[] slotProperties;
  private final int mask;

  @SuppressWarnings("unchecked")
  private ObjectCodec(Declaration<T, B> declaration) {
    this.type = declaration.type;
    this.document = declaration.document;
    this.properties = declaration.properties.toArray(new Property[0]);
    if (properties.length > MAX_PROPERTIES) {
      throw new IllegalArgumentException(type.getSimpleName() + " declares more than " + MAX_PROPERTIES
          + " properties");
    }
    long required = 0;
    int capacity = Integer.highestOneBit(Math.max(properties.length, 1) * 4 - 1) << 1;
    this.slotNames = new String[capacity];
    this.slotProperties = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < properties.length; i++) {
      String name = properties[i].name;
      if (indexOf(name) >= 0 || document && name.equals(Reads.FORMAT_PROPERTY)) {
        throw new IllegalArgumentException(type.getSimpleName() + " declares " + name + " twice");
      }
      int slot = spread(name.hashCode()) & mask;
      while (slotNames[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slotNames[slot] = name;
      slotProperties[slot] = i;
      if (properties[i].required) {
        required |= 1L << i;
      }
    }
    this.requiredBits = required;
    this.codes = new CompiledProperty[properties.length];
    CompiledProperty next = null;
    for (int i = properties.length - 1; i >= 0; i--) {
      codes[i] = properties[i].compile(i, i + 1 < MAX_IN_ORDER ? next : null, next);
      next = codes[i];
    }
    // Last: the copy of TypeCodec holds this codec, complete but for this field.
    this.code = compile(declaration);
  }

  /**
   * Starts the declaration of an object type that is part of others.
   *
   * @param type the model type, whose simple name strict mode's refusals give
   * @param newBuilder makes the builder a reader fills, one for each object
   * @param build builds the value, throwing {@link InvalidModelException} for what the model refuses
   */
  static <T, B> Declaration<T, B> object(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(type, false, context -> newBuilder.get(), build);
  }

  /**
   * Starts the declaration of an aggregate, which can be a whole document: as the root of one it carries the
   * format marker.
   */
  static <T extends Aggregate, B> Declaration<T, B> document(Class<T> type, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new Declaration<>(type, true, context -> newBuilder.get(), build);
  }

  /**
   * Starts the declaration of an aggregate whose builder is made from what the reader knows of the document.
   */
  static <T extends Aggregate, B> Declaration<T, B> document(Class<T> type, Function<ReadContext, B> newBuilder,
      Function<B, T> build) {
    return new Declaration<>(type, true, newBuilder, build);
  }

  /** Returns the model type. */
  Class<T> type() {
    return type;
  }

  /** Returns whether the type is an aggregate, which can be a whole document. */
  boolean isDocument() {
    return document;
  }

  /** Returns the index of the property of that name, or -1 if the type has none. */
  int indexOf(String name) {
    int slot = spread(name.hashCode()) & mask;
    for (String taken = slotNames[slot]; taken != null; taken = slotNames[slot]) {
      if (taken.equals(name)) {
        return slotProperties[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(JsonParser p, ReadContext context) throws IOException {
    return (T) code.read(p, context);
  }

  /**
   * Returns this type's compiled copy of the reader and writer, for the properties whose values are of this
   * type: called through this codec, whose field the compiler does not take for a constant, the copy is a
   * virtual call shared by every type; called as itself, it is a direct one.
   */
  @SuppressWarnings("unchecked")
  Codec<T> compiled() {
    return (Codec<T>) code;
  }

  /**
   * Refuses an object that lacks a required property, naming the first one declared.
   *
   * @param seen the properties read, one bit each by index
   */
  void requireAll(JsonParser p, long seen) throws IOException {
    if ((seen & requiredBits) != requiredBits) {
      for (int i = 0; i < properties.length; i++) {
        if (properties[i].required && (seen & 1L << i) == 0) {
          throw Failures.missing(p, properties[i].name);
        }
      }
    }
  }

  /** Returns the code of the property at an index, which reads its value into a builder. */
  CompiledProperty code(int index) {
    return codes[index];
  }

  // A copy of TypeCodec for this type, whose constants are this codec, its first property's code, and the
  // builder's constructor and build.
  private CompiledCodec compile(Declaration<T, B> declaration) {
    Object[] data = {this, codes.length == 0 ? null : codes[0], APPLY.bindTo(declaration.newBuilder),
        APPLY.bindTo(declaration.build)};
    return TemplateCopies.instance(TEMPLATE, data, CompiledCodec.class, "type " + type.getSimpleName());
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    code.write(value, g);
  }

  @Override
  public String toString() {
    return "ObjectCodec[" + type.getSimpleName() + "]";
  }

  /**
   * The properties of an object type, declared one by one in the canonical order.
   *
   * <p>Not thread-safe; used once, while the class that declares the type is initialised.
   *
   * @param <T> the type
   * @param <B> the builder a reader fills
   */
  static final class Declaration<T, B> {
    private final Class<T> type;
    private final boolean document;
    private final Function<ReadContext, B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Declaration(Class<T> type, boolean document, Function<ReadContext, B> newBuilder,
        Function<B, T> build) {
      this.type = type;
      this.document = document;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** Declares a property that a reader requires and a writer always writes. */
    <V> Declaration<T, B> required(String name, Function<T, V> getter, Codec<V> codec, BiConsumer<B, V> setter) {
      properties.add(Property.required(name, getter, codec, setter));
      return this;
    }

    /** Declares a property that a writer always writes and a reader may miss, leaving the builder's default. */
    <V> Declaration<T, B> defaulted(String name, Function<T, V> getter, Codec<V> codec, BiConsumer<B, V> setter) {
      properties.add(Property.defaulted(name, getter, codec, setter));
      return this;
    }

    /** Declares a property that may be absent. */
    <V> Declaration<T, B> optional(String name, Function<T, Optional<V>> getter, Codec<V> codec,
        BiConsumer<B, V> setter) {
      properties.add(Property.optional(name, getter, codec, setter));
      return this;
    }

    /** Declares a list, an array left out when empty. */
    <V> Declaration<T, B> list(String name, Function<T, List<V>> getter, Codec<V> codec, BiConsumer<B, V> adder) {
      properties.add(Property.list(name, getter, codec, adder));
      return this;
    }

    /** Ends the declaration. */
    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
