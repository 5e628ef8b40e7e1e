package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.Aggregate;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.place.Place;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymposiaJsonTest {
  private final SymposiaJson json = SymposiaJson.standard();

  @Test
  void readsTheSameSymposiumFromEveryKindOfInput(@TempDir Path dir) throws IOException {
    Symposium rich = Samples.rich();
    String text = json.write(rich);
    Path file = dir.resolve("rich.json");
    json.write(rich, file);

    assertThat(json.readSymposium(text)).isEqualTo(rich);
    assertThat(json.readSymposium(new StringReader(text))).isEqualTo(rich);
    assertThat(json.readSymposium(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(rich);
    assertThat(json.readSymposium(file)).isEqualTo(rich);
    assertThat(json.read(file, Symposium.class)).isEqualTo(rich);
  }

  @Test
  void refusesADocumentLongerThanItsLimitAndReadsItWithARaisedOne() throws IOException {
    Symposium rich = Samples.rich();
    byte[] text = json.write(rich).getBytes(StandardCharsets.UTF_8);
    SymposiaJson tight = json.withMaxDocumentLength(text.length / 2);

    assertThat(tight.maxDocumentLength()).isEqualTo(text.length / 2);
    assertThat(json.maxDocumentLength()).isEqualTo(SymposiaJson.MAX_DOCUMENT_LENGTH);
    assertThatThrownBy(() -> tight.readSymposium(new ByteArrayInputStream(text)))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be at most " + text.length / 2 + " bytes or characters long");
    assertThatThrownBy(() -> tight.readSymposium(new String(text, StandardCharsets.UTF_8)))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be at most " + text.length / 2 + " bytes or characters long");
    assertThatThrownBy(() -> tight.readSymposium(new StringReader(new String(text, StandardCharsets.UTF_8))))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be at most " + text.length / 2 + " bytes or characters long");
    assertThat(tight.withMaxDocumentLength(text.length).readSymposium(new ByteArrayInputStream(text)))
        .isEqualTo(rich);
    assertThat(SymposiaJson.strict().withMaxDocumentLength(text.length).isStrict()).isTrue();
    assertThat(json.withMaxDocumentLength(SymposiaJson.MAX_DOCUMENT_LENGTH)).isSameAs(json);
  }

  @Test
  void refusesToWriteWhatAReaderWithTheSameLimitWouldRefuse(@TempDir Path dir) throws IOException {
    Symposium rich = Samples.rich();
    byte[] text = json.write(rich).getBytes(StandardCharsets.UTF_8);
    SymposiaJson exact = json.withMaxDocumentLength(text.length);
    SymposiaJson tight = json.withMaxDocumentLength(text.length - 1);
    String refusal = "This Symposium's document would be longer than " + (text.length - 1) + " bytes";

    assertThat(exact.write(rich).getBytes(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(exact.readSymposium(new ByteArrayInputStream(text))).isEqualTo(rich);
    assertThatThrownBy(() -> tight.write(rich)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(refusal);
    StringWriter writer = new StringWriter();
    assertThatThrownBy(() -> tight.write(rich, writer)).hasMessageStartingWith(refusal);
    assertThat(writer.toString()).as("nothing is written to a writer").isEmpty();
    Path file = dir.resolve("kept.json");
    Files.writeString(file, "kept");
    assertThatThrownBy(() -> tight.write(rich, file)).hasMessageStartingWith(refusal);
    assertThat(Files.readString(file)).as("the file is left as it was").isEqualTo("kept");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    assertThatThrownBy(() -> tight.write(rich, stream)).hasMessageStartingWith(refusal);
    assertThat(stream.size()).as("a stream gets no more than the limit").isLessThan(text.length);
    assertThatThrownBy(() -> json.readSymposium(new ByteArrayInputStream(stream.toByteArray())))
        .as("and what it got is not a document").isInstanceOf(SymposiaJsonException.class);
  }

  @Test
  void everyEntryPointNamesTheArgumentThatIsNull(@TempDir Path dir) {
    Symposium minimal = Samples.minimal();
    Path file = dir.resolve("absent.json");
    List<Map.Entry<String, ThrowingCallable>> calls = List.of(
        Map.entry("json", () -> json.read((String) null, Symposium.class)),
        Map.entry("type", () -> json.read("{}", null)),
        Map.entry("json", () -> json.read((Reader) null, Symposium.class)),
        Map.entry("type", () -> json.read(new StringReader("{}"), null)),
        Map.entry("json", () -> json.read((InputStream) null, Symposium.class)),
        Map.entry("type", () -> json.read(new ByteArrayInputStream(new byte[0]), null)),
        Map.entry("json", () -> json.read((Path) null, Symposium.class)),
        Map.entry("type", () -> json.read(file, null)),
        Map.entry("model", () -> json.write(null)),
        Map.entry("model", () -> json.write(null, new StringWriter())),
        Map.entry("out", () -> json.write(minimal, (Writer) null)),
        Map.entry("model", () -> json.write(null, new ByteArrayOutputStream())),
        Map.entry("out", () -> json.write(minimal, (OutputStream) null)),
        Map.entry("model", () -> json.write(null, file)),
        Map.entry("file", () -> json.write(minimal, (Path) null)));
    for (int i = 0; i < calls.size(); i++) {
      assertThatThrownBy(calls.get(i).getValue()).as("call %s", i).isExactlyInstanceOf(NullPointerException.class)
          .hasMessage(calls.get(i).getKey());
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void readsFromWhereTheCallersReaderOrStreamStands() throws IOException {
    String document = json.write(Samples.minimal());
    String prefixed = "[the caller's header]" + document;
    int header = "[the caller's header]".length();

    StringReader reader = new StringReader(prefixed);
    assertThat(reader.skip(header)).isEqualTo(header);
    assertThat(json.readSymposium(reader)).isEqualTo(Samples.minimal());
    CharArrayReader chars = new CharArrayReader(prefixed.toCharArray());
    assertThat(chars.skip(header)).isEqualTo(header);
    assertThat(json.readSymposium(chars)).isEqualTo(Samples.minimal());
    ByteArrayInputStream in = new ByteArrayInputStream(prefixed.getBytes(StandardCharsets.UTF_8));
    assertThat(in.skip(header)).isEqualTo(header);
    assertThat(json.readSymposium(in)).isEqualTo(Samples.minimal());
  }

  @Test
  void aDocumentOverTheLimitIsNamedByItsType() {
    Session session = Samples.opening();
    int length = json.write(session).getBytes(StandardCharsets.UTF_8).length;
    assertThatThrownBy(() -> json.withMaxDocumentLength(length - 1).write(session))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("This Session's document would be longer than " + (length - 1) + " bytes, the most a reader with"
            + " the same limit reads (maxDocumentLength); split it or raise the limit on both sides");
  }

  @Test
  void refusesADocumentLimitBelowOne() {
    assertThatThrownBy(() -> json.withMaxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be at least 1, was 0");
  }

  @Test
  void acceptsAUtf8ByteOrderMark() throws IOException {
    byte[] text = json.write(Samples.minimal()).getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    assertThat(json.readSymposium(new ByteArrayInputStream(marked))).isEqualTo(Samples.minimal());
  }

  @Test
  void leavesTheCallersStreamsOpenAndReadsNoFurtherThanTheDocument() throws IOException {
    byte[] text = json.write(Samples.minimal()).getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(text) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    json.readSymposium(in);
    assertThat(closed[0]).isFalse();

    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    json.write(Samples.minimal(), out);
    assertThat(closed[0]).isFalse();
    assertThat(out.toByteArray()).isEqualTo(text);
  }

  @Test
  void writesTheCanonicalLayout() throws IOException {
    assertThat(json.write(Samples.minimal())).isEqualTo(
        "{\n  \"symposiaFormat\": 1,\n  \"id\": \"m\",\n  \"title\": \"M\",\n  \"dates\": \"--04-29\"\n}\n");
  }

  @Test
  void writesCharactersThatNeedEscapesTheCanonicalWay() throws IOException {
    String written = json.write(Samples.opening());
    assertThat(written).contains("\"description\": \"Line one\\nline \\\"two\\\"\\t\\\\ end \\u0001 / </script> \u2028"
        + " \\uD83D\\uDE00 \\uD840\\uDC00 中文\"");
  }

  @Test
  void writingIsTheSameInEveryDefaultLocale() throws IOException {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      String turkish = json.write(Samples.rich());
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
      String arabic = json.write(Samples.rich());
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      assertThat(turkish).isEqualTo(json.write(Samples.rich())).isEqualTo(arabic);
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void readsAndWritesEveryAggregateAsADocument() throws IOException {
    for (Aggregate model : Samples.documents()) {
      Class<? extends Aggregate> type = Samples.typeOf(model);
      assertThat(json.read(json.write(model), type)).isEqualTo(model);
    }
    assertThat(SymposiaJson.documentTypes()).hasSize(6).first().isEqualTo(Symposium.class);
  }

  @Test
  void writingOrReadingAnythingButAnAggregateDoesNotCompile() {
    String misuse = """
        import dev.symposia.jackson.SymposiaJson;
        import dev.symposia.place.CountryCode;
        import dev.symposia.place.Place;
        class Misuse {
          void write() {
            SymposiaJson.standard().write(Place.city("Shanghai", CountryCode.of("CN")));
          }
          Place read() throws Exception {
            return SymposiaJson.standard().read("{}", Place.class);
          }
          Object readObject() throws Exception {
            return SymposiaJson.standard().read("{}", Object.class);
          }
        }
        """;

    List<String> errors = Compilation.errors("Misuse", misuse);

    assertThat(errors).hasSize(3).allSatisfy(error -> assertThat(error).containsAnyOf(
        "compiler.err.cant.apply.symbol", "compiler.err.prob.found.req"));
    assertThat(Compilation.errors("Use", """
        import dev.symposia.jackson.SymposiaJson;
        import dev.symposia.people.PersonName;
        import dev.symposia.people.Speaker;
        class Use {
          String write() {
            return SymposiaJson.standard().write(Speaker.builder().id("a").name(PersonName.familyFirst("Wang", "Chen")).build());
          }
          Speaker read(String json) throws Exception {
            return SymposiaJson.standard().read(json, Speaker.class);
          }
        }
        """)).as("the same calls with an aggregate compile, write without a checked exception").isEmpty();
    assertThatThrownBy(() -> json.write(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDanglingReferenceIsPlacedAtItsValueThroughEveryEntryPointAndWhereItWasFoundThroughAMapper(@TempDir Path dir)
      throws IOException {
    String document;
    try (InputStream in = SymposiaJsonTest.class.getResourceAsStream("/hostile/083-dangling-participant.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = Files.writeString(dir.resolve("dangling.json"), document);
    String expected = "sessions[0].participants[0].person: must refer to a speaker of the symposium "
        + "(was \"li-huabing\") at line 34, column 21";
    assertThatThrownBy(() -> json.readSymposium(document)).hasMessage(expected);
    assertThatThrownBy(() -> json.readSymposium(new StringReader(document))).hasMessage(expected);
    assertThatThrownBy(() -> json.readSymposium(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
        .hasMessage(expected);
    assertThatThrownBy(() -> json.readSymposium(file)).hasMessage(expected);
    // A mapper reads its input once: the refusal keeps the place where it was found, the end of the document.
    assertThatThrownBy(() -> json.mapper().readValue(document, Symposium.class))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("sessions[0].participants[0].person: must refer to a speaker of the symposium")
        .hasMessageEndingWith("at line " + document.strip().lines().count() + ", column 1");
  }

  @Test
  void aByteOrderMarkIsIgnoredAlikeThroughEveryEntryPoint(@TempDir Path dir) throws IOException {
    String document = "\uFEFF" + json.write(Samples.minimal());
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("bom.json"), bytes);
    assertThat(json.readSymposium(document)).isEqualTo(Samples.minimal());
    assertThat(json.readSymposium(new StringReader(document))).isEqualTo(Samples.minimal());
    assertThat(json.readSymposium(new java.io.BufferedReader(new StringReader(document)))).isEqualTo(Samples.minimal());
    assertThat(json.readSymposium(new ByteArrayInputStream(bytes))).isEqualTo(Samples.minimal());
    assertThat(json.readSymposium(file)).isEqualTo(Samples.minimal());
    String refused = document.replace("\"id\": \"m\"", "\"id\": 7");
    String message = catchMessage(() -> json.readSymposium(refused));
    assertThat(message).startsWith("id: must be a string");
    assertThat(catchMessage(() -> json.readSymposium(new StringReader(refused)))).isEqualTo(message);
    assertThat(catchMessage(() -> json.readSymposium(
        new ByteArrayInputStream(refused.getBytes(StandardCharsets.UTF_8))))).isEqualTo(message);
  }

  private static String catchMessage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return org.assertj.core.api.Assertions.catchThrowable(call).getMessage();
  }

  @Test
  void anIgnoredPropertyIsHeldToTheStringLimit() throws SymposiaJsonException {
    String minimal = json.write(Samples.minimal());
    String withLong = minimal.replaceFirst("\\{", "{\"later\": {\"notes\": [\"" + "a".repeat(100_001) + "\"]},");
    String withShort = minimal.replaceFirst("\\{", "{\"later\": {\"notes\": [\"" + "a".repeat(100_000) + "\"]},");
    assertThatThrownBy(() -> json.readSymposium(withLong)).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("later.notes[0]: must be at most 100000 characters long");
    assertThat(json.readSymposium(withShort)).isEqualTo(Samples.minimal());
  }

  @Test
  void utf8BeyondU10ffffAndEscapedHalvesOfSurrogatePairsAreRefused() throws IOException {
    String minimal = json.write(Samples.minimal());
    String title = "\"title\": \"";
    int at = minimal.indexOf(title) + title.length();
    byte[] head = minimal.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = minimal.substring(at).getBytes(StandardCharsets.UTF_8);
    // F4 90 80 80 would be U+110000; Jackson 2 decodes it into two halves of surrogate pairs, which core
    // refuses, and Jackson 3 refuses it as it decodes it.
    byte[] beyond = new byte[head.length + 4 + tail.length];
    System.arraycopy(head, 0, beyond, 0, head.length);
    System.arraycopy(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, beyond, head.length, 4);
    System.arraycopy(tail, 0, beyond, head.length + 4, tail.length);
    assertThatThrownBy(() -> json.readSymposium(new ByteArrayInputStream(beyond)))
        .isInstanceOfSatisfying(SymposiaJsonException.class, e -> assertThat(e.jsonPath()).isEqualTo("title"))
        .hasMessageMatching("title: (must be well-formed Unicode, but U\\+DC00 at index 0 is half of a surrogate pair"
            + "|invalid UTF-8 4-byte sequence .*: code point exceeds U\\+10FFFF).*");
    String escaped = minimal.substring(0, at) + "\\uDC00" + minimal.substring(at);
    assertThatThrownBy(() -> json.readSymposium(escaped)).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("title: must be well-formed Unicode");
  }

  @Test
  void refusesAnEndlessDocumentOnceItHasReadTheLimit() {
    byte[] head = "{\"symposiaFormat\": 1, \"title\": \"".getBytes(StandardCharsets.US_ASCII);
    long[] served = new long[1];
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        served[0] += len;
        return len;
      }
    };
    InputStream document = new SequenceInputStream(Collections.enumeration(
        List.of(new ByteArrayInputStream(head), endless)));
    assertThatThrownBy(() -> json.readSymposium(document)).isInstanceOf(SymposiaJsonException.class)
        .hasMessage("$: must be at most 50000000 bytes or characters long");
    assertThat(served[0] + head.length).as("bytes read").isBetween(50_000_001L, 50_000_001L + 65_536);
  }

  @Test
  void refusesAnOverlongStringInADocumentWithinTheLimit() {
    String document = "{\"symposiaFormat\": 1, \"title\": \"" + "a".repeat(100_001) + "\"}";
    assertThatThrownBy(() -> json.readSymposium(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("title: must be at most 100000 characters long");
  }

  @Test
  void refusesADocumentOfManyShortValuesBeyondTheDocumentLimit() {
    byte[] head = "{\"symposiaFormat\": 1, \"x\": [".getBytes(StandardCharsets.US_ASCII);
    InputStream endless = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next++ % 2 == 0 ? '0' : ',';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
          b[i] = (byte) read();
        }
        return len;
      }
    };
    InputStream document = new SequenceInputStream(Collections.enumeration(
        List.of(new ByteArrayInputStream(head), endless)));
    assertThatThrownBy(() -> json.readSymposium(document)).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be at most 50000000 bytes or characters long");
  }

  @Test
  void theStrictReaderRefusesWhatTheStandardReaderIgnores() throws IOException {
    String newer = json.write(Samples.minimal()).replace("\"id\": \"m\",",
        "\"id\": \"m\",\n  \"audience\": {\"size\": [1, 2, {\"x\": null}]},");
    assertThat(SymposiaJson.standard().readSymposium(newer)).isEqualTo(Samples.minimal());
    assertThatThrownBy(() -> SymposiaJson.strict().readSymposium(newer))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessage("audience: is not a property of Symposium at line 4, column 15");
    assertThat(SymposiaJson.strict().isStrict()).isTrue();
    assertThat(SymposiaJson.standard().isStrict()).isFalse();
  }

  @Test
  void readsTheGreatestEditionAndFirstYear() throws IOException {
    String document = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"series\": {\"name\": \"S\","
        + " \"firstYear\": 999999999}, \"edition\": 2147483647, \"dates\": \"2024\"}";
    Symposium read = json.readSymposium(document);
    assertThat(read.edition()).hasValue(Integer.MAX_VALUE);
    assertThat(read.series().orElseThrow().firstYear()).contains(java.time.Year.of(java.time.Year.MAX_VALUE));
  }

  @Test
  void exceptionGivesItsPartsSeparately() {
    SymposiaJsonException e = (SymposiaJsonException) org.assertj.core.api.Assertions.catchThrowable(
        () -> json.readSymposium("{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"dates\": \"2024\","
            + " \"edition\": 0}"));
    assertThat(e.jsonPath()).isEqualTo("edition");
    assertThat(e.rule()).isEqualTo("must be at least 1");
    assertThat(e.offendingValue()).hasValue("0");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getOriginalMessage()).isEqualTo("edition: must be at least 1 (was 0)");
    assertThat(e).hasToString(SymposiaJsonException.class.getName() + ": " + e.getMessage());
    assertThat(e.getMessage()).isEqualTo("edition: must be at least 1 (was 0) at line 1, column "
        + e.getLocation().getColumnNr());
    assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
  }

  @Test
  void mapperIsAConfiguredCopy() throws IOException {
    ObjectMapper first = json.mapper();
    ObjectMapper second = json.mapper();
    assertThat(first).isNotSameAs(second);
    assertThat(first.readValue(json.write(Samples.rich()), Symposium.class)).isEqualTo(Samples.rich());
    assertThat(first.writeValueAsString(Samples.minimal()) + "\n").isEqualTo(json.write(Samples.minimal()));
    assertThatThrownBy(() -> first.readValue(json.write(Samples.minimal()) + "[]", Symposium.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThatThrownBy(() -> SymposiaJson.strict().mapper()
        .readValue("{\"symposiaFormat\": 1, \"colour\": 1}", Symposium.class))
        .hasMessage("colour: is not a property of Symposium at line 1, column 33");
  }

  @Test
  void shipsTheSchemaWithItsId() {
    assertThat(SymposiaJson.schema()).contains("\"$id\": \"" + SymposiaJson.SCHEMA_ID + "\"")
        .contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theSchemaInTheJarIsTheOneInTheRepository() throws IOException {
    Path repository = Path.of(System.getProperty("basedir", ".")).resolve("../docs/json/symposia-1.schema.json");
    assertThat(SymposiaJson.schema()).isEqualTo(Files.readString(repository));
  }
}
