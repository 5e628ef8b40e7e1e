package dev.symposia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.benchmarks.records.RecordsDatabind;
import dev.symposia.benchmarks.records.RecordsGson;
import dev.symposia.benchmarks.records.RecordsStreamingReader;
import dev.symposia.benchmarks.records.ToRecords;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.validation.SymposiaValidation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim to: the same data, the same document, every reader agreeing. */
class ProgrammeGeneratorTest {
  private static final Symposium PROGRAMME = ProgrammeGenerator.generate(100);
  private static final Records.Symposium RECORDS = ToRecords.of(PROGRAMME);

  @Test
  void sameSizeGivesTheSameProgramme() {
    assertThat(ProgrammeGenerator.generate(100)).isEqualTo(PROGRAMME);
  }

  @Test
  void programmeHasTheStatedProportions() {
    assertThat(PROGRAMME.sessions()).hasSize(100);
    assertThat(PROGRAMME.speakers()).hasSize(200);
    assertThat(PROGRAMME.institutions()).hasSize(50);
    assertThat(PROGRAMME.agreements()).hasSize(10);
    long participations = PROGRAMME.sessions().stream().mapToLong(s -> s.participants().size()).sum();
    assertThat(participations).isBetween(200L, 300L);
  }

  @Test
  void noRoomHoldsTwoSessionsAtOnce() {
    Set<String> bookings = new HashSet<>();
    for (Session session : PROGRAMME.sessions()) {
      assertThat(bookings.add(session.places() + " " + session.date() + " " + session.time())).isTrue();
    }
  }

  @Test
  void sizesMustFillTheTimetable() {
    assertThatThrownBy(() -> ProgrammeGenerator.generate(30)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyReaderOfRecordsReadsWhatDatabindWrote() throws IOException {
    byte[] json = Programme.databind(RECORDS);
    assertThat(RecordsDatabind.read(new ByteArrayInputStream(json))).isEqualTo(RECORDS);
    assertThat(RecordsStreamingReader.read(new ByteArrayInputStream(json))).isEqualTo(RECORDS);
    assertThat(RecordsGson.read(new ByteArrayInputStream(json))).isEqualTo(RECORDS);
  }

  @Test
  void gsonWritesTheSameDocumentAsDatabind() throws IOException {
    ByteArrayOutputStream gson = new ByteArrayOutputStream();
    RecordsGson.write(RECORDS, gson);
    assertThat(gson.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(Programme.databind(RECORDS), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void recordsWriteTheCanonicalDocumentThatTheModelReads() throws IOException {
    byte[] json = Documents.canonical(PROGRAMME, RECORDS);
    assertThat(Documents.readModel(json)).isEqualTo(PROGRAMME);
  }

  @Test
  void programmeIsClean() {
    assertThat(SymposiaValidation.validate(PROGRAMME)).isEmpty();
    assertThat(SymposiaValidation.validate(ProgrammeGenerator.generate(1_000))).isEmpty();
  }

  @Test
  void buildersMakeTheSameModelFromTheRecords() {
    assertThat(FromRecords.symposium(RECORDS)).isEqualTo(PROGRAMME);
  }
}
