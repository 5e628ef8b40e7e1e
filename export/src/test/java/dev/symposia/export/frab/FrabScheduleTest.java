package dev.symposia.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.symposia.event.Symposium;
import dev.symposia.export.check.Programmes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrabScheduleTest {
  private static final String ID = "https://c3voc.de/schedule/schema.json";

  static String resource(String name) {
    try (InputStream in = FrabScheduleTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
      builder -> builder.schemas(Map.of(ID, resource("c3voc-schedule.schema.json"))))
      .getSchema(SchemaLocation.of(ID));

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theFictionalProgrammeIsAValidScheduleWithTheSessionsOnTheTimeline() throws FrabScheduleException {
    Symposium symposium = Programmes.clockChange();
    String json = FrabSchedule.write(symposium);
    assertThat(errors(json)).isEmpty();
    assertThat(FrabSchedule.omissions(symposium)).hasSize(5);
    Symposium back = FrabSchedule.read(json);
    assertThat(back.sessions()).hasSize(3);
    assertThat(back.sessions().stream().map(s -> back.interval(s).orElseThrow().startInstant()))
        .containsExactlyInAnyOrderElementsOf(symposium.sessions().subList(0, 3).stream()
            .map(s -> symposium.interval(s).orElseThrow().startInstant()).toList());
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
