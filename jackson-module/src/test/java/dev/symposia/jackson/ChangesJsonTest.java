package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON form of what happens to events over time: a session's status, the earlier plans of symposia and
 * sessions, and dates known only to the year or month. Written, read back, and checked against the schema.
 */
class ChangesJsonTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  /** Postponed from March to September, planned for Kyoto and held online, with one session cancelled. */
  private static Symposium movedCongress() {
    return Symposium.builder().id("example-congress-2020").title("Example Congress 2020 (fictional)")
        .dates(DateSpan.parse("2020-09-02/2020-09-04")).status(EventStatus.HELD).mode(AttendanceMode.ONLINE)
        .addPlannedBefore(EarlierPlan.builder().dates(DateSpan.parse("2020-03-12/2020-03-14"))
                .addPlaces(Place.city("Kyoto", CountryCode.of("JP"))).change(EventStatus.POSTPONED)
                .changeAnnounced(PartialDate.of(2020, 2, 20)).build(),
            EarlierPlan.builder().dates(DateSpan.parse("2020-09-02/2020-09-04"))
                .addPlaces(Place.city("Kyoto", CountryCode.of("JP"))).change(EventStatus.MOVED_ONLINE).build())
        .addSessions(Session.builder().id("visit").kind(SessionKind.OTHER).date(PartialDate.of(2020, 9, 3))
            .time(TimeSlot.parse("14:00/17:00")).status(EventStatus.CANCELLED)
            .addPlannedBefore(EarlierSessionPlan.builder().date(PartialDate.of(2020, 3, 13))
                .time(TimeSlot.parse("afternoon")).build())
            .build())
        .build();
  }

  @Test
  void statusAndEarlierPlansAreWrittenInTheirCanonicalPlaces() {
    assertThat(JSON.write(movedCongress())).isEqualTo("""
        {
          "symposiaFormat": 1,
          "id": "example-congress-2020",
          "title": "Example Congress 2020 (fictional)",
          "dates": "2020-09-02/2020-09-04",
          "status": "held",
          "mode": "online",
          "plannedBefore": [
            {
              "dates": "2020-03-12/2020-03-14",
              "places": [
                {
                  "country": "JP",
                  "city": "Kyoto"
                }
              ],
              "change": "postponed",
              "changeAnnounced": "2020-02-20"
            },
            {
              "dates": "2020-09-02/2020-09-04",
              "places": [
                {
                  "country": "JP",
                  "city": "Kyoto"
                }
              ],
              "change": "moved_online"
            }
          ],
          "sessions": [
            {
              "id": "visit",
              "kind": "other",
              "date": "2020-09-03",
              "time": "14:00/17:00",
              "status": "cancelled",
              "plannedBefore": [
                {
                  "date": "2020-03-13",
                  "time": "afternoon"
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void theMovedCongressIsValidAgainstTheSchemaAndReadsBackEqualInBothModes() throws Exception {
    String json = JSON.write(movedCongress());
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.standard().readSymposium(json)).isEqualTo(movedCongress());
    assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(movedCongress());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      some time in 2017     | 2017/2017
      some days in May 2018 | 2018-05/2018-05
      one day in May 2018   | 2018-05
      """)
  void datesKnownOnlyToTheYearOrMonthAreWrittenAsTheyAreKnownAndReadBackTheSame(String words, String dates)
      throws Exception {
    Symposium symposium = Symposium.builder().id("unknown-days").title("Unknown days")
        .dates(DateSpan.parse(dates)).build();
    String json = JSON.write(symposium);
    assertThat(json).contains("\"dates\": \"" + dates + "\"");
    assertThat(SchemaCheck.document(json)).isEmpty();
    Symposium read = SymposiaJson.strict().readSymposium(json);
    assertThat(read).isEqualTo(symposium);
    assertThat(read.dates().isSingleDay()).isEqualTo(!dates.contains("/"));
    assertThat(read.dates().lengthInDays().isPresent()).isEqualTo(!dates.contains("/"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a plan that states nothing       | {"change": "postponed"}                        | plannedBefore[0]
      a plan given up by being held    | {"dates": "2020-03", "change": "held"}         | plannedBefore[0].change
      a plan given up by being planned | {"dates": "2020-03", "change": "scheduled"}    | plannedBefore[0].change
      an unknown property              | {"dates": "2020-03", "reason": "pandemic"}     | plannedBefore[0].reason
      an empty list of places          | {"dates": "2020-03", "places": []}             | plannedBefore[0].places
      """)
  void theSchemaRefusesWhatNoWriterWrites(String what, String plan, String where) {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"dates\": \"2020-09\", "
        + "\"plannedBefore\": [" + plan + "]}";
    assertThat(SchemaCheck.definition("SymposiumDocument", json)).as(what).isNotEmpty();
    String sessionJson = "{\"symposiaFormat\": 1, \"id\": \"s\", \"kind\": \"forum\", \"plannedBefore\": ["
        + plan.replace("\"dates\"", "\"date\"") + "]}";
    assertThat(SchemaCheck.definition("SessionDocument", sessionJson)).as(what).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a plan that states nothing    | {"change": "postponed"}                | plannedBefore[0].dates: or mode or places or description is required
      a plan given up by being held | {"dates": "2020-03", "change": "held"} | plannedBefore[0].change: must be postponed, rescheduled, moved_online or cancelled (was "held")
      """)
  void readersRefuseWhatCoreRefusesNamingThePath(String what, String plan, String message) {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"dates\": \"2020-09\", "
        + "\"plannedBefore\": [" + plan + "]}";
    assertThatThrownBy(() -> JSON.readSymposium(json)).as(what).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith(message + " at line 1");
  }

  @Test
  void theSchemasWaysOfGivingUpAPlanAreTheStatusesThatEndOne() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SymposiaJson.schema());
    List<String> changes = new ArrayList<>();
    schema.get("$defs").get("PlanChange").get("enum").forEach(value -> changes.add(value.asText()));
    List<String> statuses = new ArrayList<>();
    schema.get("$defs").get("EventStatus").get("enum").forEach(value -> statuses.add(value.asText()));

    assertThat(changes).isEqualTo(Stream.of(EventStatus.POSTPONED, EventStatus.RESCHEDULED,
        EventStatus.MOVED_ONLINE, EventStatus.CANCELLED).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    assertThat(statuses).containsAll(changes).contains("scheduled", "held");
  }
}
