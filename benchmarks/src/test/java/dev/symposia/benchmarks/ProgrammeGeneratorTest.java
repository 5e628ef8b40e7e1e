package dev.symposia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.benchmarks.records.RecordsChecks;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
  void handWrittenChecksFindNothingInTheProgrammeAndWhatIsPlantedInIt() {
    assertThat(RecordsChecks.problems(RECORDS)).isZero();
    assertThat(RecordsChecks.problems(ToRecords.of(ProgrammeGenerator.generate(1_000)))).isZero();

    Records.Session first = RECORDS.sessions().get(0);
    Records.Participation stranger =
        new Records.Participation("nobody-at-all", Records.ParticipantRole.SPEAKER, null, null);
    assertThat(RecordsChecks.problems(withFirstSession(withParticipants(first, List.of(stranger)))))
        .isEqualTo(1);

    Records.Session other = RECORDS.sessions().stream()
        .filter(s -> !s.participants().isEmpty() && s.time() != null && !s.id().equals(first.id()))
        .findFirst().orElseThrow();
    Records.Session clash = new Records.Session(first.id(), first.kind(), first.title(), first.topics(),
        other.date(), other.time(), first.mode(), List.of(), null, other.participants(), first.statistics(),
        first.description());
    assertThat(RecordsChecks.problems(withFirstSession(clash))).isEqualTo(other.participants().size());
  }

  private static Records.Session withParticipants(Records.Session s, List<Records.Participation> participants) {
    return new Records.Session(s.id(), s.kind(), s.title(), s.topics(), s.date(), s.time(), s.mode(), s.places(),
        s.partOf(), participants, s.statistics(), s.description());
  }

  private static Records.Symposium withFirstSession(Records.Session session) {
    Records.Symposium r = RECORDS;
    List<Records.Session> sessions = new ArrayList<>(r.sessions());
    sessions.set(0, session);
    return new Records.Symposium(r.symposiaFormat(), r.id(), r.title(), r.shortTitle(), r.series(), r.edition(),
        r.theme(), r.topics(), r.dates(), r.timeZone(), r.status(), r.mode(), r.places(), r.institutions(),
        r.institutionRoles(), r.speakers(), sessions, r.agreements(), r.statistics());
  }

  @Test
  void buildersMakeTheSameModelFromTheRecords() {
    assertThat(FromRecords.symposium(RECORDS)).isEqualTo(PROGRAMME);
  }
}
