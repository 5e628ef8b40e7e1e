package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Reads and writes whole documents for {@link SymposiaJson}: the parser's set-up and limits, the encoding,
 * the root value and what may follow it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Documents {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private final ReadOptions options;
  private final long maxDocumentLength;
  private final JsonFactory factory;

  /**
   * Makes a reader and writer of documents.
   *
   * @param options how lenient reading is; not null
   * @param maxDocumentLength the longest document to read, in bytes (or characters, when reading text)
   */
  public Documents(ReadOptions options, long maxDocumentLength) {
    this.options = options;
    this.maxDocumentLength = maxDocumentLength;
    this.factory = factory(maxDocumentLength);
  }

  /**
   * Returns a new factory with the limits, the features the canonical form relies on, and tables of property
   * names of each parser's own ({@link IsolatedJsonFactory}).
   *
   * @param maxDocumentLength the longest document to read, in bytes (or characters, when reading text)
   * @return a new factory; never null
   */
  public static JsonFactory factory(long maxDocumentLength) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(SymposiaJson.MAX_NESTING_DEPTH)
        .maxStringLength(SymposiaJson.MAX_STRING_LENGTH)
        .maxNumberLength(SymposiaJson.MAX_NUMBER_LENGTH)
        .maxNameLength(SymposiaJson.MAX_NAME_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
    JsonFactoryBuilder builder = new JsonFactoryBuilder()
        .streamReadConstraints(limits)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .enable(JsonWriteFeature.QUOTE_FIELD_NAMES)
        .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE);
    // Newer 2.x releases can write characters outside the BMP as raw UTF-8; the canonical form keeps the
    // escapes that every 2.x release writes by default. Looked up by name, as 2.17 does not have it.
    for (JsonWriteFeature feature : JsonWriteFeature.values()) {
      if (feature.name().equals("COMBINE_UNICODE_SURROGATES_IN_UTF8")) {
        builder.disable(feature);
      }
    }
    return new IsolatedJsonFactory(builder);
  }

  /**
   * Reads a document of an aggregate from a string.
   *
   * @param json the document; not null
   * @param type the aggregate; not null
   * @param <T> the aggregate
   * @return the value; never null
   * @throws SymposiaJsonException if the document is not a valid value of the type
   * @throws IllegalArgumentException if the type is {@link Aggregate} itself rather than one of the six
   */
  public <T extends Aggregate> T read(String json, Class<T> type) throws SymposiaJsonException {
    // Jackson 2.17 does not check the length of a String that fits its first buffer.
    if (json.length() > maxDocumentLength) {
      throw new SymposiaJsonException(null, JsonPaths.ROOT, Failures.documentLengthRule(maxDocumentLength), null,
          null, null);
    }
    // RFC 8259 lets a reader ignore a byte order mark; Jackson ignores one in bytes, and here in text too, so
    // that a document is read alike whatever it is read from.
    String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
    try {
      return read(() -> factory.createParser(text), type);
    } catch (SymposiaJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /**
   * Reads a document of an aggregate from a reader, which is left open.
   *
   * @param json the document; not null
   * @param type the aggregate; not null
   * @param <T> the aggregate
   * @return the value; never null
   * @throws IOException a {@link SymposiaJsonException} if the document is not a valid value of the type, or
   *     what the reader threw
   */
  public <T extends Aggregate> T read(Reader json, Class<T> type) throws IOException {
    if (json.getClass() == StringReader.class || json.getClass() == CharArrayReader.class) {
      // Its text is in memory: parsed as it comes, and read again from the mark at no cost.
      json.mark(Integer.MAX_VALUE);
      if (json.read() != BYTE_ORDER_MARK) {
        json.reset();
      }
      json.mark(Integer.MAX_VALUE);
      return read(() -> {
        json.reset();
        return factory.createParser(json);
      }, type);
    }
    // Any other reader is read whole, so that a refusal found after the value (a dangling reference) can be
    // placed at the value by reading the text again.
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
      if (text.length() + n > maxDocumentLength) {
        throw new SymposiaJsonException(null, JsonPaths.ROOT, Failures.documentLengthRule(maxDocumentLength), null,
            null, null);
      }
      text.append(buffer, 0, n);
    }
    return read(text.toString(), type);
  }

  /**
   * Reads a document of an aggregate from UTF-8 bytes; the stream is left open.
   *
   * @param json the document; not null
   * @param type the aggregate; not null
   * @param <T> the aggregate
   * @return the value; never null
   * @throws IOException a {@link SymposiaJsonException} if the document is not a valid value of the type or
   *     not UTF-8, or what the stream threw
   */
  public <T extends Aggregate> T read(InputStream json, Class<T> type) throws IOException {
    if (json.getClass() == ByteArrayInputStream.class) {
      // Its bytes are in memory: parsed as they come, and read again from the mark at no cost.
      json.mark(0);
      return read(() -> {
        json.reset();
        return factory.createParser(utf8(json));
      }, type);
    }
    // Any other stream is read whole, so that a refusal found after the value (a dangling reference is known only at the end) can
    // be placed at the value by reading the bytes again. Jackson parses bytes in memory at least as fast as
    // it parses a stream, which it copies into its buffer piece by piece.
    byte[] bytes = new byte[(int) Math.min(Math.max(json.available(), 8192) + 1L, limit())];
    int length = 0;
    for (int n = json.read(bytes, 0, bytes.length); n >= 0; n = json.read(bytes, length, bytes.length - length)) {
      length += n;
      if (length == bytes.length) {
        if (length >= limit()) {
          throw new SymposiaJsonException(null, JsonPaths.ROOT, Failures.documentLengthRule(maxDocumentLength),
              null, null, null);
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(length * 2L, limit()));
      }
    }
    requireUtf8(bytes, length);
    int size = length;
    byte[] document = bytes;
    return read(() -> factory.createParser(document, 0, size), type);
  }

  // One byte more than the longest document, so that reading it tells a document over the limit.
  private int limit() {
    return (int) Math.min(maxDocumentLength + 1, Integer.MAX_VALUE - 8);
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T extends Aggregate> T read(ParserSource source, Class<T> type) throws IOException {
    try {
      return read(parser(source), type);
    } catch (SymposiaJsonException e) {
      throw placed(e, source);
    }
  }

  // The core model refuses an object when it is built, after its last property, and a dangling reference
  // when the whole document is read; the document is read again up to the value the refusal names.
  private static SymposiaJsonException placed(SymposiaJsonException e, ParserSource source) {
    if (!(e.getCause() instanceof InvalidModelException) || e.jsonPath().equals(JsonPaths.ROOT)) {
      return e;
    }
    JsonLocation at;
    try (JsonParser again = source.open()) {
      at = JsonPaths.locate(again, e.jsonPath());
    } catch (IOException | RuntimeException ignored) {
      // The document was read up to the refusal once; anything that stops the second reading keeps the
      // first place.
      return e;
    }
    if (at == null) {
      return e;
    }
    SymposiaJsonException placed = new SymposiaJsonException(null, e.jsonPath(), e.rule(),
        e.offendingValue().orElse(null), at, e.getCause());
    placed.setStackTrace(e.getStackTrace());
    return placed;
  }

  // Jackson refuses a document over the length limit as it loads input, which for a String or a short
  // Reader happens while the parser is made.
  private static JsonParser parser(ParserSource source) throws IOException {
    try {
      return source.open();
    } catch (StreamConstraintsException e) {
      throw Failures.translate(null, e);
    }
  }

  private <T extends Aggregate> T read(JsonParser p, Class<T> type) throws IOException {
    try (p) {
      JsonToken first = next(p);
      if (first == null) {
        throw new SymposiaJsonException(p, JsonPaths.ROOT, "must not be empty", null, p.currentLocation(), null);
      }
      if (first == JsonToken.VALUE_NULL) {
        throw new SymposiaJsonException(p, JsonPaths.ROOT, "must not be null", null, p.currentTokenLocation(),
            null);
      }
      T value = Registry.readDocument(p, type, options);
      JsonLocation end = p.currentLocation();
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (StreamConstraintsException e) {
        // Jackson checks the document's length as it loads input, so the limit can be met after the root.
        throw Failures.translate(p, e);
      } catch (JsonProcessingException | CharConversionException | CharacterCodingException e) {
        // Jackson releases differ on where they place an unreadable token; the end of the root object is certain.
        throw trailing(p, end, e);
      }
      if (after != null) {
        throw trailing(p, p.currentTokenLocation(), null);
      }
      return value;
    }
  }

  private static JsonToken next(JsonParser p) throws IOException {
    try {
      return p.nextToken();
    } catch (JsonProcessingException | CharConversionException | CharacterCodingException e) {
      throw Failures.translate(p, e);
    }
  }

  private static SymposiaJsonException trailing(JsonParser p, JsonLocation location, Exception e) {
    return new SymposiaJsonException(p, JsonPaths.ROOT, "must contain nothing after the root object", null,
        location, e);
  }

  // JSON exchanged between systems is UTF-8 (RFC 8259). Jackson would also detect UTF-16 and UTF-32, decoding
  // some of their errors into a bare CharConversionException; refusing them here keeps every refusal ours.
  private static InputStream utf8(InputStream in) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 4);
    byte[] bytes = new byte[4];
    int count = head.readNBytes(bytes, 0, 4);
    requireUtf8(bytes, count);
    head.unread(bytes, 0, count);
    return head;
  }

  private static void requireUtf8(byte[] bytes, int length) throws SymposiaJsonException {
    int count = Math.min(length, 4);
    boolean utf16Mark = count >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
    boolean zero = false;
    for (int i = 0; i < count; i++) {
      zero |= bytes[i] == 0;
    }
    if (utf16Mark || zero) {
      throw new SymposiaJsonException(null, JsonPaths.ROOT, "must be encoded in UTF-8", null, null, null);
    }
  }

  /**
   * Writes an aggregate as a document in UTF-8, with the canonical layout and a final line feed.
   *
   * @param model the aggregate; not null
   * @param out where to write; flushed and left open
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the document would be longer than the longest this reads: it stops
   *     there, and what reached {@code out} is not a whole document
   */
  public void write(Aggregate model, OutputStream out) throws IOException {
    // The reader's limit, in UTF-8 bytes, whichever entry point reads the document back: a text never has
    // more characters than its UTF-8 form has bytes.
    try (JsonGenerator g = CanonicalPrettyPrinter.generator(factory, new Limited(out, maxDocumentLength, model))) {
      Registry.writeDocument(model, g);
      g.writeRaw('\n');
    }
  }

  /** Counts what a document writes and refuses to go past the reader's limit. */
  private static final class Limited extends FilterOutputStream {
    private final long limit;
    private final Aggregate model;
    private long written;

    Limited(OutputStream out, long limit, Aggregate model) {
      super(out);
      this.limit = limit;
      this.model = model;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      count(length);
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    private void count(int length) {
      written += length;
      if (written > limit) {
        String type = Registry.documentTypes().stream().filter(t -> t.isInstance(model)).findFirst()
            .map(Class::getSimpleName).orElse("model");
        throw new IllegalArgumentException("This " + type + "'s document would be longer than " + limit
            + " bytes, the most a reader with the same limit reads (maxDocumentLength); split it or raise"
            + " the limit on both sides");
      }
    }
  }
}
