package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Delivery;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON form of people and institutions known only by an identifier or a description, of where a
 * participant joined from, and of the symposium as a whole (its aims and its participants). Written, read
 * back, and checked against the schema both ways. Every person and body here is fictional, or ORCID's own
 * test record.
 */
class PeopleJsonTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  private static Symposium fictionalForum() {
    return Symposium.builder().id("example-forum-2025").title("Example Forum 2025 (fictional)")
        .description(LocalizedText.of("to bring clinicians and researchers of the region together"))
        .dates(DateSpan.parse("2025-06-12"))
        .addInstitutions(Institution.builder().id("partner-university").description("a partner university")
            .kind(InstitutionKind.UNIVERSITY).build())
        .addSpeakers(
            Speaker.builder().id("ministry-representative").description("a representative of the ministry").build(),
            Speaker.builder().id("orcid-author").orcid(Orcid.parse("0000-0002-1825-0097")).build(),
            Speaker.builder().id("invited-lecturer").description("an invited lecturer from a partner university")
                .build())
        .addParticipants(
            Participation.builder().person("ministry-representative").role(ParticipantRole.SPEAKER).build(),
            Participation.builder().role(ParticipantRole.ATTENDEE).group(UnnamedGroup.builder().count(Count.unknown())
                .description("experts from home and abroad").build()).build())
        .addSessions(Session.builder().id("lecture").kind(SessionKind.KEYNOTE)
            .addParticipants(Participation.builder().person("invited-lecturer").role(ParticipantRole.SPEAKER)
                .delivery(Delivery.LIVE_REMOTE).joinedFrom(Place.city("Nairobi", CountryCode.of("KE"))).build())
            .build())
        .build();
  }

  @Test
  void unnamedPeopleTheSymposiumAsAWholeAndWhereSomeoneJoinedFromAreWrittenInTheirCanonicalPlaces() {
    assertThat(JSON.write(fictionalForum())).isEqualTo("""
        {
          "symposiaFormat": 1,
          "id": "example-forum-2025",
          "title": "Example Forum 2025 (fictional)",
          "description": "to bring clinicians and researchers of the region together",
          "dates": "2025-06-12",
          "institutions": [
            {
              "id": "partner-university",
              "kind": "university",
              "description": "a partner university"
            }
          ],
          "speakers": [
            {
              "id": "ministry-representative",
              "description": "a representative of the ministry"
            },
            {
              "id": "orcid-author",
              "orcid": "https://orcid.org/0000-0002-1825-0097"
            },
            {
              "id": "invited-lecturer",
              "description": "an invited lecturer from a partner university"
            }
          ],
          "participants": [
            {
              "person": "ministry-representative",
              "role": "speaker"
            },
            {
              "group": {
                "count": {
                  "precision": "unknown"
                },
                "description": "experts from home and abroad"
              },
              "role": "attendee"
            }
          ],
          "sessions": [
            {
              "id": "lecture",
              "kind": "keynote",
              "participants": [
                {
                  "person": "invited-lecturer",
                  "role": "speaker",
                  "delivery": "live_remote",
                  "joinedFrom": {
                    "country": "KE",
                    "city": "Nairobi"
                  }
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void theForumIsValidAgainstTheSchemaAndReadsBackEqualInBothModes() throws Exception {
    String json = JSON.write(fictionalForum());
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.standard().readSymposium(json)).isEqualTo(fictionalForum());
    assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(fictionalForum());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a speaker known by nothing             | SpeakerDocument     | {"symposiaFormat": 1, "id": "p", "honorifics": ["professor"]}
      an institution known by nothing        | InstitutionDocument | {"symposiaFormat": 1, "id": "i", "kind": "university"}
      a place joined from as the main venue  | SymposiumDocument   | {"symposiaFormat": 1, "id": "s", "title": "S", "dates": "2025", "speakers": [{"id": "p", "description": "a guest"}], "participants": [{"person": "p", "role": "speaker", "joinedFrom": {"city": "Nairobi", "mainVenue": true}}]}
      an empty list of participants          | SymposiumDocument   | {"symposiaFormat": 1, "id": "s", "title": "S", "dates": "2025", "participants": []}
      a participant of nobody                | SymposiumDocument   | {"symposiaFormat": 1, "id": "s", "title": "S", "dates": "2025", "participants": [{"role": "speaker"}]}
      """)
  void theSchemaRefusesWhatNoWriterWrites(String what, String definition, String json) {
    assertThat(SchemaCheck.definition(definition, json)).as(what).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      SpeakerDocument     | {"symposiaFormat": 1, "id": "p", "description": "a representative of the ministry"}
      SpeakerDocument     | {"symposiaFormat": 1, "id": "p", "isni": "https://isni.org/isni/0000000121032683"}
      SpeakerDocument     | {"symposiaFormat": 1, "id": "p", "wikidataId": "http://www.wikidata.org/entity/Q42"}
      InstitutionDocument | {"symposiaFormat": 1, "id": "i", "kind": "government_body", "description": "the ministry"}
      InstitutionDocument | {"symposiaFormat": 1, "id": "i", "kind": "other", "ror": "https://ror.org/000000y08"}
      """)
  void theSchemaAcceptsWhatEveryReaderReads(String definition, String json) throws Exception {
    assertThat(SchemaCheck.definition(definition, json)).isEmpty();
    if (definition.equals("SpeakerDocument")) {
      assertThat(JSON.read(json, Speaker.class).name()).isEmpty();
    } else {
      assertThat(JSON.read(json, Institution.class).name()).isEmpty();
    }
  }

  @Test
  void readersRefuseAPersonKnownByNothingNamingTheRule() {
    assertThatThrownBy(() -> JSON.read("{\"symposiaFormat\": 1, \"id\": \"p\"}", Speaker.class))
        .isInstanceOf(SymposiaJsonException.class).hasMessageStartingWith(
            "name: is required unless an ORCID iD, ISNI, Wikidata item or description identifies the person");
  }
}
