package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Symposium;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document of exactly the reading limit is read, and one byte (or character) over it is refused, through
 * every entry point: text and bytes in memory, and readers and streams that are read whole.
 */
class DocumentLengthLimitTest {
  private static final Symposium RICH = Samples.rich();
  private static final String TEXT = SymposiaJson.standard().write(RICH);

  interface Entry {
    Symposium read(SymposiaJson json, String text) throws IOException;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // A stream that gives one byte a call and never says how many are available: the reader's buffer grows.
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }

      @Override
      public int available() {
        return 0;
      }
    };
  }

  static Stream<Arguments> entries() {
    return Stream.of(
        Arguments.of("String", (Entry) (json, text) -> json.readSymposium(text)),
        Arguments.of("StringReader", (Entry) (json, text) -> json.readSymposium(new StringReader(text))),
        Arguments.of("CharArrayReader",
            (Entry) (json, text) -> json.readSymposium(new CharArrayReader(text.toCharArray()))),
        Arguments.of("BufferedReader",
            (Entry) (json, text) -> json.readSymposium(new BufferedReader(new StringReader(text), 7))),
        Arguments.of("ByteArrayInputStream",
            (Entry) (json, text) -> json.readSymposium(new ByteArrayInputStream(utf8(text)))),
        Arguments.of("BufferedInputStream",
            (Entry) (json, text) -> json.readSymposium(new BufferedInputStream(new ByteArrayInputStream(utf8(text))))),
        Arguments.of("a stream of one byte a read",
            (Entry) (json, text) -> json.readSymposium(trickle(utf8(text)))));
  }

  private static int length(String name) {
    // Text is limited in characters, bytes in bytes.
    return name.endsWith("Reader") || name.equals("String") ? TEXT.length() : utf8(TEXT).length;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void aDocumentOfExactlyTheLimitIsRead(String name, Entry entry) throws IOException {
    assertThat(utf8(TEXT).length).as("long enough to fill more than one buffer").isGreaterThan(8193);
    assertThat(entry.read(SymposiaJson.standard().withMaxDocumentLength(length(name)), TEXT)).isEqualTo(RICH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void aDocumentOneOverTheLimitIsRefused(String name, Entry entry) {
    int limit = length(name) - 1;
    assertThatThrownBy(() -> entry.read(SymposiaJson.standard().withMaxDocumentLength(limit), TEXT))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be at most " + limit + " bytes or characters long");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void aByteOrderMarkIsReadWithinTheLimit(String name, Entry entry) throws IOException {
    String marked = "\uFEFF" + TEXT;
    int limit = name.endsWith("Reader") || name.equals("String") ? marked.length() : utf8(marked).length;
    assertThat(entry.read(SymposiaJson.standard().withMaxDocumentLength(limit), marked)).isEqualTo(RICH);
  }
}
