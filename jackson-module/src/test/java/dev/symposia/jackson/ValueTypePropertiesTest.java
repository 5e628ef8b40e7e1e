package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.generators.EventGenerators;
import dev.symposia.generators.IdentifierGenerators;
import dev.symposia.generators.PlaceGenerators;
import dev.symposia.generators.QuantityGenerators;
import dev.symposia.generators.TextGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties over the shared generators of valid values: schema-valid, read back equal, same bytes. */
class ValueTypePropertiesTest {
  private static final int EXAMPLES = 150;
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SymposiaModule());

  private static <T> void roundTrips(Gen<T> values, Class<T> type, String definition) {
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
      try {
        String json = MAPPER.writeValueAsString(value);
        assertThat(SchemaCheck.definition(definition, json)).as(json).isEmpty();
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, type))).isEqualTo(json);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void identifiers() {
    roundTrips(IdentifierGenerators.orcids(), dev.symposia.identifier.Orcid.class, "Orcid");
    roundTrips(IdentifierGenerators.rorIds(), dev.symposia.identifier.RorId.class, "RorId");
    roundTrips(IdentifierGenerators.isnis(), dev.symposia.identifier.Isni.class, "Isni");
    roundTrips(IdentifierGenerators.wikidataIds(), dev.symposia.identifier.WikidataId.class, "WikidataId");
    roundTrips(IdentifierGenerators.localIds(), LocalId.class, "LocalId");
  }

  @Test
  void countryCodes() throws Exception {
    roundTrips(PlaceGenerators.countryCodes(), dev.symposia.place.CountryCode.class, "CountryCode");
    com.fasterxml.jackson.databind.JsonNode schema = MAPPER.readTree(SymposiaJson.schema());
    List<String> listed = new java.util.ArrayList<>();
    schema.get("$defs").get("CountryCode").get("enum").forEach(code -> listed.add(code.asText()));
    assertThat(listed).isEqualTo(PlaceGenerators.assignedCountryCodes());
  }

  @Test
  void datesAndTimes() {
    roundTrips(TimeGenerators.partialDates(), dev.symposia.time.PartialDate.class, "PartialDate");
    roundTrips(TimeGenerators.dateSpans(), dev.symposia.time.DateSpan.class, "DateSpan");
    roundTrips(TimeGenerators.completeDateSpans(), dev.symposia.time.DateSpan.class, "DateSpan");
    roundTrips(TimeGenerators.timeSlots(), dev.symposia.time.TimeSlot.class, "TimeSlot");
  }

  @Test
  void countsSharesAndTexts() {
    roundTrips(QuantityGenerators.counts(), dev.symposia.quantity.Count.class, "Count");
    roundTrips(QuantityGenerators.shares(), dev.symposia.quantity.Share.class, "Share");
    roundTrips(TextGenerators.localizedTexts(), dev.symposia.text.LocalizedText.class, "LocalizedText");
  }

  @Test
  void earlierPlans() {
    List<LocalId> institutions = List.of(LocalId.of("cqmu"), LocalId.of("nus"));
    roundTrips(EventGenerators.earlierPlans(institutions), EarlierPlan.class, "EarlierPlan");
    roundTrips(EventGenerators.earlierSessionPlans(institutions), EarlierSessionPlan.class, "EarlierSessionPlan");
  }

  @Test
  void symposiaMadeOfGeneratedValuesAreSchemaValidReadBackEqualAndWriteTheSameBytes() {
    Gen<Symposium> symposia = IdentifierGenerators.localIds()
        .zip(TextGenerators.localizedTexts(), TimeGenerators.dateSpans(), (id, title, dates) ->
            Symposium.builder().id(id).title(title).dates(dates))
        .zip(IdentifierGenerators.orcids(), IdentifierGenerators.rorIds(), PlaceGenerators.countryCodes(),
            (builder, orcid, ror, country) -> builder
                .addInstitutions(Institution.builder().id("i").name(TextGenerators.class.getSimpleName())
                    .kind(InstitutionKind.OTHER).ror(ror).country(country).build())
                .addSpeakers(Speaker.builder().id("p").name(PersonName.givenFirst("A", "B")).orcid(orcid).build())
                .addPlaces(Place.builder().country(country).institution(LocalId.of("i")).build()))
        .zip(TimeGenerators.partialDates(), TimeGenerators.timeSlots(), QuantityGenerators.counts(),
            (builder, date, time, count) -> builder
                .addSessions(Session.builder().id("s").kind(SessionKind.FORUM).date(date).time(time)
                    .addParticipants(Participation.of(LocalId.of("p"), ParticipantRole.CHAIR))
                    .addStatistics(Statistic.of(Measure.EXPERTS, count)).build())
                .build());
    qt().withExamples(EXAMPLES).forAll(symposia).checkAssert(symposium -> {
      try {
        String json = SymposiaJson.standard().write(symposium);
        assertThat(SchemaCheck.document(json)).as(json).isEmpty();
        assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(symposium);
        assertThat(SymposiaJson.standard().write(SymposiaJson.standard().readSymposium(json))).isEqualTo(json);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
