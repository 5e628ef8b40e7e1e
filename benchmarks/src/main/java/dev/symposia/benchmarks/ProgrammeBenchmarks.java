package dev.symposia.benchmarks;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.benchmarks.records.RecordsDatabind;
import dev.symposia.benchmarks.records.RecordsChecks;
import dev.symposia.benchmarks.records.RecordsGson;
import dev.symposia.benchmarks.records.RecordsStreamingReader;
import dev.symposia.event.Symposium;
import dev.symposia.validation.SymposiaValidation;
import jakarta.validation.ConstraintViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, writing, building and validating whole programmes, the model against the records a service
 * would otherwise write. Compare only figures from one run: other work on the machine moves them all.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched before the first iteration: otherwise the first pass of each benchmark through a
// large young generation pays the kernel's page faults (seen as system time), and figures drift by a
// factor of three between iterations of one trial.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ProgrammeBenchmarks {

  /**
   * Reads the document into the model with the JSON module.
   *
   * @param programme the programme
   * @return the model
   * @throws IOException never
   */
  @Benchmark
  public Symposium readModel(Programme programme) throws IOException {
    return Documents.JSON.readSymposium(programme.document());
  }

  /**
   * Writes the model with the JSON module.
   *
   * @param programme the programme
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public ByteArrayOutputStream writeModel(Programme programme) throws IOException {
    ByteArrayOutputStream out = Programme.output();
    Documents.JSON.write(programme.model, out);
    return out;
  }

  /**
   * Reads the document into the model with the Jackson 3 module.
   *
   * @param programme the programme
   * @return the model
   * @throws IOException never: the document is in memory
   */
  @Benchmark
  public Symposium readModelJackson3(Programme programme) throws IOException {
    return Documents.JSON3.readSymposium(programme.document());
  }

  /**
   * Writes the model with the Jackson 3 module.
   *
   * @param programme the programme
   * @return the document
   * @throws IOException never: the document is in memory
   */
  @Benchmark
  public ByteArrayOutputStream writeModelJackson3(Programme programme) throws IOException {
    ByteArrayOutputStream out = Programme.output();
    Documents.JSON3.write(programme.model, out);
    return out;
  }

  /**
   * Validates the whole programme: every single-value constraint and every programme rule.
   *
   * @param programme the programme
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<Symposium>> validateModel(Programme programme) {
    return SymposiaValidation.validate(programme.model);
  }

  /**
   * Reads the document and validates what it read, as a service does with each document it receives.
   * Validation's own cost is this minus {@link #readModel}; unlike {@link #validateModel}, it is the first
   * validation of each symposium instance, so nothing kept with an instance by an earlier validation (the
   * session table) is reused.
   *
   * @param programme the programme
   * @return the violations, none
   * @throws IOException never
   */
  @Benchmark
  public Set<ConstraintViolation<Symposium>> readAndValidateModel(Programme programme) throws IOException {
    return SymposiaValidation.validate(readModel(programme));
  }

  /**
   * Checks the records by hand, as a service would without the validation module: references and double
   * bookings, with hash sets ({@link RecordsChecks}). The baseline for how validation grows with the
   * programme.
   *
   * @param programme the programme
   * @return the number of problems found
   */
  @Benchmark
  public int checkRecordsByHand(Programme programme) {
    return RecordsChecks.problems(programme.records);
  }

  /**
   * Reads the document into records with Jackson databind: the baseline.
   *
   * @param programme the programme
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public Records.Symposium readRecordsDatabind(Programme programme) throws IOException {
    return RecordsDatabind.read(programme.document());
  }

  /**
   * Reads the document into records with a hand-written {@code JsonParser} reader: the ceiling.
   *
   * @param programme the programme
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public Records.Symposium readRecordsStreaming(Programme programme) throws IOException {
    return RecordsStreamingReader.read(programme.document());
  }

  /**
   * Reads the document into records with Gson.
   *
   * @param programme the programme
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public Records.Symposium readRecordsGson(Programme programme) throws IOException {
    return RecordsGson.read(programme.document());
  }

  /**
   * Writes the records with Jackson databind: the baseline.
   *
   * @param programme the programme
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public ByteArrayOutputStream writeRecordsDatabind(Programme programme) throws IOException {
    ByteArrayOutputStream out = Programme.output();
    RecordsDatabind.write(programme.records, out);
    return out;
  }

  /**
   * Writes the records with Gson.
   *
   * @param programme the programme
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public ByteArrayOutputStream writeRecordsGson(Programme programme) throws IOException {
    ByteArrayOutputStream out = Programme.output();
    RecordsGson.write(programme.records, out);
    return out;
  }

  /**
   * Builds the model from records through its builders and factories.
   *
   * @param programme the programme
   * @return the model
   */
  @Benchmark
  public Symposium buildModel(Programme programme) {
    return FromRecords.symposium(programme.records);
  }
}
