package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import dev.symposia.time.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON form of lists a source gives only in part: written, read back, and checked against the schema. */
class PartialListsJsonTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  /** "Topics such as...", "speakers included...", "projects from countries such as...": all fictional. */
  private static Symposium fictionalSymposium() {
    return Symposium.builder().id("example-2024").title("Example Symposium 2024 (fictional)")
        .dates(DateSpan.parse("2024-09-12")).addTopics("tumour immunology", "COVID-19")
        .addSpeakers(Speaker.builder().id("ann-example").name(PersonName.givenFirst("Ann", "Example")).build())
        .addSessions(Session.builder().id("plenary").kind(SessionKind.PLENARY)
            .addParticipants(Participation.of(dev.symposia.identifier.LocalId.of("ann-example"),
                ParticipantRole.SPEAKER))
            .addPartialLists("participants").build())
        .addStatistics(Statistic.builder().measure(Measure.PROJECTS).count(Count.exactly(9))
            .addCountries(CountryCode.of("DE"), CountryCode.of("FI")).addPartialLists("countries").build())
        .addPartialLists("topics")
        .build();
  }

  @Test
  void partialListsAreWrittenLastInEachObjectByTheirPropertyNames() {
    assertThat(JSON.write(fictionalSymposium())).isEqualTo("""
        {
          "symposiaFormat": 1,
          "id": "example-2024",
          "title": "Example Symposium 2024 (fictional)",
          "topics": [
            "tumour immunology",
            "COVID-19"
          ],
          "dates": "2024-09-12",
          "speakers": [
            {
              "id": "ann-example",
              "name": {
                "familyName": "Example",
                "givenName": "Ann",
                "order": "given_first"
              }
            }
          ],
          "sessions": [
            {
              "id": "plenary",
              "kind": "plenary",
              "participants": [
                {
                  "person": "ann-example",
                  "role": "speaker"
                }
              ],
              "partialLists": [
                "participants"
              ]
            }
          ],
          "statistics": [
            {
              "measure": "projects",
              "count": {
                "precision": "exact",
                "value": 9
              },
              "countries": [
                "DE",
                "FI"
              ],
              "partialLists": [
                "countries"
              ]
            }
          ],
          "partialLists": [
            "topics"
          ]
        }
        """);
  }

  @Test
  void theDocumentIsValidAgainstTheSchemaAndReadsBackEqualInBothModes() throws Exception {
    String json = JSON.write(fictionalSymposium());
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.standard().readSymposium(json)).isEqualTo(fictionalSymposium());
    Symposium read = SymposiaJson.strict().readSymposium(json);
    assertThat(read).isEqualTo(fictionalSymposium());
    assertThat(read.isPartial("topics")).isTrue();
    assertThat(read.sessions().get(0).isPartial("participants")).isTrue();
    assertThat(read.statistics().get(0).isPartial("countries")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a list a session does not have | ["speakers"]             | sessions[0].partialLists[0]
      a list named twice             | ["topics", "topics"]     | sessions[0].partialLists
      an empty mark                  | []                       | sessions[0].partialLists
      a name that is not a string    | [1]                      | sessions[0].partialLists[0]
      """)
  void theSchemaRefusesWhatNoWriterWrites(String what, String marks, String where) {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"dates\": \"2020-09\", "
        + "\"sessions\": [{\"id\": \"p\", \"kind\": \"plenary\", \"partialLists\": " + marks + "}]}";
    assertThat(SchemaCheck.definition("SymposiumDocument", json)).as(what).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a list a session does not have | ["participants", "speakers"] | sessions[0].partialLists[1]: must be a list of Session that can be partial (topics, places, participants) (was "speakers")
      a list named twice             | ["topics", "topics"]         | sessions[0].partialLists[1]: must not repeat a list (was "topics")
      """)
  void readersRefuseWhatCoreRefusesNamingThePath(String what, String marks, String message) {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"dates\": \"2020-09\", "
        + "\"sessions\": [{\"id\": \"p\", \"kind\": \"plenary\", \"partialLists\": " + marks + "}]}";
    assertThatThrownBy(() -> JSON.readSymposium(json)).as(what).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith(message + " at line 1");
  }

  @Test
  void everyListTheSchemaLetsAJsonDocumentMarkIsOneCoreAccepts() throws Exception {
    com.fasterxml.jackson.databind.JsonNode defs =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(SymposiaJson.schema()).get("$defs");
    java.util.Map<String, String> types = java.util.Map.of("SymposiumProperties", "Symposium",
        "SessionProperties", "Session", "Statistic", "Statistic", "CooperationAgreementProperties",
        "CooperationAgreement", "Award", "Award", "InstitutionProperties", "Institution");
    types.forEach((definition, type) -> {
      com.fasterxml.jackson.databind.JsonNode marks = defs.get(definition).get("properties").get("partialLists");
      assertThat(marks).as(definition).isNotNull();
      marks.get("items").get("enum").forEach(name -> assertThat(defs.get(definition).get("properties")
          .has(name.asText())).as(definition + " has " + name).isTrue());
    });
  }
}
