package dev.symposia.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.NotExportableException;
import dev.symposia.export.Omission;
import dev.symposia.export.check.FrabCheck;
import dev.symposia.export.check.Programmes;
import dev.symposia.generators.EventGenerators;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceFrequency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrabScheduleTest {
  static String resource(String name) {
    return FrabCheck.resource("/dev/symposia/export/frab/" + name);
  }

  static List<Error> errors(String json) {
    return FrabCheck.errors(json);
  }

  @Test
  void theFictionalProgrammeIsAValidScheduleWithTheSessionsOnTheTimeline() throws FrabScheduleException {
    Symposium symposium = Programmes.clockChange();
    String json = FrabSchedule.write(symposium);
    assertThat(FrabCheck.compare(symposium, json)).isEqualTo(3);
    Symposium back = FrabSchedule.read(json);
    assertThat(back.sessions()).hasSize(3);
    assertThat(back.sessions().stream().map(s -> back.interval(s).orElseThrow().startInstant()))
        .containsExactlyInAnyOrderElementsOf(symposium.sessions().subList(0, 3).stream()
            .map(s -> symposium.interval(s).orElseThrow().startInstant()).toList());
  }

  @Test
  void aRequiredTitleOrRoomTheRecordLacksIsAnEmptyStringThatOmissionsName() {
    assertThat(FrabSchedule.omissions(Programmes.clockChange())).extracting(Omission::path).containsExactly(
        "sessions[0] (night).title", "sessions[1] (second-half-hour).room", "sessions[2] (chinese).room",
        "sessions[3] (cancelled)", "sessions[4] (start-only)", "sessions[5] (morning)", "sessions[6] (undated)",
        "sessions[7] (some-day-in-october)");
    assertThat(FrabSchedule.omissions(Programmes.clockChange()).get(0).reason())
        .contains("requires a title", "the empty string is written");
  }

  @Test
  void aRecurringSessionIsWrittenAtItsOwnDateAndOmissionsNameItsRule() throws FrabScheduleException {
    Symposium programme = Programmes.clockChange();
    List<Session> sessions = new ArrayList<>(programme.sessions());
    sessions.set(0, sessions.get(0).toBuilder().recurrence(Recurrence.builder()
        .frequency(RecurrenceFrequency.WEEKLY).count(2).build()).build());
    Symposium weekly = programme.toBuilder().sessions(sessions).build();

    List<Omission> omissions = FrabSchedule.omissions(weekly);
    assertThat(omissions).extracting(Omission::path).contains("sessions[0] (night).recurrence");
    assertThat(omissions).filteredOn(o -> o.path().endsWith(".recurrence")).singleElement()
        .extracting(Omission::reason).asString().contains("no recurring events", "own date");
    assertThat(FrabCheck.compare(weekly, FrabSchedule.write(weekly))).isEqualTo(3);
  }

  @Test
  void aFrabNameIsKeptAsWrittenAndItsGivenNameMarkedInferred() throws FrabScheduleException {
    Symposium camp = FrabSchedule.read(resource("frab-camp2019.json"));
    assertThat(camp.speakers()).isNotEmpty().allSatisfy(speaker -> {
      assertThat(speaker.name().orElseThrow().asWritten()).isPresent();
      assertThat(speaker.isInferred("name.givenName")).isTrue();
      assertThat(speaker.name().get().familyName()).isEmpty();
    });
    assertThat(camp.speakers()).anySatisfy(s -> assertThat(s.displayName()).isEqualTo("jinxx"));
  }

  @Test
  void aFrabTypeTheModelHasNoKindForIsOtherWithTheTypeAsItsLabel() throws FrabScheduleException {
    Symposium camp = FrabSchedule.read(resource("frab-camp2019.json"));
    assertThat(camp.sessions()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SessionKind.OTHER));
    assertThat(camp.sessions()).extracting(s -> s.kindLabel().orElseThrow().text()).containsOnly("lecture",
        "performance");
    assertThat(FrabSchedule.write(camp)).contains("\"type\": \"lecture\"").doesNotContain("\"type\": \"other\"");
  }

  @Test
  void generatedProgrammesPassTheSchemaAndReadBackKeepingEveryFieldFrabHolds() {
    qt().withExamples(100).forAll(EventGenerators.symposia(8)).checkAssert(symposium -> {
      boolean exportable = symposium.timeZone().isPresent() && symposium.dates().start().isComplete()
          && symposium.dates().end().isComplete() && java.time.temporal.ChronoUnit.DAYS.between(
          symposium.dates().start().toLocalDate().get(), symposium.dates().end().toLocalDate().get()) < 366;
      if (!exportable) {
        assertThatThrownBy(() -> FrabSchedule.write(symposium)).isInstanceOf(NotExportableException.class);
        return;
      }
      String first = FrabSchedule.write(symposium);
      FrabCheck.compare(symposium, first);
      Symposium read = read(first);
      String second = FrabSchedule.write(read);
      FrabCheck.compare(read, second);
      FrabCheck.sameSchedule(first, second);
      Symposium again = read(second);
      assertThat(again.sessions()).containsExactlyInAnyOrderElementsOf(read.sessions());
      assertThat(again.speakers()).containsExactlyInAnyOrderElementsOf(read.speakers());
      assertThat(again.toBuilder().sessions(read.sessions()).speakers(read.speakers()).build()).isEqualTo(read);
    });
  }

  private static Symposium read(String json) {
    try {
      return FrabSchedule.read(json);
    } catch (FrabScheduleException e) {
      throw new AssertionError(e.getMessage() + "\n" + json, e);
    }
  }

  @Test
  void theCamp2019ScheduleReadsAndWritesBackTheSameModel() throws FrabScheduleException {
    Symposium camp = FrabSchedule.read(resource("frab-camp2019.json"));
    assertThat(camp.sessions()).isNotEmpty();
    String json = FrabSchedule.write(camp);
    assertThat(errors(json)).isEmpty();
    Symposium back = FrabSchedule.read(json);
    // The acronym is written in lower case (the schema's pattern), so only the id differs.
    assertThat(back.id().value()).isEqualTo("camp2019");
    assertThat(back.sessions()).containsExactlyInAnyOrderElementsOf(camp.sessions());
    assertThat(back.speakers()).containsExactlyInAnyOrderElementsOf(camp.speakers());
    assertThat(back.dates()).isEqualTo(camp.dates());
    assertThat(back.timeZone()).isEqualTo(camp.timeZone());
  }

  @Test
  void aBadDateIsRefusedNamingItsJsonPath() {
    String json = resource("frab-camp2019.json").replaceFirst("\"date\": \"2019-08-2[0-9]T[^\"]*\"",
        "\"date\": \"tomorrow\"");
    assertThatThrownBy(() -> FrabSchedule.read(json)).isInstanceOf(FrabScheduleException.class)
        .hasMessageContaining("schedule.conference.days[").hasMessageContaining(".date: must be a date-time");
  }
}
