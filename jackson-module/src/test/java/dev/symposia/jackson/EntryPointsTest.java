package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonLocation;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facade's entry points beside String: a reader that cannot mark, streams in memory and streams read once,
 * the encoding sniffed from the first four bytes only, and writing to a Writer.
 */
class EntryPointsTest {
  private static final String UTF8_RULE = "$: must be encoded in UTF-8";
  private static final SymposiaJson JSON = SymposiaJson.standard();

  private static InputStream onePass(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  private static String hostile(String file) throws IOException {
    try (InputStream in = EntryPointsTest.class.getResourceAsStream("/hostile/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aReaderThatCannotMarkReadsTheDocumentAndPlacesARefusalAsAStringDoes() throws IOException {
    String rich = JSON.write(Samples.rich());
    InputStreamReader unmarkable = new InputStreamReader(new ByteArrayInputStream(rich.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    assertThat(unmarkable.markSupported()).isFalse();
    assertThat(JSON.readSymposium(unmarkable)).isEqualTo(Samples.rich());

    String dangling = hostile("083-dangling-participant.json");
    Throwable fromString = catchThrowable(() -> JSON.readSymposium(dangling));
    Throwable fromReader = catchThrowable(() -> JSON.readSymposium(new InputStreamReader(
        new ByteArrayInputStream(dangling.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)));
    assertThat(fromReader).isInstanceOf(SymposiaJsonException.class).hasMessage(fromString.getMessage())
        .hasMessageEndingWith("at line 34, column 21");
  }

  /** A UTF-16 byte order mark or a zero byte among the first four bytes: UTF-16 or UTF-32, refused as such. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FE FF 00 7B", "FF FE 7B 00", "7B 00 00 00", "00 7B", "20 20 20 00 7B"})
  void otherEncodingsAreRefusedFromTheirFirstFourBytes(String hex) {
    byte[] bytes = bytes(hex);
    for (Throwable refusal : refusals(bytes)) {
      assertThat(refusal).isInstanceOf(SymposiaJsonException.class).hasMessage(UTF8_RULE);
    }
  }

  /** Bytes that only begin like a mark, or a zero byte after the first four, are UTF-8 that the parser refuses. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FE 7B", "FF 7B", "7B FE FF", "7B FF FE", "37", "20 20 20 20 00"})
  void bytesThatAreNoMarkOfUtf16AreReadAsUtf8(String hex) {
    byte[] bytes = bytes(hex);
    for (Throwable refusal : refusals(bytes)) {
      assertThat(refusal).isInstanceOf(SymposiaJsonException.class).extracting(Throwable::getMessage)
          .isNotEqualTo(UTF8_RULE);
    }
  }

  @Test
  void writingToAWriterWritesTheDocumentAndFlushes() throws IOException {
    StringWriter out = new StringWriter();
    JSON.write(Samples.rich(), out);
    assertThat(out).hasToString(JSON.write(Samples.rich()));
    StringWriter behindABuffer = new StringWriter();
    JSON.write(Samples.rich(), new java.io.BufferedWriter(behindABuffer, 1 << 20));
    assertThat(behindABuffer).hasToString(JSON.write(Samples.rich()));
  }

  @Test
  void theSchemaIsTheOnePublishedWithTheDocuments() {
    assertThat(SymposiaJson.schema()).startsWith("{").contains("\"$id\": \"" + SymposiaJson.SCHEMA_ID + "\"");
  }

  @Test
  void theLimitIsAtLeastOneByte() throws IOException {
    SymposiaJson one = JSON.withMaxDocumentLength(1);
    assertThat(one.maxDocumentLength()).isEqualTo(1);
    assertThat(catchThrowable(() -> one.readSymposium("{}"))).isInstanceOf(SymposiaJsonException.class);
    assertThat(catchThrowable(() -> JSON.withMaxDocumentLength(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be at least 1, was 0");
    assertThat(JSON.withMaxDocumentLength(JSON.maxDocumentLength())).isSameAs(JSON);
  }

  /** A refused JSON value is named as it is written: booleans and null as themselves. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"true", "false", "null"})
  void aRefusedLiteralIsNamedAsWritten(String literal) {
    String json = "{\"symposiaFormat\": " + literal + ", \"id\": \"s\", \"title\": \"T\", \"dates\": \"2031-01-14\"}";
    assertThat(catchThrowable(() -> JSON.readSymposium(json))).isInstanceOf(SymposiaJsonException.class)
        .hasMessage("symposiaFormat: must be 1 (was " + literal + ") at line 1, column 20");
  }

  @Test
  void aRefusedTranslationIsNamedByItsTextAndARefusedLanguageByItsTag() {
    String blank = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": {\"en\": \"Title\", \"de\": \"  \"}, \"dates\": \"2031-01-14\"}";
    assertThat(catchThrowable(() -> JSON.readSymposium(blank))).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("title.de: ").hasMessageContaining("(was \"  \")");
  }

  @Test
  void aMessageGivesTheLineOnlyWhenTheLocationHasOne() {
    assertThat(new SymposiaJsonException(null, "title", "is required", null, JsonLocation.NA, null))
        .hasMessage("title: is required");
    assertThat(new SymposiaJsonException(null, "title", "is required", null, null, null))
        .hasMessage("title: is required");
  }

  private static Throwable[] refusals(byte[] bytes) {
    return new Throwable[] {
        catchThrowable(() -> JSON.readSymposium(new ByteArrayInputStream(bytes))),
        catchThrowable(() -> JSON.readSymposium(onePass(bytes))),
        catchThrowable(() -> JSON.read(new ByteArrayInputStream(bytes), Symposium.class)),
    };
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }
}
