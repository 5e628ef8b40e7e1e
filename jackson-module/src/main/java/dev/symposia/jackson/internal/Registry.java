package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Award;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.jackson.SymposiaJsonException;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every public type of the core model with its reader and writer, as Jackson looks them up.
 *
 * <p>Serialisers are found for a type or any of its superclasses, since the builders return generated
 * subclasses of the public abstract types. Deserialisers are found for the public type itself. Value types
 * with a string form and enumerations can also be map keys.
 */
public final class Registry {
  private static final class Entry<T> {
    final Class<T> type;
    final Writes.Writer<T> writer;
    final ModelDeserializer.Reader<T> reader;

    Entry(Class<T> type, Writes.Writer<T> writer, ModelDeserializer.Reader<T> reader) {
      this.type = type;
      this.writer = writer;
      this.reader = reader;
    }
  }

  /** The aggregates, which alone can be top-level documents. */
  private static final List<Entry<?>> AGGREGATES = List.of(
      new Entry<>(Symposium.class, SymposiumCodec::write, SymposiumCodec::read),
      new Entry<>(Session.class, SessionCodec::write, SessionCodec::read),
      new Entry<>(Speaker.class, SpeakerCodec::write, SpeakerCodec::read),
      new Entry<>(Institution.class, InstitutionCodec::write, InstitutionCodec::read),
      new Entry<>(CooperationAgreement.class, CooperationAgreementCodec::write, CooperationAgreementCodec::read));

  private static final List<Entry<?>> PARTS = List.of(
      new Entry<>(Signatory.class, SignatoryCodec::write, SignatoryCodec::read),
      new Entry<>(Award.class, AwardCodec::write, AwardCodec::read),
      new Entry<>(InstitutionParticipation.class, InstitutionParticipationCodec::write,
          InstitutionParticipationCodec::read),
      new Entry<>(Participation.class, ParticipationCodec::write, ParticipationCodec::read),
      new Entry<>(RelatedEvent.class, RelatedEventCodec::write, RelatedEventCodec::read),
      new Entry<>(Series.class, SeriesCodec::write, SeriesCodec::read),
      new Entry<>(Source.class, SourceCodec::write, SourceCodec::read),
      new Entry<>(Statistic.class, StatisticCodec::write, StatisticCodec::read),
      new Entry<>(UnnamedGroup.class, UnnamedGroupCodec::write, UnnamedGroupCodec::read),
      new Entry<>(InstitutionTie.class, InstitutionTieCodec::write, InstitutionTieCodec::read),
      new Entry<>(PersonName.class, PersonNameCodec::write, PersonNameCodec::read),
      new Entry<>(Position.class, PositionCodec::write, PositionCodec::read),
      new Entry<>(Place.class, PlaceCodec::write, PlaceCodec::read),
      new Entry<>(Count.class, CountCodec::write, CountCodec::read),
      new Entry<>(LocalizedText.class, LocalizedTextCodec::write, (p, context) -> LocalizedTextCodec.read(p)));

  private static final Map<Class<?>, Entry<?>> DOCUMENTS = new LinkedHashMap<>();

  static {
    for (Entry<?> entry : AGGREGATES) {
      DOCUMENTS.put(entry.type, entry);
    }
  }

  private Registry() {}

  /**
   * Returns the types that can be top-level documents.
   *
   * @return the five aggregates, Symposium first; never null
   */
  @SuppressWarnings("unchecked")
  public static List<Class<? extends Aggregate>> documentTypes() {
    return List.copyOf((java.util.Collection<Class<? extends Aggregate>>) (java.util.Collection<?>) DOCUMENTS.keySet());
  }

  /**
   * Reads a top-level document of a type from a parser at its first token.
   *
   * @param p the parser
   * @param type one of the {@link #documentTypes()}
   * @param options how lenient to be
   * @param <T> the type
   * @return the value; never null
   * @throws IOException a {@link SymposiaJsonException} if the document is refused
   * @throws IllegalArgumentException if the type is not one of the aggregates
   */
  public static <T> T readDocument(JsonParser p, Class<T> type, ReadOptions options) throws IOException {
    return ModelDeserializer.read(p, document(type).reader, options);
  }

  /**
   * Writes a top-level document.
   *
   * @param model an instance of one of the {@link #documentTypes()}
   * @param g the generator, at the root
   * @throws IOException a {@link SymposiaJsonException} if the model cannot be written, or if the
   *     generator fails
   * @throws IllegalArgumentException if the model is not one of the aggregates
   */
  public static void writeDocument(Aggregate model, JsonGenerator g) throws IOException {
    write(documentOf(model), model, g);
  }

  private static <T> void write(Entry<T> entry, Object model, JsonGenerator g) throws IOException {
    entry.writer.write(entry.type.cast(model), g);
  }

  private static Entry<?> documentOf(Object model) {
    for (Entry<?> entry : AGGREGATES) {
      if (entry.type.isInstance(model)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("not a Symposia aggregate (Symposium, Session, Speaker, Institution or"
        + " CooperationAgreement): " + model.getClass().getName());
  }

  @SuppressWarnings("unchecked")
  private static <T> Entry<T> document(Class<T> type) {
    Entry<?> entry = DOCUMENTS.get(type);
    if (entry == null) {
      throw new IllegalArgumentException("not a Symposia aggregate (Symposium, Session, Speaker, Institution or"
          + " CooperationAgreement): " + type.getName());
    }
    return (Entry<T>) entry;
  }

  /**
   * Returns the serialisers of every model type.
   *
   * @return a lookup for a mapper; never null
   */
  public static Serializers serializers() {
    Map<Class<?>, JsonSerializer<?>> byType = new HashMap<>();
    for (List<Entry<?>> entries : List.of(AGGREGATES, PARTS)) {
      for (Entry<?> entry : entries) {
        byType.put(entry.type, serializer(entry));
      }
    }
    for (StringCodec<?> codec : Values.ALL) {
      byType.put(codec.type(), stringSerializer(codec));
    }
    for (EnumCodec<?> codec : Enums.ALL) {
      byType.put(codec.type(), enumSerializer(codec));
    }
    return new BySuperclass(byType);
  }

  /**
   * Returns the serialisers of map keys of value and enumeration types.
   *
   * @return a lookup for a mapper; never null
   */
  public static Serializers keySerializers() {
    Map<Class<?>, JsonSerializer<?>> byType = new HashMap<>();
    for (StringCodec<?> codec : Values.ALL) {
      byType.put(codec.type(), new JsonSerializer<Object>() {
        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
          g.writeFieldName(value.toString());
        }
      });
    }
    for (EnumCodec<?> codec : Enums.ALL) {
      byType.put(codec.type(), enumKeySerializer(codec));
    }
    return new BySuperclass(byType);
  }

  /**
   * Returns the deserialisers of every model type.
   *
   * @param options how lenient they are
   * @return a lookup for a mapper; never null
   */
  public static Deserializers deserializers(ReadOptions options) {
    Map<Class<?>, JsonDeserializer<?>> byType = new HashMap<>();
    for (List<Entry<?>> entries : List.of(AGGREGATES, PARTS)) {
      for (Entry<?> entry : entries) {
        byType.put(entry.type, deserializer(entry, options));
      }
    }
    for (StringCodec<?> codec : Values.ALL) {
      byType.put(codec.type(), stringDeserializer(codec));
    }
    for (EnumCodec<?> codec : Enums.ALL) {
      byType.put(codec.type(), enumDeserializer(codec));
    }
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription beanDesc) {
        return byType.get(type.getRawClass());
      }

      @Override
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
          BeanDescription beanDesc) {
        return byType.get(type);
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return byType.containsKey(valueType);
      }
    };
  }

  /**
   * Returns the deserialisers of map keys of value and enumeration types.
   *
   * @return a lookup for a mapper; never null
   */
  public static KeyDeserializers keyDeserializers() {
    Map<Class<?>, KeyDeserializer> byType = new HashMap<>();
    for (StringCodec<?> codec : Values.ALL) {
      byType.put(codec.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          try {
            return codec.parse(key);
          } catch (InvalidModelException e) {
            throw keyRefusal(ctxt, e.rule(), key);
          }
        }
      });
    }
    for (EnumCodec<?> codec : Enums.ALL) {
      byType.put(codec.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          Object constant = codec.parse(key);
          if (constant == null) {
            throw keyRefusal(ctxt, codec.rule(), key);
          }
          return constant;
        }
      });
    }
    return (type, config, beanDesc) -> byType.get(type.getRawClass());
  }

  private static SymposiaJsonException keyRefusal(DeserializationContext ctxt, String rule, String key) {
    JsonParser p = ctxt.getParser();
    String path = p == null ? JsonPaths.ROOT : JsonPaths.of(p.getParsingContext());
    return new SymposiaJsonException(p, path, "property name " + rule, Texts.quote(key),
        p == null ? null : p.currentTokenLocation(), null);
  }

  private static <T> JsonSerializer<T> serializer(Entry<T> entry) {
    return new ModelSerializer<>(entry.type, entry.writer);
  }

  private static <T> JsonDeserializer<T> deserializer(Entry<T> entry, ReadOptions options) {
    return new ModelDeserializer<>(entry.type, entry.reader, options);
  }

  private static <T> JsonSerializer<T> stringSerializer(StringCodec<T> codec) {
    return new ModelSerializer<>(codec.type(), codec::write);
  }

  private static <T> JsonDeserializer<T> stringDeserializer(StringCodec<T> codec) {
    return new ModelDeserializer<>(codec.type(), (p, context) -> codec.read(p), ReadOptions.STANDARD);
  }

  private static <E extends Enum<E>> JsonSerializer<E> enumSerializer(EnumCodec<E> codec) {
    return new ModelSerializer<>(codec.type(), codec::write);
  }

  private static <E extends Enum<E>> JsonSerializer<E> enumKeySerializer(EnumCodec<E> codec) {
    return new JsonSerializer<E>() {
      @Override
      public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeFieldName(codec.name(value));
      }
    };
  }

  private static <E extends Enum<E>> JsonDeserializer<E> enumDeserializer(EnumCodec<E> codec) {
    return new ModelDeserializer<>(codec.type(), (p, context) -> codec.read(p), ReadOptions.STANDARD);
  }

  /** Finds the serialiser registered for a class or its nearest superclass. */
  private static final class BySuperclass extends Serializers.Base {
    private final Map<Class<?>, JsonSerializer<?>> byType;

    BySuperclass(Map<Class<?>, JsonSerializer<?>> byType) {
      this.byType = byType;
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      for (Class<?> c = type.getRawClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        JsonSerializer<?> serializer = byType.get(c);
        if (serializer != null) {
          return serializer;
        }
      }
      return null;
    }
  }
}
