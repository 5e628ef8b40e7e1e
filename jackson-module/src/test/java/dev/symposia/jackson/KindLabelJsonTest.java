package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.text.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The free labels of OTHER kinds and roles in the canonical JSON form and in the schema. */
class KindLabelJsonTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      other,        true
      poster,       false
      session,      false
      """)
  void aKindLabelIsWrittenAfterTheKindAndAcceptedOnlyWithOther(String kind, boolean accepted) throws Exception {
    String json = "{\"symposiaFormat\": 1, \"id\": \"chat\", \"kind\": \"" + kind
        + "\", \"kindLabel\": \"fireside chat\"}";
    if (accepted) {
      assertThat(SchemaCheck.definition("SessionDocument", json)).isEmpty();
      Session session = SymposiaJson.strict().read(json, Session.class);
      assertThat(session.kindLabel()).contains(LocalizedText.of("fireside chat"));
      String written = SymposiaJson.standard().write(session);
      assertThat(written.replaceAll("\\s+", "")).contains("\"kind\":\"other\",\"kindLabel\":\"firesidechat\"");
      assertThat(SymposiaJson.standard().read(written, Session.class)).isEqualTo(session);
    } else {
      assertThat(SchemaCheck.definition("SessionDocument", json)).isNotEmpty();
      assertThatThrownBy(() -> SymposiaJson.strict().read(json, Session.class)).isInstanceOf(SymposiaJsonException.class)
          .hasMessageStartingWith("kindLabel: must be absent unless the kind is other");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      Participation,            '{"person": "a", "role": "other", "roleLabel": "rapporteur"}',            true
      Participation,            '{"person": "a", "role": "speaker", "roleLabel": "rapporteur"}',          false
      InstitutionParticipation, '{"institution": "a", "role": "other", "roleLabel": "guiding unit"}',     true
      InstitutionParticipation, '{"institution": "a", "role": "host", "roleLabel": "guiding unit"}',      false
      Institution,              '{"id": "a", "name": "A", "kind": "other", "kindLabel": "centre"}',       true
      Institution,              '{"id": "a", "name": "A", "kind": "association", "kindLabel": "centre"}', false
      """)
  void theSchemaAllowsALabelOnlyWithOther(String definition, String json, boolean valid) {
    if (valid) {
      assertThat(SchemaCheck.definition(definition, json)).isEmpty();
    } else {
      assertThat(SchemaCheck.definition(definition, json)).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"poster", "tutorial", "lightning_talks", "meeting", "exhibition", "social_event", "break", "session"})
  void theNewSessionKindsAreReadAndWrittenInSnakeCase(String kind) throws Exception {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"kind\": \"" + kind + "\"}";
    Session session = SymposiaJson.strict().read(json, Session.class);
    assertThat(session.kind()).isEqualTo(SessionKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
    assertThat(SymposiaJson.standard().write(session)).contains("\"kind\": \"" + kind + "\"");
    assertThat(SchemaCheck.definition("SessionDocument", json)).isEmpty();
  }
}
