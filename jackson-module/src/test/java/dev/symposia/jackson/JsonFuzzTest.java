package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz targets, one for each way a document enters the module: a {@code String}, an in-memory stream,
 * a stream that cannot be re-read, a {@code Reader} and the module's {@code ObjectMapper}.
 *
 * <p>The property, for every input: reading gives a model that writes back to an equal model (and the same
 * canonical bytes), or a {@link SymposiaJsonException} that names a JSON path; never another exception (a
 * mapper may also throw Jackson's own exception for the cases docs/json-format.md lists). After every input,
 * the same {@link SymposiaJson} instance reads a golden file and must give the model it gave before: no
 * document changes how the next is read. Hangs and memory blow-ups are the fuzzer's own findings
 * ({@code -timeout}, {@code -rss_limit_mb}).
 *
 * <p>In every build these targets run in regression mode over the committed inputs: the golden files, the
 * hostile-document corpus (both copied into {@code JsonFuzzTestInputs/} by the build) and every finding kept
 * under {@code src/test/resources/dev/symposia/jackson/JsonFuzzTestInputs/<target>/}. docs/testing.md gives the
 * command that fuzzes one target for a chosen time.
 */
class JsonFuzzTest {
  private static final SymposiaJson STANDARD = SymposiaJson.standard();
  private static final SymposiaJson STRICT = SymposiaJson.strict();
  private static final byte[] AGREEMENT = "\"agreement\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GOLDEN = golden();
  private static final Symposium GOLDEN_MODEL = goldenModel();

  /** The ways into the module. */
  private enum Entry {
    STRING, BYTES, ONE_PASS_STREAM, READER, MAPPER
  }

  @FuzzTest
  void readString(byte[] input) throws SymposiaJsonException {
    check(Entry.STRING, input);
  }

  @FuzzTest
  void readBytes(byte[] input) throws SymposiaJsonException {
    check(Entry.BYTES, input);
  }

  @FuzzTest
  void readOnePassStream(byte[] input) throws SymposiaJsonException {
    check(Entry.ONE_PASS_STREAM, input);
  }

  @FuzzTest
  void readReader(byte[] input) throws SymposiaJsonException {
    check(Entry.READER, input);
  }

  @FuzzTest
  void readThroughMapper(byte[] input) throws SymposiaJsonException {
    check(Entry.MAPPER, input);
  }

  private static void check(Entry entry, byte[] input) throws SymposiaJsonException {
    // An agreement record holds an "agreement" property; anything else is read as a symposium. Strict mode
    // is tried on what standard mode accepts, as it differs only in refusing unknown properties.
    Class<? extends Aggregate> type = contains(input, AGREEMENT) ? AgreementRecord.class : Symposium.class;
    if (readsBack(STANDARD, entry, input, type)) {
      readsBack(STRICT, entry, input, type);
    }
    assertThat(read(STANDARD, entry, GOLDEN, Symposium.class)).as("the golden file after the input")
        .isEqualTo(GOLDEN_MODEL);
  }

  /** Returns whether the input was accepted; fails unless it was accepted and reads back, or refused well. */
  private static boolean readsBack(SymposiaJson json, Entry entry, byte[] input, Class<? extends Aggregate> type)
      throws SymposiaJsonException {
    Aggregate model;
    try {
      model = read(json, entry, input, type);
    } catch (SymposiaJsonException e) {
      assertThat(e.jsonPath()).as("the path of %s", e.getMessage()).isNotEmpty();
      // The last-resort translation of an unexpected exception: a finding, not a refusal.
      assertThat(e.getMessage()).doesNotContain("cannot be read (");
      return false;
    } catch (IllegalStateException e) {
      if (entry == Entry.MAPPER && e.getMessage().equals("Jackson's own refusal")) {
        // Jackson's own refusal of what the mapper checks around the value (MapperContractTest).
        return false;
      }
      throw e;
    }
    String written = json.write(model);
    Aggregate again = json.read(written, type);
    assertThat(again).isEqualTo(model);
    assertThat(json.write(again)).isEqualTo(written);
    return true;
  }

  private static boolean contains(byte[] input, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= input.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (input[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static <T extends Aggregate> T read(SymposiaJson json, Entry entry, byte[] input, Class<T> type)
      throws SymposiaJsonException {
    try {
      switch (entry) {
        case STRING:
          return json.read(new String(input, StandardCharsets.UTF_8), type);
        case BYTES:
          return json.read(new ByteArrayInputStream(input), type);
        case ONE_PASS_STREAM:
          return json.read(new OnePassStream(input), type);
        case READER:
          return json.read(new StringReader(new String(input, StandardCharsets.UTF_8)), type);
        default:
          return mapperRead(json, input, type);
      }
    } catch (SymposiaJsonException | IllegalStateException e) {
      throw e;
    } catch (IOException e) {
      // Not a refusal: in-memory input cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends Aggregate> T mapperRead(SymposiaJson json, byte[] input, Class<T> type)
      throws IOException {
    try {
      return json.mapper().readValue(input, type);
    } catch (SymposiaJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson's own refusal", e);
    } catch (Exception e) {
      if (e instanceof CharConversionException) {
        // A plain mapper sniffs the encoding of bytes before the module sees them, and Jackson 2 refuses
        // malformed UTF-32 with this (docs/json-format.md, Errors; found by this target, crash-4a31a6e7...).
        throw new IllegalStateException("Jackson's own refusal", e);
      }
      throw e;
    }
  }

  private static Symposium goldenModel() {
    try {
      return STANDARD.read(new String(GOLDEN, StandardCharsets.UTF_8), Symposium.class);
    } catch (SymposiaJsonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] golden() {
    try (InputStream in = JsonFuzzTest.class.getResourceAsStream("JsonFuzzTestInputs/ibs-2024.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that does not support {@code mark}, as a socket's or a file's: the module reads it once. */
  private static final class OnePassStream extends FilterInputStream {
    OnePassStream(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
