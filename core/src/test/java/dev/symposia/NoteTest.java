package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Delivery;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.generators.EventGenerators;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteTest {
  // Fictional people and institutions: nothing here is from a source.
  private static Symposium.Builder winterSchool() {
    return Symposium.builder().id("winter-school-2031").title("Winter School of the Institute of Imaginary Medicine")
        .dates(DateSpan.on(LocalDate.of(2031, 1, 14)))
        .timeZone(ZoneId.of("Europe/Vienna"))
        .addPlaces(Place.city("Vienna", CountryCode.of("AT")))
        .addSpeakers(Speaker.builder().id("ada-example").name(PersonName.givenFirst("Ada", "Example")).build())
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
            .addParticipants(Participation.of(dev.symposia.identifier.LocalId.of("ada-example"),
                ParticipantRole.SPEAKER))
            .addParticipants(Participation.builder().person("ada-example").role(ParticipantRole.SPEAKER)
                .delivery(Delivery.VIDEO_MESSAGE).build())
            .build());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"edition", "timeZone", "positions[0]", "participants[1].delivery",
      "sessions[12].participants[0].delivery", "places[0].mainVenue", "a1b2"})
  void wellFormedPathsAreAccepted(String path) {
    assertThat(Note.isValidPath(path)).isTrue();
    assertThat(Note.inferred(path, "reason").path()).isEqualTo(path);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", ".", "edition.", ".edition", "Edition", "time_zone", "sessions[]", "sessions[-1]",
      "sessions[01]", "sessions[1", "sessions[1]]", "sessions.[1]", "sessions[1][2]", "a..b", "1st", "time zone",
      "sessions[1234567890]"})
  void malformedPathsAreRefused(String path) {
    assertThat(Note.isValidPath(path)).isFalse();
    assertThatThrownBy(() -> Note.inferred(path, "reason"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Note.path: must be attribute names joined by dots")
        .hasMessageEndingWith("(was \"" + path + "\")");
  }

  @Test
  void aNoteNeedsAKindAndAPathButNoReason() {
    assertThatThrownBy(() -> Note.of(null, "edition", null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Note.kind: is required");
    assertThatThrownBy(() -> Note.of(NoteKind.INFERRED, null, null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Note.path: is required");
    assertThatThrownBy(() -> Note.inferred("edition", " ")).isInstanceOf(InvalidModelException.class);
    assertThat(Note.of(NoteKind.AS_REPORTED, "title", null).reason()).isEmpty();
    assertThat(Note.asReported("title", "misspelt").reason()).contains(LocalizedText.of("misspelt"));
  }

  @Test
  void notesAreEqualWhenKindPathAndReasonAre() {
    assertThat(Note.inferred("edition", "counted")).isEqualTo(Note.inferred("edition", "counted"))
        .hasSameHashCodeAs(Note.inferred("edition", "counted"))
        .isNotEqualTo(Note.asReported("edition", "counted"))
        .isNotEqualTo(Note.inferred("timeZone", "counted"))
        .isNotEqualTo(Note.inferred("edition", "guessed"))
        .hasToString("INFERRED edition");
  }

  @Test
  void aNoteOnAStatedAttributeIsKeptAndFound() {
    Symposium symposium = winterSchool()
        .addNotes(Note.inferred("timeZone", "derived from the city"))
        .addNotes(Note.asReported("title", "the institute's own site spells it otherwise"))
        .build();
    assertThat(symposium.isInferred("timeZone")).isTrue();
    assertThat(symposium.isAsReported("timeZone")).isFalse();
    assertThat(symposium.isAsReported("title")).isTrue();
    assertThat(symposium.isInferred("title")).isFalse();
    assertThat(symposium.isInferred("dates")).isFalse();
    assertThat(symposium.notesOn("timeZone")).containsExactly(Note.inferred("timeZone", "derived from the city"));
    assertThat(symposium.isInferred("no such path")).isFalse();
    assertThat(symposium.isInferred(null)).isFalse();
  }

  @Test
  void aSessionsNoteIsFoundFromTheSymposiumThroughThePath() {
    Symposium built = winterSchool().build();
    Session noted = built.sessions().get(0).toBuilder()
        .addNotes(Note.inferred("participants[1].delivery", "\"a video speech\": recorded is inferred")).build();
    Symposium symposium = built.toBuilder().sessions(List.of(noted))
        .addNotes(Note.inferred("sessions[0].kind", "the report says only \"at the start\"")).build();
    assertThat(noted.isInferred("participants[1].delivery")).isTrue();
    assertThat(symposium.isInferred("sessions[0].participants[1].delivery")).isTrue();
    assertThat(symposium.isInferred("sessions[0].participants[0].delivery")).isFalse();
    assertThat(symposium.isInferred("sessions[0].kind")).isTrue();
    assertThat(noted.isInferred("kind")).isFalse();
    assertThat(symposium.notesOn("sessions[5].kind")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "editon|names no attribute of the model: Symposium has no attribute editon",
      "edition|names an attribute that is not stated: edition",
      "topics|names an attribute that is not stated: topics is empty",
      "sessions[1]|names an element past the end of sessions, which has 1",
      "sessions[0].participants[2].delivery|names an element past the end of participants, which has 2",
      "sessions[0].participants[0].delivery|names an attribute that is not stated: delivery",
      "sessions[0].participants[1].deliveries|names no attribute of the model: Participation has no attribute deliveries",
      "title[0]|indexes an attribute that is not a list: title",
      "dates.start|names no attribute of the model: DateSpan has no attribute start",
      "notes|names no attribute of the model: Symposium has no attribute notes",
      "toBuilder|names no attribute of the model: Symposium has no attribute toBuilder",
      "hashCode|names no attribute of the model: Symposium has no attribute hashCode"})
  void aNoteOnNothingIsRefusedNamingItsPath(String row) {
    String path = row.substring(0, row.indexOf('|'));
    String rule = row.substring(row.indexOf('|') + 1);
    assertThatThrownBy(() -> winterSchool().addNotes(Note.inferred("timeZone", "from the city"))
        .addNotes(Note.inferred(path, "some reason")).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.notes[1].path: " + rule + " (was \"" + path + "\")");
  }

  @Test
  void everyAggregateChecksItsNotes() {
    Speaker.Builder speaker = Speaker.builder().id("ada-example").name(PersonName.givenFirst("Ada", "Example"))
        .addPositions(Position.of("President", dev.symposia.identifier.LocalId.of("imaginary-society")));
    assertThat(speaker.addNotes(Note.asReported("positions[0]", "the presidencies are swapped")).build()
        .isAsReported("positions[0].title")).isFalse();
    assertThatThrownBy(() -> Speaker.builder().id("ada-example").name(PersonName.givenFirst("Ada", "Example"))
        .addNotes(Note.asReported("positions[0]", "x")).build())
        .hasMessageStartingWith("Speaker.notes[0].path: names an element past the end of positions, which has 0");
    assertThatThrownBy(() -> Institution.builder().id("imaginary-society").name("Imaginary Society")
        .kind(InstitutionKind.LEARNED_SOCIETY).addNotes(Note.inferred("country", "x")).build())
        .hasMessageStartingWith("Institution.notes[0].path: names an attribute that is not stated: country");
    assertThat(Institution.builder().id("imaginary-society").name("Imaginary Society")
        .kind(InstitutionKind.LEARNED_SOCIETY).addNotes(Note.inferred("kind", "x")).build().isInferred("kind"))
        .isTrue();
    assertThatThrownBy(() -> Session.builder().id("s").kind(SessionKind.PLENARY)
        .addNotes(Note.inferred("date", "x")).build())
        .hasMessageStartingWith("Session.notes[0].path: names an attribute that is not stated: date");
    CooperationAgreement agreement = CooperationAgreement.builder().id("mou")
        .addParties(dev.symposia.identifier.LocalId.of("a"), dev.symposia.identifier.LocalId.of("b"))
        .addNotes(Note.inferred("kind", "the report says \"a deal\"")).build();
    assertThat(agreement.isInferred("kind")).isTrue();
    assertThatThrownBy(() -> CooperationAgreement.builder().id("mou")
        .addParties(dev.symposia.identifier.LocalId.of("a"), dev.symposia.identifier.LocalId.of("b"))
        .addNotes(Note.inferred("signedOn", "x")).build())
        .hasMessageStartingWith("CooperationAgreement.notes[0].path: names an attribute that is not stated");
    assertThatThrownBy(() -> AgreementRecord.builder().agreement(agreement)
        .addNotes(Note.inferred("sources", "x")).build())
        .hasMessageStartingWith("AgreementRecord.notes[0].path: names an attribute that is not stated");
  }

  @Test
  void anAgreementsNoteIsFoundFromItsRecordThroughAnAttributeThatIsNoList() {
    CooperationAgreement agreement = CooperationAgreement.builder().id("mou")
        .addParties(dev.symposia.identifier.LocalId.of("a"), dev.symposia.identifier.LocalId.of("b"))
        .addNotes(Note.inferred("kind", "the report says \"a deal\"")).build();
    AgreementRecord record = AgreementRecord.builder().agreement(agreement)
        .addInstitutions(Institution.builder().id("a").name("Imaginary Society A").kind(InstitutionKind.LEARNED_SOCIETY)
            .build(), Institution.builder().id("b").name("Imaginary Society B").kind(InstitutionKind.LEARNED_SOCIETY)
            .build())
        .addNotes(Note.asReported("agreement", "as the gazette printed it")).build();
    assertThat(record.notesOn("agreement.kind")).containsExactly(Note.inferred("kind", "the report says \"a deal\""));
    assertThat(record.isInferred("agreement.kind")).isTrue();
    assertThat(record.isAsReported("agreement")).isTrue();
    assertThat(record.notesOn("agreement.parties")).isEmpty();
    assertThat(record.notesOn("institutions.kind")).as("a list named without an index").isEmpty();
  }

  @Test
  void aPathThatLeavesTheModelPartWayFindsNothing() {
    Symposium symposium = winterSchool().addNotes(Note.inferred("timeZone", "from the city")).build();
    assertThat(symposium.notesOn("sessions[1].kind")).as("just past the end").isEmpty();
    assertThat(symposium.notesOn("sessions[1].participants[0].delivery")).isEmpty();
    assertThat(symposium.notesOn("title[0].text")).as("an index on what is no list").isEmpty();
    assertThat(symposium.notesOn("editon.start.year")).as("no such attribute").isEmpty();
    assertThat(symposium.notesOn("series.name.text")).as("an absent attribute").isEmpty();
    assertThat(symposium.notesOn("timeZone.id")).isEmpty();
  }

  @Test
  void aNoteOnAWholeListThatHoldsValuesIsKept() {
    Symposium symposium = winterSchool().addNotes(Note.inferred("places", "the report names one city"))
        .addNotes(Note.inferred("sessions[0].participants", "from the photographs")).build();
    assertThat(symposium.isInferred("places")).isTrue();
    assertThat(symposium.isInferred("sessions[0].participants")).isTrue();
  }

  @Test
  void aBooleanAttributeIsNamedAsInJson() {
    Symposium symposium = winterSchool().places(List.of(Place.builder().city(LocalizedText.of("Vienna"))
            .isMainVenue(true).build()))
        .addNotes(Note.inferred("places[0].mainVenue", "the only place named")).build();
    assertThat(symposium.isInferred("places[0].mainVenue")).isTrue();
    assertThatThrownBy(() -> winterSchool().addNotes(Note.inferred("places[0].isMainVenue", "x")).build())
        .hasMessageContaining("Place has no attribute isMainVenue");
  }

  @Test
  void everyNoteOfAGeneratedSymposiumIsFoundOnItsPath() {
    qt().withExamples(200).forAll(EventGenerators.symposia(4)).checkAssert(symposium -> {
      for (Note note : symposium.notes()) {
        assertThat(symposium.notesOn(note.path())).contains(note);
        assertThat(note.kind() == NoteKind.INFERRED ? symposium.isInferred(note.path())
            : symposium.isAsReported(note.path())).isTrue();
      }
      assertThat(symposium.toBuilder().build()).isEqualTo(symposium);
    });
  }

  @Test
  void aNoteOnAMisspeltAttributeOfAGeneratedSymposiumIsRefused() {
    qt().withExamples(100).forAll(EventGenerators.symposia(2)).checkAssert(symposium ->
        assertThatThrownBy(() -> symposium.toBuilder().addNotes(Note.inferred("datez", "x")).build())
            .isExactlyInstanceOf(InvalidModelException.class)
            .hasMessage("Symposium.notes[" + symposium.notes().size()
                + "].path: names no attribute of the model: Symposium has no attribute datez (was \"datez\")"));
  }
}
