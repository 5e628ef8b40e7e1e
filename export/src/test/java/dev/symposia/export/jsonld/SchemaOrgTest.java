package dev.symposia.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.symposia.export.check.JsonLdCheck.S;
import static dev.symposia.export.check.JsonLdCheck.expand;
import static dev.symposia.export.check.JsonLdCheck.objects;
import static dev.symposia.export.check.JsonLdCheck.values;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.event.Symposium;
import dev.symposia.export.check.JsonLdCheck;
import dev.symposia.export.check.Programmes;
import dev.symposia.generators.EventGenerators;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expands every export with titanium-json-ld ({@link JsonLdCheck}), the schema.org context served from the test resources. */
class SchemaOrgTest {
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
    qt().withExamples(60).forAll(EventGenerators.symposia()).checkAssert(JsonLdCheck::compare);
  }

  @Test
  void aNameReadFromFrabIsWrittenWholeWithoutAGivenName() throws Exception {
    Symposium camp = dev.symposia.export.frab.FrabSchedule.read(
        dev.symposia.export.check.FrabCheck.resource("/dev/symposia/export/frab/frab-camp2019.json"));
    JsonObject event = JsonLdCheck.compare(camp);
    JsonObject person = objects(objects(event, "subEvent").get(0), "performer").get(0);
    assertThat(values(person, "name")).hasSize(1);
    assertThat(values(person, "givenName")).isEmpty();
    assertThat(values(person, "familyName")).isEmpty();
  }
}
