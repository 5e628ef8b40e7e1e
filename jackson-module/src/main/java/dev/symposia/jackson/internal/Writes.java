package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Writes properties the way the canonical form wants: absent values and empty lists are left out. */
final class Writes {
  /** Writes one value of a type. */
  interface Writer<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private Writes() {}

  static void text(JsonGenerator g, SerializableString name, LocalizedText text) throws IOException {
    g.writeFieldName(name);
    LocalizedTextCodec.write(text, g);
  }

  static void text(JsonGenerator g, SerializableString name, Optional<LocalizedText> text) throws IOException {
    if (text.isPresent()) {
      text(g, name, text.get());
    }
  }

  static void texts(JsonGenerator g, SerializableString name, List<LocalizedText> texts) throws IOException {
    list(g, name, texts, LocalizedTextCodec::write);
  }

  static void id(JsonGenerator g, SerializableString name, LocalId id) throws IOException {
    g.writeFieldName(name);
    g.writeString(id.value());
  }

  static void id(JsonGenerator g, SerializableString name, Optional<LocalId> id) throws IOException {
    if (id.isPresent()) {
      id(g, name, id.get());
    }
  }

  static void ids(JsonGenerator g, SerializableString name, List<LocalId> ids) throws IOException {
    if (!ids.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray(ids, ids.size());
      for (LocalId id : ids) {
        g.writeString(id.value());
      }
      g.writeEndArray();
    }
  }

  static void string(JsonGenerator g, SerializableString name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeFieldName(name);
      g.writeString(text.get());
    }
  }

  static void strings(JsonGenerator g, SerializableString name, List<String> texts) throws IOException {
    if (!texts.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray(texts, texts.size());
      for (String text : texts) {
        g.writeString(text);
      }
      g.writeEndArray();
    }
  }

  static <T> void value(JsonGenerator g, SerializableString name, StringCodec<T> codec, Optional<T> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      codec.write(value.get(), g);
    }
  }

  static <E extends Enum<E>> void constant(JsonGenerator g, SerializableString name, EnumCodec<E> codec, E value)
      throws IOException {
    g.writeFieldName(name);
    codec.write(value, g);
  }

  static <E extends Enum<E>> void constant(JsonGenerator g, SerializableString name, EnumCodec<E> codec,
      Optional<E> value) throws IOException {
    if (value.isPresent()) {
      constant(g, name, codec, value.get());
    }
  }

  static <E extends Enum<E>> void constants(JsonGenerator g, SerializableString name, EnumCodec<E> codec,
      List<E> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray(values, values.size());
      for (E value : values) {
        codec.write(value, g);
      }
      g.writeEndArray();
    }
  }

  static <T> void object(JsonGenerator g, SerializableString name, Optional<T> value, Writer<T> writer)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      writer.write(value.get(), g);
    }
  }

  static <T> void list(JsonGenerator g, SerializableString name, List<T> values, Writer<T> writer)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray(values, values.size());
      for (T value : values) {
        writer.write(value, g);
      }
      g.writeEndArray();
    }
  }

  /** Writes the format marker when the object about to start is the root of the document. */
  static void startObject(JsonGenerator g, Object value) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject(value);
    if (root) {
      g.writeFieldName(Reads.FORMAT_PROPERTY);
      g.writeNumber(Reads.FORMAT_VERSION);
    }
  }
}
