package dev.symposia.benchmarks;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The JSON document that every reader of a benchmark reads: the model's canonical form. */
final class Documents {
  /**
   * The reader and writer of every benchmark: a programme of 100,000 sessions is a document of some 220 MB,
   * beyond the standard 50 MB limit.
   */
  static final SymposiaJson JSON = SymposiaJson.standard().withMaxDocumentLength(Integer.MAX_VALUE);
  /** The same, through the Jackson 3 module. */
  static final dev.symposia.jackson3.SymposiaJson JSON3 =
      dev.symposia.jackson3.SymposiaJson.standard().withMaxDocumentLength(Integer.MAX_VALUE);

  private Documents() {}

  /**
   * Returns the canonical document of a programme, after checking that the records' writer gives the very
   * same bytes, so that every reader reads one document and every writer writes it.
   */
  static byte[] canonical(Symposium model, Records.Symposium records) {
    ByteArrayOutputStream out = Programme.output();
    try {
      JSON.write(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] canonical = out.toByteArray();
    if (!Arrays.equals(canonical, Programme.databind(records))) {
      throw new IllegalStateException("the records do not write the canonical document");
    }
    ByteArrayOutputStream jackson3 = Programme.output();
    try {
      JSON3.write(model, jackson3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Arrays.equals(canonical, jackson3.toByteArray())) {
      throw new IllegalStateException("the Jackson 3 module does not write the canonical document");
    }
    return canonical;
  }

  static Symposium readModel(byte[] json) throws IOException {
    return JSON.readSymposium(new ByteArrayInputStream(json));
  }
}
