package dev.symposia.benchmarks.records;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gson over the records, with the type adapters a service would write to read and write the canonical
 * document: texts as a string or an object, dates as ISO strings, constants in lower case, and empty lists
 * and false flags left out.
 */
public final class RecordsGson {
  private static final Gson GSON = new GsonBuilder()
      .setPrettyPrinting()
      .disableHtmlEscaping()
      .registerTypeAdapter(Records.Text.class, new TextAdapter().nullSafe())
      .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
      .registerTypeAdapter(boolean.class, new FlagAdapter())
      .registerTypeAdapter(Boolean.class, new FlagAdapter())
      .registerTypeAdapterFactory(new JsonNameFactory())
      .registerTypeAdapterFactory(new EmptyListFactory())
      .create();

  private RecordsGson() {}

  /**
   * Reads a document.
   *
   * @param json the document, in UTF-8
   * @return the records
   * @throws IOException if the document cannot be read
   */
  public static Records.Symposium read(InputStream json) throws IOException {
    try (Reader reader = new InputStreamReader(json, StandardCharsets.UTF_8)) {
      return GSON.fromJson(reader, Records.Symposium.class);
    }
  }

  /**
   * Writes a document, followed by a line feed.
   *
   * @param symposium the records
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Records.Symposium symposium, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    GSON.toJson(symposium, Records.Symposium.class, writer);
    writer.write('\n');
    writer.flush();
  }

  private static final class TextAdapter extends TypeAdapter<Records.Text> {
    @Override
    public void write(JsonWriter out, Records.Text text) throws IOException {
      if (text.isEnglishOnly()) {
        out.value(text.texts().get("en"));
        return;
      }
      out.beginObject();
      for (Map.Entry<String, String> entry : text.texts().entrySet()) {
        out.name(entry.getKey()).value(entry.getValue());
      }
      out.endObject();
    }

    @Override
    public Records.Text read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.STRING) {
        return Records.Text.of(in.nextString());
      }
      Map<String, String> texts = new LinkedHashMap<>();
      in.beginObject();
      while (in.hasNext()) {
        texts.put(in.nextName(), in.nextString());
      }
      in.endObject();
      return new Records.Text(texts);
    }
  }

  private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate date) throws IOException {
      out.value(date.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      return LocalDate.parse(in.nextString());
    }
  }

  // Writing null for false leaves the property out, since nulls are not serialised.
  private static final class FlagAdapter extends TypeAdapter<Boolean> {
    @Override
    public void write(JsonWriter out, Boolean value) throws IOException {
      if (value == null || !value) {
        out.nullValue();
      } else {
        out.value(true);
      }
    }

    @Override
    public Boolean read(JsonReader in) throws IOException {
      return in.nextBoolean();
    }
  }

  private static final class JsonNameFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (!raw.isEnum() || !JsonName.class.isAssignableFrom(raw)) {
        return null;
      }
      Map<String, Object> byName = new HashMap<>();
      for (Object constant : raw.getEnumConstants()) {
        byName.put(((JsonName) constant).json(), constant);
      }
      return (TypeAdapter<T>) new TypeAdapter<Object>() {
        @Override
        public void write(JsonWriter out, Object value) throws IOException {
          out.value(((JsonName) value).json());
        }

        @Override
        public Object read(JsonReader in) throws IOException {
          String name = in.nextString();
          Object constant = byName.get(name);
          if (constant == null) {
            throw new IOException("unknown " + raw.getSimpleName() + " " + name);
          }
          return constant;
        }
      }.nullSafe();
    }
  }

  // Empty lists are written as absent properties (null, which is not serialised), as the canonical form does.
  private static final class EmptyListFactory implements TypeAdapterFactory {
    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (!List.class.isAssignableFrom(type.getRawType())) {
        return null;
      }
      TypeAdapter<T> lists = gson.getDelegateAdapter(this, type);
      return new TypeAdapter<T>() {
        @Override
        public void write(JsonWriter out, T value) throws IOException {
          if (value == null || ((List<?>) value).isEmpty()) {
            out.nullValue();
          } else {
            lists.write(out, value);
          }
        }

        @Override
        public T read(JsonReader in) throws IOException {
          return lists.read(in);
        }
      };
    }
  }
}
