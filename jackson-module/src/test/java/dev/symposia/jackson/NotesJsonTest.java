package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.Note;
import dev.symposia.event.Delivery;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Editors' notes (inferred, as reported) in the canonical JSON form and in the schema. */
class NotesJsonTest {
  // A fictional event: nothing here is from a source.
  private static Symposium noted() {
    return Symposium.builder().id("winter-school-2031").title("Winter School of the Institute of Imaginary Medicine")
        .dates(DateSpan.on(LocalDate.of(2031, 1, 14))).edition(3).timeZone(ZoneId.of("Europe/Vienna"))
        .addSpeakers(Speaker.builder().id("ada-example").name(PersonName.givenFirst("Ada", "Example")).build())
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
            .addParticipants(Participation.builder().person("ada-example").role(ParticipantRole.SPEAKER)
                .delivery(Delivery.VIDEO_MESSAGE).build())
            .addNotes(Note.inferred("participants[0].delivery", "\"a video speech\": recorded is inferred"))
            .build())
        .addNotes(Note.inferred("edition", "counted from \"the third time since 2029\""),
            Note.inferred("timeZone", "derived from the city"),
            Note.of(dev.symposia.NoteKind.AS_REPORTED, "title", null))
        .build();
  }

  @Test
  void notesAreWrittenLastWithSnakeCaseKindsAndReadBackEqual() throws Exception {
    Symposium symposium = noted();
    String json = SymposiaJson.standard().write(symposium);

    assertThat(json.replaceAll("\\s+", "")).contains(
        "\"notes\":[{\"path\":\"participants[0].delivery\",\"kind\":\"inferred\",\"reason\":",
        "{\"path\":\"title\",\"kind\":\"as_reported\"}]}");
    assertThat(json.lastIndexOf("\"notes\"")).isGreaterThan(json.lastIndexOf("\"sessions\""));
    Symposium read = SymposiaJson.strict().readSymposium(json);
    assertThat(read).isEqualTo(symposium);
    assertThat(read.isInferred("sessions[0].participants[0].delivery")).isTrue();
    assertThat(read.isInferred("edition")).isTrue();
    assertThat(read.isAsReported("title")).isTrue();
    assertThat(SchemaCheck.definition("SymposiumDocument", json)).isEmpty();
  }

  /**
   * Both ways: the schema checks a path's form, readers also that it names a stated attribute of the model;
   * so a well-formed path naming nothing passes the schema and not a reader.
   */
  @ParameterizedTest(name = "{0}: schema {1}, reader {2}")
  @CsvSource(textBlock = """
      edition,                           true,  true
      timeZone,                          true,  true
      sessions[0].participants[0].delivery, true, true
      sessions[0].kind,                  true,  true
      editon,                            true,  false
      theme,                             true,  false
      sessions[1].kind,                  true,  false
      sessions,                          true,  true
      sessions[0].,                      false, false
      Edition,                           false, false
      sessions[01].kind,                 false, false
      time_zone,                         false, false
      """)
  void theSchemaAndTheReadersAgreeOnPathsExceptWhereTheyMustNot(String path, boolean schema, boolean reader)
      throws Exception {
    String json = SymposiaJson.standard().write(noted()).replace("\"path\": \"title\"", "\"path\": \"" + path + "\"");
    if (schema) {
      assertThat(SchemaCheck.definition("SymposiumDocument", json)).as("schema errors").isEmpty();
    } else {
      assertThat(SchemaCheck.definition("SymposiumDocument", json)).as("schema errors").isNotEmpty();
    }
    if (reader) {
      assertThat(SymposiaJson.standard().readSymposium(json).isAsReported(path)).isTrue();
    } else {
      assertThatThrownBy(() -> SymposiaJson.standard().readSymposium(json))
          .isInstanceOf(SymposiaJsonException.class)
          .hasMessageStartingWith("notes[2].path: ");
    }
  }

  @Test
  void theSchemaRefusesANoteWithoutKindOrWithAnUnknownKindOrProperty() {
    assertThat(SchemaCheck.definition("Note", "{\"path\": \"edition\", \"kind\": \"inferred\"}")).isEmpty();
    assertThat(SchemaCheck.definition("Note", "{\"path\": \"edition\"}")).isNotEmpty();
    assertThat(SchemaCheck.definition("Note", "{\"path\": \"edition\", \"kind\": \"guessed\"}")).isNotEmpty();
    assertThat(SchemaCheck.definition("Note", "{\"path\": \"edition\", \"kind\": \"inferred\", \"why\": \"x\"}"))
        .isNotEmpty();
    assertThat(SchemaCheck.definition("Note", "{\"path\": \"edition\", \"kind\": \"inferred\", \"reason\": \"\"}"))
        .isNotEmpty();
  }
}
