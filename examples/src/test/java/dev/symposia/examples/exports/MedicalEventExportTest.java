package dev.symposia.examples.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.examples.howto.AccreditedCongress;
import dev.symposia.export.check.ICalendarCheck;
import dev.symposia.export.check.JsonLdCheck;
import dev.symposia.export.ical.ICalendar;
import dev.symposia.export.jsonld.SchemaOrg;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accredited congress and the webinar series of {@link AccreditedCongress} in the iCalendar and JSON-LD
 * exports: what each format can say of accreditation, commercial support, abstracts and recurrence, checked
 * through ical4j and titanium-json-ld.
 */
class MedicalEventExportTest {
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void theCalendarMarksAccreditedAndSponsoredSessionsAndDescribesCreditsAndPosters() {
    Symposium congress = AccreditedCongress.symposium();
    String ics = ICalendar.write(congress, STAMP);
    ICalendarCheck.compare(congress, ics);
    String unfolded = ics.replace("\r\n ", "");

    assertThat(unfolded).contains("CATEGORIES:Workshop,CME accredited\r\n", "CATEGORIES:Keynote,CME accredited\r\n",
        // Industry's satellite symposium is outside the congress's accreditation.
        "CATEGORIES:Satellite symposium,Commercially supported\r\n",
        "CME: 3 national category I credits (Northfield National CME Commission)\\, activity NCC-2026-0417",
        "Poster: P-01\\, \"Troponin after the first cycle: a fictional cohort\"\\, https://doi.org/10.5555/northfield.2026.p01",
        "Recording: https://video.example.org/northfield-2026/keynote");
  }

  @Test
  void theWebinarSeriesBecomesOneEventPerWebinarAtItsRealTime() {
    Symposium series = AccreditedCongress.webinarSeries();
    String ics = ICalendar.write(series, STAMP);
    ICalendarCheck.compare(series, ics);
    String unfolded = ics.replace("\r\n ", "");

    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + 1 + 11);
    assertThat(unfolded).contains("UID:northfield-cardio-oncology-webinars-2025/webinar/2025-04-01@symposia.dev",
        "DTSTART;TZID=Europe/Berlin:20250408T180000", "DTSTART;TZID=Europe/Berlin:20251104T180000")
        .doesNotContain("20250805T180000", "webinar/2025-08-05");
  }

  @Test
  void schemaOrgHasTheSponsorsPostersRecordingAndScheduleButNoCredits() {
    Symposium congress = AccreditedCongress.symposium();
    JsonObject event = JsonLdCheck.compare(congress);
    assertThat(JsonLdCheck.objects(event, "sponsor")).extracting(n -> n.getString("@id"))
        .containsExactly("_:harrow-devices");
    String jsonLd = SchemaOrg.jsonLd(congress);
    assertThat(jsonLd).doesNotContain("credit", "NCC-2026", "nothingToDisclose");

    Symposium series = AccreditedCongress.webinarSeries();
    JsonObject webinars = JsonLdCheck.compare(series);
    JsonObject webinar = JsonLdCheck.objects(webinars, "subEvent").get(0);
    JsonObject schedule = JsonLdCheck.objects(webinar, "eventSchedule").get(0);
    assertThat(JsonLdCheck.values(schedule, "repeatFrequency")).containsExactly("P1M");
    assertThat(JsonLdCheck.values(schedule, "byMonthWeek")).containsExactly("1");
    assertThat(JsonLdCheck.values(schedule, "byDay")).containsExactly("https://schema.org/Tuesday");
    assertThat(JsonLdCheck.values(schedule, "scheduleTimezone")).containsExactly("Europe/Berlin");
    assertThat(JsonLdCheck.values(schedule, "exceptDate")).containsExactlyInAnyOrder("2025-04-01", "2025-08-05");
    List<JsonObject> moved = JsonLdCheck.objects(webinar, "subEvent");
    assertThat(moved).hasSize(1);
    assertThat(JsonLdCheck.values(moved.get(0), "startDate")).containsExactly("2025-04-08T18:00:00+02:00");
  }
}
