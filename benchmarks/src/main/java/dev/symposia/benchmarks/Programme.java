package dev.symposia.benchmarks;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.benchmarks.records.RecordsDatabind;
import dev.symposia.benchmarks.records.ToRecords;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One synthetic programme of {@link #sessions} sessions, as a model, as records and as the JSON document
 * that both read, shared by every benchmark of a trial.
 */
@State(Scope.Benchmark)
public class Programme {
  /** The number of sessions. */
  @Param({"100", "1000", "10000", "100000"})
  public int sessions;

  /** The model. */
  public Symposium model;
  /** The same data as records. */
  public Records.Symposium records;
  /** The canonical JSON document of the programme, in UTF-8. */
  public byte[] json;

  /** Makes the programme and its document. */
  @Setup(Level.Trial)
  public void make() {
    model = ProgrammeGenerator.generate(sessions);
    records = ToRecords.of(model);
    json = Documents.canonical(model, records);
  }

  /**
   * Returns a programme of the given size, made: for the programs that time outside JMH.
   *
   * @param sessions the number of sessions, a multiple of 20
   * @return the programme, its model, records and document made
   */
  public static Programme of(int sessions) {
    Programme programme = new Programme();
    programme.sessions = sessions;
    programme.make();
    return programme;
  }

  /**
   * Returns a fresh stream over the document.
   *
   * @return the stream
   */
  public InputStream document() {
    return new ByteArrayInputStream(json);
  }

  /**
   * Returns an output buffer of the size every writer starts with.
   *
   * @return the buffer
   */
  public static ByteArrayOutputStream output() {
    return new ByteArrayOutputStream(8192);
  }

  static byte[] databind(Records.Symposium records) {
    ByteArrayOutputStream out = output();
    try {
      RecordsDatabind.write(records, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
