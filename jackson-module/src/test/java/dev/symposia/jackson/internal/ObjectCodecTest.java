package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An object type's declaration: at most 64 properties, each name once; an object of the most properties a type
 * may have is read in any order, and written in the declared one.
 */
class ObjectCodecTest {
  private static final JsonFactory FACTORY = Documents.factory(1_000_000);

  // A type of n string properties p0, p1, ..., the last one required, read into and written from a map.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ObjectCodec.Declaration<Map, Map> declaration(int n) {
    ObjectCodec.Declaration<Map, Map> declaration = ObjectCodec.object(Map.class, LinkedHashMap::new,
        builder -> builder);
    for (int i = 0; i < n; i++) {
      String name = "p" + i;
      if (i == n - 1) {
        declaration.required(name, map -> (String) map.get(name), Scalars.STRING, (b, v) -> b.put(name, v));
      } else {
        declaration.optional(name, map -> java.util.Optional.ofNullable((String) map.get(name)), Scalars.STRING,
            (b, v) -> b.put(name, v));
      }
    }
    return declaration;
  }

  @SuppressWarnings("rawtypes")
  private static Map read(ObjectCodec<Map, Map> codec, String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return ModelDeserializer.read(p, codec, ReadOptions.STRICT);
    }
  }

  @SuppressWarnings("rawtypes")
  private static String write(ObjectCodec<Map, Map> codec, Map value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      codec.write(value, g);
    }
    return out.toString();
  }

  @Test
  void aTypeOfSixtyFivePropertiesIsRefused() {
    assertThatThrownBy(() -> declaration(65).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Map declares more than 64 properties");
  }

  @Test
  void aPropertyDeclaredTwiceIsRefused() {
    assertThatThrownBy(() -> declaration(3).required("p1", map -> "", Scalars.STRING, (b, v) -> { }).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Map declares p1 twice");
  }

  @Test
  void anAggregateCannotDeclareTheFormatMarker() {
    assertThatThrownBy(() -> ObjectCodec.document(dev.symposia.event.Session.class, () -> null,
        builder -> null).required(Reads.FORMAT_PROPERTY, session -> 1, Scalars.integer(1, 1), (b, v) -> { }).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Session declares symposiaFormat twice");
    // Any other type may have a property of that name.
    assertThat(ObjectCodec.object(Map.class, LinkedHashMap::new, builder -> builder)
        .optional(Reads.FORMAT_PROPERTY, map -> java.util.Optional.empty(), Scalars.STRING, (b, v) -> { })
        .build().isDocument()).isFalse();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyOneOfSixtyFourPropertiesIsReadInAnyOrderAndWrittenInTheDeclaredOne() throws IOException {
    ObjectCodec<Map, Map> codec = declaration(64).build();
    Map<String, String> value = new LinkedHashMap<>();
    StringBuilder reversed = new StringBuilder("{");
    for (int i = 63; i >= 0; i--) {
      reversed.append(i == 63 ? "" : ",").append("\"p").append(i).append("\":\"v").append(i).append('"');
    }
    for (int i = 0; i < 64; i++) {
      value.put("p" + i, "v" + i);
    }
    Map read = read(codec, reversed.append('}').toString());

    assertThat(read).isEqualTo(value);
    assertThat(write(codec, read)).startsWith("{\"p0\":\"v0\",\"p1\":\"v1\",").endsWith(",\"p63\":\"v63\"}");
    assertThat(read(codec, write(codec, read))).isEqualTo(value);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void namesInTheDeclaredOrderWithGapsAreReadAndSoIsEveryNameOutOfThatOrder() throws IOException {
    ObjectCodec<Map, Map> codec = declaration(64).build();
    StringBuilder inOrder = new StringBuilder("{");
    Map<String, String> value = new LinkedHashMap<>();
    for (int i = 0; i < 64; i++) {
      inOrder.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v").append(i).append('"');
      value.put("p" + i, "v" + i);
    }

    assertThat(read(codec, inOrder.append('}').toString())).isEqualTo(value);
    assertThat(read(codec, "{\"p0\":\"a\",\"p2\":\"b\",\"p63\":\"c\"}"))
        .isEqualTo(Map.of("p0", "a", "p2", "b", "p63", "c"));
    assertThat(read(codec, "{\"p2\":\"a\",\"p3\":\"b\",\"p1\":\"c\",\"p4\":\"d\",\"p63\":\"e\"}"))
        .isEqualTo(Map.of("p1", "c", "p2", "a", "p3", "b", "p4", "d", "p63", "e"));
    assertThatThrownBy(() -> read(codec, "{\"p0\":\"a\",\"p1\":\"b\",\"p0\":\"c\",\"p63\":\"d\"}"))
        .isInstanceOf(SymposiaJsonException.class).hasMessage("p0: must appear only once at line 1, column 25");
    assertThatThrownBy(() -> read(codec, "{\"p0\":\"a\",\"p1\":\"b\"}"))
        .isInstanceOf(SymposiaJsonException.class).hasMessage("p63: is required at line 1, column 19");
  }

  @Test
  @SuppressWarnings("rawtypes")
  void theSixtyFourthPropertyIsRequiredAndOnlyOnce() throws IOException {
    ObjectCodec<Map, Map> codec = declaration(64).build();

    assertThatThrownBy(() -> read(codec, "{\"p0\":\"a\"}")).isInstanceOf(SymposiaJsonException.class)
        .hasMessage("p63: is required at line 1, column 10");
    assertThatThrownBy(() -> read(codec, "{\"p63\":\"a\",\"p0\":\"b\",\"p63\":\"c\"}"))
        .isInstanceOf(SymposiaJsonException.class).hasMessage("p63: must appear only once at line 1, column 27");
    assertThatThrownBy(() -> read(codec, "{\"p63\":\"a\",\"p64\":\"b\"}"))
        .isInstanceOf(SymposiaJsonException.class).hasMessage("p64: is not a property of Map at line 1, column 18");
    assertThat(read(codec, "{\"p63\":\"a\"}")).isEqualTo(Map.of("p63", "a"));
  }
  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aDefaultedPropertyIsAlwaysWrittenAndAListOnlyWhenItHasElements() throws IOException {
    ObjectCodec<Map, Map> codec = ObjectCodec.<Map, Map>object(Map.class, LinkedHashMap::new, b -> b)
        .defaulted("status", map -> (String) map.getOrDefault("status", "planned"), Scalars.STRING,
            (b, v) -> b.put("status", v))
        .list("topics", map -> (java.util.List<String>) map.getOrDefault("topics", java.util.List.of()),
            Scalars.STRING,
            (b, v) -> ((java.util.List<String>) b.computeIfAbsent("topics", k -> new java.util.ArrayList<>())).add(v))
        .build();

    assertThat(codec).hasToString("ObjectCodec[Map]");
    assertThat(read(codec, "{}")).isEmpty();
    assertThat(write(codec, Map.of())).isEqualTo("{\"status\":\"planned\"}");
    Map read = read(codec, "{\"topics\":[\"a\",\"b\"],\"status\":\"held\"}");
    assertThat(read).isEqualTo(Map.of("status", "held", "topics", java.util.List.of("a", "b")));
    assertThat(write(codec, read)).isEqualTo("{\"status\":\"held\",\"topics\":[\"a\",\"b\"]}");
  }

  @Test
  void anAggregateWhoseBuilderIsMadeFromTheDocumentIsADocument() {
    assertThat(ObjectCodec.document(dev.symposia.event.Session.class, context -> null, builder -> null).build()
        .isDocument()).isTrue();
    assertThat(ObjectCodec.document(dev.symposia.event.Session.class, () -> null, builder -> null).build()
        .isDocument()).isTrue();
  }
}
