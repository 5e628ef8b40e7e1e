package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTC offsets and sessions past midnight in the canonical JSON form and in the schema. */
class TimelineJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SymposiaModule());

  @Test
  void offsetsAndNightSessionsAreWrittenInTheTimeStringAndReadBackToTheSameInterval() throws Exception {
    Symposium congress = Samples.clockChange();
    String json = SymposiaJson.standard().write(congress);

    assertThat(json).contains("\"time\": \"22:00/01:00\"", "\"time\": \"00:30+01:00/02:30Z\"",
        "\"time\": \"01:30Z/\"");
    Symposium read = SymposiaJson.strict().readSymposium(json);
    assertThat(read).isEqualTo(congress);
    for (Session session : read.sessions()) {
      assertThat(read.interval(session)).isEqualTo(congress.interval(session));
    }
    assertThat(read.interval(read.sessions().get(0)).map(ZonedInterval::duration)).contains(Duration.ofHours(3));
    assertThat(read.interval(read.sessions().get(1)).map(ZonedInterval::duration)).contains(Duration.ofHours(3));
  }

  /**
   * Both ways: what the schema says of a time slot and what readers do with it. The schema describes the
   * canonical form, so it refuses the spellings readers also accept ({@code +00:00}); readers refuse what the
   * schema cannot express (an end equal to the start).
   */
  @ParameterizedTest(name = "{0}: schema {1}, reader {2}")
  @CsvSource(textBlock = """
      22:00/01:00,         true,  true
      00:30+01:00/02:30Z,  true,  true
      01:45+01:00/01:15Z,  true,  true
      09:00-05:00/,        true,  true
      12:00+05:53:28/,     true,  true
      18:00/19:00+14:00,   true,  true
      23:00/00:00-18:00,   true,  true
      14:00+00:00/15:00,   false, true
      14:00/15:00+01:00:00,false, true
      14:00-00:00/15:00,   false, false
      14:00+1:00/15:00,    false, false
      14:00+0100/15:00,    false, false
      14:00+18:30/,        false, false
      14:00z/,             false, false
      14:00 Z/,            false, false
      14:00/14:00,         true,  false
      01:30+01:00/00:30Z,  true,  false
      """)
  void theSchemaAndTheReadersAgreeOnTimeSlotsExceptWhereTheyMustNot(String text, boolean schema, boolean reader) {
    String json = "\"" + text + "\"";
    assertThat(SchemaCheck.definition("TimeSlot", json)).as("schema errors").hasSize(schema ? 0 : 1);
    if (reader) {
      TimeSlot slot = TimeSlot.parse(text);
      try {
        assertThat(MAPPER.readValue(json, TimeSlot.class)).isEqualTo(slot);
        String written = MAPPER.writeValueAsString(slot);
        assertThat(SchemaCheck.definition("TimeSlot", written)).as(written).isEmpty();
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    } else {
      assertThatThrownBy(() -> MAPPER.readValue(json, TimeSlot.class)).isInstanceOf(SymposiaJsonException.class);
    }
  }
}
