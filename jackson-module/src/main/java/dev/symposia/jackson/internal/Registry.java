package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.jackson.SymposiaJsonException;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every type of the core model with its codec, registered with Jackson: the object types of {@link Forms},
 * the value types written as strings ({@link Values}), the enumerations ({@link Enums}) and localized texts.
 * Value types with a string form and enumerations can also be map keys.
 *
 * <p>Jackson's {@link SimpleSerializers} finds a serialiser for a type or any of its superclasses, as the
 * builders return generated subclasses of the public types; {@link SimpleDeserializers} finds deserialisers
 * for the public types themselves.
 */
public final class Registry {
  private static final List<ObjectCodec<?, ?>> DOCUMENTS = documents();

  private Registry() {}

  private static List<ObjectCodec<?, ?>> documents() {
    List<ObjectCodec<?, ?>> documents = new ArrayList<>();
    for (ObjectCodec<?, ?> codec : Forms.ALL) {
      if (codec.isDocument()) {
        documents.add(codec);
      }
    }
    return List.copyOf(documents);
  }

  /**
   * Returns the types that can be top-level documents.
   *
   * @return the six aggregates, Symposium first; never null
   */
  public static List<Class<? extends Aggregate>> documentTypes() {
    List<Class<? extends Aggregate>> types = new ArrayList<>();
    for (ObjectCodec<?, ?> codec : DOCUMENTS) {
      types.add(codec.type().asSubclass(Aggregate.class));
    }
    return List.copyOf(types);
  }

  /**
   * Registers the serialisers and deserialisers of every model type with a mapper.
   *
   * @param context the mapper's set-up; not null
   * @param options how lenient the deserialisers are
   */
  public static void setUp(Module.SetupContext context, ReadOptions options) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    for (ObjectCodec<?, ?> codec : Forms.ALL) {
      add(serializers, deserializers, codec, options);
    }
    add(serializers, deserializers, LocalizedText.class, LocalizedTextCodec.TEXT, options);
    for (StringCodec<?> codec : Values.ALL) {
      add(serializers, deserializers, codec, options);
      keySerializers.addSerializer(codec.type(), new KeySerializer<>(value -> value.toString()));
      keyDeserializers.addDeserializer(codec.type(), new StringKeyDeserializer(codec));
    }
    for (EnumCodec<?> codec : Enums.ALL) {
      add(serializers, deserializers, codec, options);
      addEnumKey(keySerializers, codec);
      keyDeserializers.addDeserializer(codec.type(), new EnumKeyDeserializer(codec));
    }
    context.addSerializers(serializers);
    context.addKeySerializers(keySerializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, ObjectCodec<T, ?> codec,
      ReadOptions options) {
    add(serializers, deserializers, codec.type(), codec, options);
  }

  private static <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, StringCodec<T> codec,
      ReadOptions options) {
    add(serializers, deserializers, codec.type(), codec, options);
  }

  private static <E extends Enum<E>> void add(SimpleSerializers serializers, SimpleDeserializers deserializers,
      EnumCodec<E> codec, ReadOptions options) {
    add(serializers, deserializers, codec.type(), codec, options);
  }

  private static <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
      Codec<T> codec, ReadOptions options) {
    serializers.addSerializer(type, new ModelSerializer<>(type, codec));
    deserializers.addDeserializer(type, new ModelDeserializer<>(type, codec, options));
  }

  private static <E extends Enum<E>> void addEnumKey(SimpleSerializers keySerializers, EnumCodec<E> codec) {
    keySerializers.addSerializer(codec.type(), new KeySerializer<E>(constant -> codec.name(constant).getValue()));
  }

  /**
   * Reads a top-level document of an aggregate type from a parser at its first token.
   *
   * @param p the parser
   * @param type one of the six aggregates
   * @param options how lenient to be
   * @param <T> the type
   * @return the value; never null
   * @throws IOException a {@link SymposiaJsonException} if the document is refused
   * @throws IllegalArgumentException if the type is {@link Aggregate} itself rather than one of the six
   */
  public static <T extends Aggregate> T readDocument(JsonParser p, Class<T> type, ReadOptions options)
      throws IOException {
    return type.cast(ModelDeserializer.read(p, document(type), options));
  }

  /**
   * Writes a top-level document.
   *
   * @param model the aggregate; not null
   * @param g the generator, at the root
   * @throws IOException if the generator fails
   */
  public static void writeDocument(Aggregate model, JsonGenerator g) throws IOException {
    write(documentOf(model), model, g);
  }

  private static <T> void write(ObjectCodec<T, ?> codec, Aggregate model, JsonGenerator g) throws IOException {
    codec.write(codec.type().cast(model), g);
  }

  private static ObjectCodec<?, ?> documentOf(Aggregate model) {
    for (ObjectCodec<?, ?> codec : DOCUMENTS) {
      if (codec.type().isInstance(model)) {
        return codec;
      }
    }
    throw new IllegalStateException("an aggregate without a form: " + model.getClass().getName());
  }

  private static ObjectCodec<?, ?> document(Class<? extends Aggregate> type) {
    for (ObjectCodec<?, ?> codec : DOCUMENTS) {
      if (codec.type() == type) {
        return codec;
      }
    }
    throw new IllegalArgumentException("name one of the aggregates to read (Symposium, Session, Speaker,"
        + " Institution, CooperationAgreement or AgreementRecord), not " + type.getName());
  }

  private static SymposiaJsonException keyRefusal(DeserializationContext ctxt, String rule, String key) {
    JsonParser p = ctxt.getParser();
    String path = p == null ? JsonPaths.ROOT : JsonPaths.of(p.getParsingContext());
    return new SymposiaJsonException(p, path, "property name " + rule, Texts.quote(key),
        p == null ? null : p.currentTokenLocation(), null);
  }

  /** Writes a map key by a function of the value. */
  private static final class KeySerializer<T> extends JsonSerializer<T> {
    private final Function<T, String> name;

    KeySerializer(Function<T, String> name) {
      this.name = name;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeFieldName(name.apply(value));
    }
  }

  /** Reads a map key of a value type with a string form. */
  private static final class StringKeyDeserializer extends KeyDeserializer {
    private final StringCodec<?> codec;

    StringKeyDeserializer(StringCodec<?> codec) {
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return codec.parse(key);
      } catch (InvalidModelException e) {
        throw keyRefusal(ctxt, e.rule(), key);
      }
    }
  }

  /** Reads a map key of an enumeration. */
  private static final class EnumKeyDeserializer extends KeyDeserializer {
    private final EnumCodec<?> codec;

    EnumKeyDeserializer(EnumCodec<?> codec) {
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Object constant = codec.parse(key);
      if (constant == null) {
        throw keyRefusal(ctxt, codec.rule(), key);
      }
      return constant;
    }
  }
}
