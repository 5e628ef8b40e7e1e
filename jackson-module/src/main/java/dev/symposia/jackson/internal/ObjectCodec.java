package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  // The parts of a step of readInOrder, each small enough for the compiler to inline wherever it is.
  private static final MethodHandle IS_NEXT;
  private static final MethodHandle TAKE;
  private static final MethodHandle PASS;
  /**
   * In what the in-order steps return, the bit that says the object has ended; the steps cover at most the
   * properties below it, whose bits it would otherwise be.
   */
  static final long ENDED = Long.MIN_VALUE;
  private static final int MAX_IN_ORDER = 63;
  // The class file of TypeCodec, of which each codec defines a copy.
  private static final byte[] TEMPLATE = template();

  static {
    try {
      APPLY = MethodHandles.publicLookup().findVirtual(Function.class, "apply",
          MethodType.methodType(Object.class, Object.class));
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      IS_NEXT = lookup.findStatic(ObjectCodec.class, "isNext", MethodType.methodType(boolean.class,
          SerializedString.class, String.class, long.class, JsonParser.class));
      TAKE = lookup.findStatic(ObjectCodec.class, "take", MethodType.methodType(long.class, long.class,
          MethodHandle.class, long.class, JsonParser.class, ReadContext.class, Object.class));
      PASS = lookup.findStatic(ObjectCodec.class, "pass", MethodType.methodType(long.class, long.class,
          JsonParser.class));
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

  // A copy of TypeCodec for this type, whose constants are this codec and its handles: the properties'
  // readers behind one switch by index, the builder's constructor and build, the steps in the declared order,
  // and the writer of the properties.
  private CompiledCodec compile(Declaration<T, B> declaration) {
    MethodHandle[] readers = new MethodHandle[properties.length];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = MethodHandles.dropArguments(properties[i].reader(), 0, int.class);
    }
    MethodHandle none = MethodHandles.dropArguments(MethodHandles.throwException(void.class,
        IndexOutOfBoundsException.class).bindTo(new IndexOutOfBoundsException("no such property")), 0,
        int.class, JsonParser.class, ReadContext.class, Object.class);
    MethodHandle property = readers.length == 0 ? none : MethodHandles.tableSwitch(none, readers);
    int inOrder = Math.min(properties.length, MAX_IN_ORDER);
    MethodHandle steps = inOrder == 0
        ? MethodHandles.dropArguments(MethodHandles.identity(long.class), 1, JsonParser.class, ReadContext.class,
            Object.class)
        : readInOrder(0, inOrder);
    // (Object value, JsonGenerator g) void
    MethodHandle writeProperties = properties.length == 0
        ? MethodHandles.empty(MethodType.methodType(void.class, Object.class, JsonGenerator.class))
        : inOrder(properties, 0, properties.length);
    Object[] data = {this, property, APPLY.bindTo(declaration.newBuilder), APPLY.bindTo(declaration.build), steps,
        writeProperties};
    try {
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, data, true);
      return (CompiledCodec) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
          .invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot define the codec of " + type.getSimpleName(), e);
    }
  }

  // (long steps, JsonParser p, ReadContext context, Object builder) long: reads the properties from..to-1 that
  // come next in the document in the declared order, each by a step of its own, and returns the steps with
  // their bits added. Straight code for the canonical order: a step per property, whose test the processor
  // predicts for that property alone, where one dispatch on the index, taken for every property, it often
  // did not. A balanced tree keeps the nesting, and with it what the compiler inlines, shallow.
  private MethodHandle readInOrder(int from, int to) {
    if (to - from == 1) {
      Property<T, B> property = properties[from];
      // (long steps, JsonParser p, ReadContext context, Object builder)
      MethodHandle isNext = MethodHandles.dropArguments(
          MethodHandles.insertArguments(IS_NEXT, 0, property.serialized, property.name), 2, ReadContext.class,
          Object.class);
      MethodHandle take = MethodHandles.insertArguments(TAKE, 0, 1L << from, property.reader());
      MethodHandle pass = MethodHandles.dropArguments(PASS, 2, ReadContext.class, Object.class);
      return MethodHandles.guardWithTest(isNext, take, pass);
    }
    int middle = (from + to) >>> 1;
    MethodHandle first = readInOrder(from, middle);
    MethodHandle then = MethodHandles.dropArguments(readInOrder(middle, to), 1, long.class);
    return MethodHandles.foldArguments(then, first);
  }

  // Whether the property of that name is next, in an object not yet ended. A name that the step before has
  // read and did not take is the parser's current token; one that no step takes (out of order, unknown, a
  // second time) is left so for TypeCodec's loop. Jackson interns property names, as the JVM does the names
  // declared here: a name is that of the property if it is the very same string.
  @SuppressWarnings("unused")
  private static boolean isNext(SerializedString serialized, String name, long steps, JsonParser p)
      throws IOException {
    return steps >= 0 && isNext(serialized, name, p);
  }

  private static boolean isNext(SerializedString serialized, String name, JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() == name : p.nextFieldName(serialized);
  }

  // Reads the value of the property whose name is the current token.
  @SuppressWarnings("unused")
  private static long take(long bit, MethodHandle reader, long steps, JsonParser p, ReadContext context,
      Object builder) throws Throwable {
    p.nextToken();
    reader.invokeExact(p, context, builder);
    return steps | bit;
  }

  // After a step that did not take the name: the object has ended unless a name is left for the steps after.
  @SuppressWarnings("unused")
  private static long pass(long steps, JsonParser p) {
    return steps < 0 || p.currentToken() == JsonToken.FIELD_NAME ? steps : steps | ENDED;
  }

  private static byte[] template() {
    try (InputStream in = ObjectCodec.class.getResourceAsStream("TypeCodec.class")) {
      if (in == null) {
        throw new IllegalStateException("TypeCodec.class not found beside ObjectCodec");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    code.write(value, g);
  }

  // One handle that writes every property in the declared order: compiled for this type as one piece, as a
  // hand-written writer is, rather than one call a property. A balanced tree of folds keeps the nesting, and
  // with it what the compiler inlines, shallow.
  private static MethodHandle inOrder(Property<?, ?>[] properties, int from, int to) {
    if (to - from == 1) {
      return properties[from].writer();
    }
    int middle = (from + to) >>> 1;
    return MethodHandles.foldArguments(inOrder(properties, middle, to), inOrder(properties, from, middle));
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
