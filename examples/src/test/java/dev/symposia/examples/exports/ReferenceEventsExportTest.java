package dev.symposia.examples.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Symposium;
import dev.symposia.examples.Main;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.export.NotExportableException;
import dev.symposia.export.check.FrabCheck;
import dev.symposia.export.check.ICalendarCheck;
import dev.symposia.export.check.JsonLdCheck;
import dev.symposia.export.frab.FrabSchedule;
import dev.symposia.export.frab.FrabScheduleException;
import dev.symposia.export.ical.ICalendar;
import dev.symposia.export.jsonld.SchemaOrg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five reference events in each export format, read by an independent parser and compared with the model
 * by the export module's checkers: iCalendar by ical4j, JSON-LD expanded by titanium-json-ld, frab validated
 * against the c3voc schema; and the files the main example writes are those exports.
 */
class ReferenceEventsExportTest {
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  Path out;

  static Stream<Symposium> events() {
    return ReferenceEvents.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void theICalendarExportReadsBackThroughIcal4jAsTheModelSays(Symposium symposium) {
    ICalendarCheck.compare(symposium, ICalendar.write(symposium, STAMP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void theJsonLdExportExpandsToWhatTheModelSays(Symposium symposium) {
    JsonLdCheck.compare(symposium, SchemaOrg.jsonLd(symposium));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void theFrabExportIsAValidScheduleOfTheSessionsOnTheTimelineAndReadsBack(Symposium symposium)
      throws FrabScheduleException {
    if (!complete(symposium)) {
      // SCRTC's inauguration is on 29 April of a year the report does not state: frab needs a complete date.
      assertThatThrownBy(() -> FrabSchedule.write(symposium)).isInstanceOf(NotExportableException.class)
          .hasMessageContaining("Symposium.dates");
      return;
    }
    String json = FrabSchedule.write(symposium);
    int events = FrabCheck.compare(symposium, json);
    Symposium back = FrabSchedule.read(json);
    assertThat(back.sessions()).hasSize(events);
    assertThat(back.title()).isEqualTo(symposium.title());
    assertThat(back.dates()).isEqualTo(symposium.dates());
    FrabCheck.sameSchedule(json, FrabSchedule.write(back));
  }

  @Test
  void theMainExampleWritesTheThreeExportsOfEveryEvent() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"--out", out.toString()},
        new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
    for (Symposium symposium : ReferenceEvents.all()) {
      String id = symposium.id().value();
      ICalendarCheck.compare(symposium, Files.readString(out.resolve(id + ".ics")));
      JsonLdCheck.compare(symposium, Files.readString(out.resolve(id + ".jsonld")));
      if (complete(symposium)) {
        FrabCheck.compare(symposium, Files.readString(out.resolve(id + ".schedule.json")));
      } else {
        assertThat(out.resolve(id + ".schedule.json")).doesNotExist();
      }
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Exports:     isctm-2022.ics, isctm-2022.jsonld,"
        + " isctm-2022.schedule.json").contains("Exports:     scrtc-inauguration.ics, scrtc-inauguration.jsonld,"
        + " no frab schedule (frab needs complete dates and a time zone)");
  }

  private static boolean complete(Symposium symposium) {
    return symposium.dates().start().isComplete() && symposium.dates().end().isComplete();
  }

  @Test
  void aSymposiumWithoutATimeZoneHasNoFrabScheduleAndTheMessageSaysWhy() {
    Symposium noZone = ReferenceEvents.all().get(0).toBuilder().timeZone(java.util.Optional.empty())
        .notes(java.util.List.of()).build();
    assertThatThrownBy(() -> FrabSchedule.write(noZone)).isInstanceOf(NotExportableException.class)
        .hasMessageContaining("time zone");
  }
}
