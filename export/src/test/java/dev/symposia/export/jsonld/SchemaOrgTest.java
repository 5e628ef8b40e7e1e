package dev.symposia.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.symposia.event.Symposium;
import dev.symposia.export.check.Programmes;
import dev.symposia.generators.EventGenerators;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expands every export with titanium-json-ld, the schema.org context served from the test resources. */
class SchemaOrgTest {
  private static final String S = "https://schema.org/";

  /** Serves the local copy of the schema.org context and refuses every other URL: nothing is fetched. */
  static final DocumentLoader LOCAL = (url, options) -> {
    String text = url.toString();
    if (text.equals("https://schema.org") || text.equals("https://schema.org/")) {
      try (InputStream in = SchemaOrgTest.class.getResourceAsStream("schemaorg-context.jsonld")) {
        return JsonDocument.of(in);
      } catch (java.io.IOException e) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
      }
    }
    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not fetched in tests: " + url);
  };

  static JsonObject expand(String jsonLd) {
    try {
      Document document = JsonDocument.of(new StringReader(jsonLd));
      JsonArray expanded = JsonLd.expand(document).loader(LOCAL).get();
      assertThat(expanded).hasSize(1);
      return expanded.getJsonObject(0);
    } catch (JsonLdError e) {
      throw new AssertionError("titanium refused the export: " + e.getMessage() + "\n" + jsonLd, e);
    }
  }

  private static List<JsonObject> objects(JsonObject node, String property) {
    List<JsonObject> found = new ArrayList<>();
    JsonArray values = node.getJsonArray(S + property);
    if (values != null) {
      values.forEach(v -> found.add(v.asJsonObject()));
    }
    return found;
  }

  private static List<String> values(JsonObject node, String property) {
    List<String> found = new ArrayList<>();
    for (JsonObject value : objects(node, property)) {
      JsonValue literal = value.containsKey("@value") ? value.get("@value") : value.get("@id");
      found.add(literal.getValueType() == JsonValue.ValueType.STRING ? value.getString(
          value.containsKey("@value") ? "@value" : "@id") : literal.toString());
    }
    return found;
  }

  @Test
  void theFictionalProgrammeExpandsToTheTriplesTheModelStates() {
    Symposium symposium = Programmes.clockChange();
    JsonObject event = expand(SchemaOrg.jsonLd(symposium));
    assertThat(event.getJsonArray("@type").getString(0)).isEqualTo(S + "Event");
    assertThat(values(event, "name")).containsExactly(symposium.title().text());
    assertThat(values(event, "startDate")).containsExactly("2025-10-25");
    assertThat(values(event, "endDate")).containsExactly("2025-10-27");
    assertThat(values(event, "eventStatus")).containsExactly(S + "EventRescheduled");
    assertThat(values(event, "eventAttendanceMode")).containsExactly(S + "MixedEventAttendanceMode");
    assertThat(values(event, "previousStartDate")).containsExactly("2025-03-29");
    assertThat(values(objects(event, "superEvent").get(0), "name")).containsExactly("Night Symposia");
    assertThat(values(objects(event, "location").get(0), "name")).containsExactly("Example Hall");
    JsonObject host = objects(event, "organizer").get(0);
    assertThat(host.getJsonArray("@type").getString(0)).isEqualTo(S + "EducationalOrganization");
    JsonObject parent = objects(host, "parentOrganization").get(0);
    assertThat(parent.getJsonArray("@type").getString(0)).isEqualTo(S + "CollegeOrUniversity");
    assertThat(values(parent, "sameAs")).hasSize(2).contains("https://ror.org/013meh722")
        .anyMatch(v -> v.endsWith("/Q34433") && v.contains("wikidata.org"));
    assertThat(values(objects(event, "funder").get(0), "name")).containsExactly("Example Pharma");
    assertThat(values(objects(event, "sponsor").get(0), "description")).containsExactly("several local hospitals");
    List<JsonObject> sessions = objects(event, "subEvent");
    assertThat(sessions).hasSize(symposium.sessions().size());
    JsonObject night = sessions.get(0);
    assertThat(values(night, "startDate")).containsExactly("2025-10-26T00:30:00+01:00");
    assertThat(values(night, "endDate")).containsExactly("2025-10-26T02:30:00Z");
    assertThat(values(night, "name")).isEmpty();
    List<JsonObject> performers = objects(night, "performer");
    assertThat(performers).hasSize(2);
    JsonObject wang = performers.get(0);
    assertThat(wang.getString("@id")).isEqualTo("_:wang-chen");
    assertThat(values(wang, "honorificPrefix")).containsExactly("Prof.");
    assertThat(values(wang, "jobTitle")).containsExactly("Dean");
    assertThat(values(wang, "sameAs")).containsExactly("https://orcid.org/0000-0002-1825-0097");
    assertThat(values(objects(wang, "identifier").get(0), "value")).containsExactly("0000-0002-1825-0097");
    assertThat(values(objects(wang, "affiliation").get(0), "name")).containsExactly("School of Medicine");
    assertThat(values(sessions.get(3), "eventStatus")).containsExactly(S + "EventCancelled");
    JsonObject chinese = sessions.get(2);
    assertThat(chinese.getJsonArray(S + "name").getJsonObject(0).getString("@language")).isEqualTo("zh");
  }

  @Test
  void aPartialListAndAnApproximateCountStayWordsNeverExactFigures() {
    String jsonLd = SchemaOrg.jsonLd(Programmes.clockChange());
    assertThat(jsonLd).doesNotContain("numberOf").doesNotContain("maximumAttendeeCapacity")
        .doesNotContain("\"2\"");
  }

  @Test
  void generatedProgrammesExpandWithEverySessionAndNameKept() {
    qt().withExamples(60).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      JsonObject event = expand(SchemaOrg.jsonLd(symposium));
      assertThat(values(event, "name")).contains(symposium.title().text());
      assertThat(objects(event, "subEvent").size()).isGreaterThanOrEqualTo(symposium.sessions().size());
      assertThat(values(event, "startDate")).containsExactly(symposium.dates().start().toString());
      for (int i = 0; i < symposium.sessions().size(); i++) {
        var session = symposium.sessions().get(i);
        JsonObject sub = objects(event, "subEvent").get(i);
        assertThat(values(sub, "name").isEmpty()).isEqualTo(session.title().isEmpty());
        symposium.interval(session).ifPresent(interval -> assertThat(
            java.time.OffsetDateTime.parse(values(sub, "startDate").get(0)).toInstant())
            .isEqualTo(interval.startInstant()));
      }
    });
  }
}
