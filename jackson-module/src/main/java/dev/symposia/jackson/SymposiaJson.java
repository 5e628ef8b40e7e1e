package dev.symposia.jackson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.symposia.Aggregate;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.internal.CanonicalPrettyPrinter;
import dev.symposia.jackson.internal.Documents;
import dev.symposia.jackson.internal.ReadOptions;
import dev.symposia.jackson.internal.Registry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes Symposia documents in the canonical JSON form, for people who do not want to learn
 * Jackson.
 *
 * <pre>{@code
 * SymposiaJson json = SymposiaJson.standard();
 * Symposium symposium = json.readSymposium(Path.of("isctm-2022.json"));
 * String text = json.write(symposium);
 * }</pre>
 *
 * <p>A document is one aggregate: a {@link Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
 * {@code CooperationAgreement} or {@code AgreementRecord} (an agreement signed at no event, with its
 * institutions and people), whose root object carries {@code "symposiaFormat": 1}. Writing gives the
 * same bytes for the same value on every platform and in every locale: UTF-8, properties in a fixed order,
 * two-space indentation, {@code \n} line ends and a final {@code \n}. Characters outside the Basic
 * Multilingual Plane, and lone surrogates, are written as {@code \}{@code uXXXX} escapes.
 *
 * <p>Reading refuses, with a {@link SymposiaJsonException} that names the JSON path and the rule, every
 * document that is not a valid model: malformed JSON, content after the root object, bytes that are not
 * UTF-8, a missing or different {@code symposiaFormat}, wrong types, {@code null}s, duplicate properties,
 * values the model refuses, dangling or duplicate identifiers, and documents beyond these limits:
 * <ul>
 *   <li>{@value #MAX_NESTING_DEPTH} levels of nested objects and arrays;</li>
 *   <li>{@value #MAX_STRING_LENGTH} characters in a string;</li>
 *   <li>{@value #MAX_NUMBER_LENGTH} characters in a number;</li>
 *   <li>{@value #MAX_NAME_LENGTH} characters in a property name;</li>
 *   <li>{@value #MAX_DOCUMENT_LENGTH} bytes (or characters, when reading text) in a document, unless
 *   {@link #withMaxDocumentLength(long)} sets another limit.</li>
 * </ul>
 * The {@linkplain #standard() standard} reader ignores properties it does not know, so that it reads
 * documents written by newer versions within the same format; the {@linkplain #strict() strict} reader
 * refuses them. Comments, single quotes, trailing commas, leading zeros, {@code NaN} and other extensions of
 * JSON are refused by both.
 *
 * <p>Streams and readers passed in are read to their end, since a document is all they hold, but never
 * beyond the length limit, and are not closed; paths are opened and closed here. Failures of the input itself, such as a missing file, are thrown as they come.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SymposiaJson {
  /** The {@code $id} of the JSON Schema of the canonical form. */
  public static final String SCHEMA_ID = "https://symposia.dev/schema/1/symposia.schema.json";
  /** The value of {@code symposiaFormat} that this version reads and writes. */
  public static final int FORMAT_VERSION = 1;
  /** The deepest nesting of objects and arrays that reading accepts. */
  public static final int MAX_NESTING_DEPTH = 64;
  /**
   * The longest string, in characters, that reading accepts: core's own limit on every text
   * ({@link dev.symposia.text.LocalizedText#MAX_TEXT_LENGTH}), so that whatever a builder accepts is written and
   * read back.
   */
  public static final int MAX_STRING_LENGTH = dev.symposia.text.LocalizedText.MAX_TEXT_LENGTH;
  /** The longest number, in characters, that reading accepts. */
  public static final int MAX_NUMBER_LENGTH = 20;
  /** The longest property name, in characters, that reading accepts. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /**
   * The longest document, in bytes (or characters, when reading text), that reading accepts unless
   * {@link #withMaxDocumentLength(long)} says otherwise.
   */
  public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  private static final String SCHEMA_RESOURCE = "symposia-1.schema.json";
  private static final SymposiaJson STANDARD = new SymposiaJson(ReadOptions.STANDARD, MAX_DOCUMENT_LENGTH);
  private static final SymposiaJson STRICT = new SymposiaJson(ReadOptions.STRICT, MAX_DOCUMENT_LENGTH);

  private final ReadOptions options;
  private final long maxDocumentLength;
  private final Documents documents;
  private final ObjectMapper mapper;

  private SymposiaJson(ReadOptions options, long maxDocumentLength) {
    this.options = options;
    this.maxDocumentLength = maxDocumentLength;
    this.documents = new Documents(options, maxDocumentLength);
    this.mapper = JsonMapper.builder(Documents.factory(maxDocumentLength))
        .addModule(options.isStrict() ? SymposiaModule.strict() : SymposiaModule.standard())
        // Each default that Jackson 3 changed is set, so that both modules' mappers behave alike.
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new CanonicalPrettyPrinter())
        .build();
  }


  /**
   * Returns the standard reader and writer: unknown properties are ignored.
   *
   * @return the shared instance; never null
   */
  public static SymposiaJson standard() {
    return STANDARD;
  }

  /**
   * Returns the strict reader and writer: unknown properties are refused. Writing is the same as
   * {@link #standard()}.
   *
   * @return the shared instance; never null
   */
  public static SymposiaJson strict() {
    return STRICT;
  }

  /**
   * Returns a reader and writer like this one that accepts documents up to another length. Raise it for
   * the rare programme that outgrows {@value #MAX_DOCUMENT_LENGTH} bytes, such as a whole congress of many
   * thousand sessions, and only for sources you trust with that much memory; lower it for a service that
   * takes documents from the public.
   *
   * @param bytes the longest document to accept, in bytes (or characters, when reading text); at least 1
   * @return a new instance; this one is unchanged
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public SymposiaJson withMaxDocumentLength(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxDocumentLength must be at least 1, was " + bytes);
    }
    return bytes == maxDocumentLength ? this : new SymposiaJson(options, bytes);
  }

  /**
   * Returns the longest document this instance reads.
   *
   * @return the limit in bytes (or characters, when reading text); {@value #MAX_DOCUMENT_LENGTH} unless
   *     {@link #withMaxDocumentLength(long)} set another
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns whether reading refuses unknown properties.
   *
   * @return true for {@link #strict()}
   */
  public boolean isStrict() {
    return options.isStrict();
  }

  /**
   * Reads a symposium document.
   *
   * @param json the document; not null
   * @return the symposium; never null
   * @throws SymposiaJsonException if the document is not a valid symposium
   * @throws NullPointerException if {@code json} is null
   */
  public Symposium readSymposium(String json) throws SymposiaJsonException {
    return read(json, Symposium.class);
  }

  /**
   * Reads a symposium document from a reader, which is read to its end, never past the length limit, and left open.
   *
   * @param json the document; not null
   * @return the symposium; never null
   * @throws SymposiaJsonException if the document is not a valid symposium
   * @throws IOException if the reader fails
   * @throws NullPointerException if {@code json} is null
   */
  public Symposium readSymposium(Reader json) throws IOException {
    return read(json, Symposium.class);
  }

  /**
   * Reads a symposium document from UTF-8 bytes; the stream is read to its end, never past the length limit, and left open.
   *
   * @param json the document; not null
   * @return the symposium; never null
   * @throws SymposiaJsonException if the document is not a valid symposium or not UTF-8
   * @throws IOException if the stream fails
   * @throws NullPointerException if {@code json} is null
   */
  public Symposium readSymposium(InputStream json) throws IOException {
    return read(json, Symposium.class);
  }

  /**
   * Reads a symposium document from a UTF-8 file.
   *
   * @param json the file; not null
   * @return the symposium; never null
   * @throws SymposiaJsonException if the document is not a valid symposium or not UTF-8
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code json} is null
   */
  public Symposium readSymposium(Path json) throws IOException {
    return read(json, Symposium.class);
  }

  /**
   * Reads a document of one of the aggregates.
   *
   * @param json the document; not null
   * @param type {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param <T> the type
   * @return the value; never null
   * @throws SymposiaJsonException if the document is not a valid value of the type
   * @throws NullPointerException if an argument is null
   */
  public <T extends Aggregate> T read(String json, Class<T> type) throws SymposiaJsonException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return documents.read(json, type);
  }

  /**
   * Reads a document of one of the aggregates from a reader, which is read to its end, never past the length limit, and left open.
   *
   * @param json the document; not null
   * @param type {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param <T> the type
   * @return the value; never null
   * @throws SymposiaJsonException if the document is not a valid value of the type, or the reader cannot
   *     decode its input
   * @throws IOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public <T extends Aggregate> T read(Reader json, Class<T> type) throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return documents.read(json, type);
  }

  /**
   * Reads a document of one of the aggregates from UTF-8 bytes; the stream is read to its end, never past the length limit, and left open.
   *
   * @param json the document; not null
   * @param type {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param <T> the type
   * @return the value; never null
   * @throws SymposiaJsonException if the document is not a valid value of the type or not UTF-8
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public <T extends Aggregate> T read(InputStream json, Class<T> type) throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return documents.read(json, type);
  }

  /**
   * Reads a document of one of the aggregates from a UTF-8 file.
   *
   * @param json the file; not null
   * @param type {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param <T> the type
   * @return the value; never null
   * @throws SymposiaJsonException if the document is not a valid value of the type or not UTF-8
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public <T extends Aggregate> T read(Path json, Class<T> type) throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try (InputStream in = Files.newInputStream(json)) {
      return read(in, type);
    }
  }

  /**
   * Writes an aggregate as a document. Every aggregate the core model accepts can be written, so this
   * declares no checked exception; only a document longer than this instance reads is refused, so that what
   * is written can always be read back by a reader with the same limit.
   *
   * @param model a {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @return the document, ending with a line feed; never null
   * @throws IllegalArgumentException if the document in UTF-8 would be longer than
   *     {@link #maxDocumentLength()} bytes
   * @throws NullPointerException if {@code model} is null
   */
  public String write(Aggregate model) {
    return new String(bytes(model), StandardCharsets.UTF_8);
  }

  /**
   * Writes an aggregate as a document to a writer, which is flushed and left open.
   *
   * @param model a {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param out where to write; not null
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if the document in UTF-8 would be longer than
   *     {@link #maxDocumentLength()} bytes; nothing is written
   * @throws NullPointerException if an argument is null
   */
  public void write(Aggregate model, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(model));
    out.flush();
  }

  /**
   * Writes an aggregate as a document, in UTF-8, to a stream, which is flushed and left open.
   *
   * @param model a {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param out where to write; not null
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the document would be longer than {@link #maxDocumentLength()} bytes:
   *     writing stops at the limit, and what reached {@code out} is a truncated document that every reader
   *     refuses
   * @throws NullPointerException if an argument is null
   */
  public void write(Aggregate model, OutputStream out) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    writeTo(model, out);
  }

  /**
   * Writes an aggregate as a document, in UTF-8, to a file, replacing what the file held.
   *
   * @param model a {@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
   *     {@code CooperationAgreement} or {@code AgreementRecord}; not null
   * @param file where to write; not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the document would be longer than {@link #maxDocumentLength()} bytes;
   *     the file is left as it was
   * @throws NullPointerException if an argument is null
   */
  public void write(Aggregate model, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.write(file, bytes(model));
  }

  private byte[] bytes(Aggregate model) {
    Objects.requireNonNull(model, "model");
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writeTo(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private void writeTo(Aggregate model, OutputStream out) throws IOException {
    documents.write(model, out);
  }

  /**
   * Returns a new Jackson mapper configured like this instance: the module in this instance's mode, the same
   * limits, refusal of trailing content, and the canonical indentation. Writing through it lays a document
   * out as this class does, without the final line feed, and with characters outside the BMP as raw
   * characters when writing text rather than bytes.
   *
   * @return a new mapper, which the caller may configure further; never null
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the canonical form, whose {@code $id} is {@link #SCHEMA_ID}.
   *
   * @return the schema's text; never null
   */
  public static String schema() {
    try (InputStream in = SymposiaJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the types that can be documents.
   *
   * @return Symposium, Session, Speaker, Institution, CooperationAgreement and AgreementRecord; never null
   */
  public static List<Class<? extends Aggregate>> documentTypes() {
    return Registry.documentTypes();
  }
}
