package dev.symposia.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.PeopleGenerators;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.WikidataId;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SpeakerTest {
  private static Speaker.Builder liu() {
    return Speaker.builder().id("liu-enmei").name(PersonName.builder().familyName("Liu").givenName("Enmei")
        .order(NameOrder.FAMILY_FIRST).asWritten("LIU Enmei").build());
  }

  @Test
  void theDisplayNamePutsTheHonorificsBeforeTheName() {
    Speaker speaker = liu().addHonorifics(Honorific.PROFESSOR, Honorific.ACADEMICIAN).build();
    assertThat(speaker.displayName()).isEqualTo("Prof. Academician LIU Enmei");
    assertThat(speaker).hasToString("Speaker[liu-enmei: Prof. Academician LIU Enmei]");
  }

  @Test
  void aRepeatedHonorificIsRefusedAtItsSecondPlace() {
    assertRefused(() -> liu().addHonorifics(Honorific.PROFESSOR, Honorific.DOCTOR, Honorific.PROFESSOR).build(),
        "Speaker.honorifics[2]: must not repeat an honorific (was \"PROFESSOR\")");
    assertRefused(() -> liu().addHonorifics(Honorific.DOCTOR, Honorific.DOCTOR).build(),
        "Speaker.honorifics[1]: must not repeat an honorific (was \"DOCTOR\")");
  }

  @Test
  void aSpeakerWithoutIdentifierOrNameIsRefused() {
    assertRefused(() -> Speaker.builder().build(), "Speaker.id: is required");
    assertRefused(() -> Speaker.builder().name((PersonName) null), "Speaker.name: must not be null (was null)");
    assertRefused(() -> liu().addPositions((Position) null), "Speaker.positions: must not contain null (was null)");
  }

  @Test
  void aPersonKnownOnlyByADescriptionIsPrintedByTheDescriptionWithoutHonorifics() {
    Speaker representative = Speaker.builder().id("ministry-representative")
        .description("a representative of the ministry").addHonorifics(Honorific.DOCTOR).build();
    assertThat(representative.name()).isEmpty();
    assertThat(representative.displayName()).isEqualTo("a representative of the ministry");
    assertThat(representative).hasToString("Speaker[ministry-representative: a representative of the ministry]");
  }

  @Test
  void aPersonKnownOnlyByAnIdentifierIsPrintedByTheIdentifier() {
    // ORCID's own test record, not a real author.
    Speaker author = Speaker.builder().id("author").orcid(Orcid.parse("0000-0002-1825-0097")).build();
    assertThat(author.displayName()).isEqualTo("ORCID 0000-0002-1825-0097");
    assertThat(Speaker.builder().id("a").isni(Isni.parse("0000000121032683")).build().displayName())
        .isEqualTo("ISNI 0000000121032683");
    assertThat(Speaker.builder().id("a").wikidataId(WikidataId.of(42)).build().displayName())
        .isEqualTo("Wikidata Q42");
  }

  @Test
  void aDescriptionGivenWithANameLeavesTheNameToPrint() {
    Speaker speaker = liu().description("an invited lecturer").build();
    assertThat(speaker.displayName()).isEqualTo("LIU Enmei");
    assertThat(speaker.description()).hasValue(LocalizedText.of("an invited lecturer"));
  }

  @Test
  void aSpeakerWithNoNameIdentifierOrDescriptionIsRefused() {
    assertRefused(() -> Speaker.builder().id("nobody").addHonorifics(Honorific.PROFESSOR).build(),
        "Speaker.name: is required unless an ORCID iD, ISNI, Wikidata item or description identifies the person"
            + " (was \"nobody\")");
    assertRefused(() -> Speaker.builder().id("nobody").description(" ").build(),
        "LocalizedText.text: must not be blank (was \" \")");
  }

  @Test
  void everyGeneratedSpeakerIsIdentifiedAndPrintsWhatIdentifiesIt() {
    qt().withExamples(300).forAll(PeopleGenerators.speakers()).checkAssert(speaker -> {
      assertThat(speaker.name().isPresent() || speaker.description().isPresent() || speaker.orcid().isPresent()
          || speaker.isni().isPresent() || speaker.wikidataId().isPresent()).isTrue();
      String shown = speaker.displayName();
      if (speaker.name().isPresent()) {
        assertThat(shown).endsWith(speaker.name().get().displayName());
      } else if (speaker.description().isPresent()) {
        assertThat(shown).isEqualTo(speaker.description().get().text());
      } else {
        assertThat(shown).containsAnyOf(speaker.orcid().map(Orcid::value).orElse("\u0000"),
            speaker.isni().map(Isni::value).orElse("\u0000"),
            speaker.wikidataId().map(WikidataId::value).orElse("\u0000"));
      }
    });
  }

  @Test
  void repeatingAnyHonorificOfAGeneratedSpeakerIsRefused() {
    qt().withExamples(150).forAll(PeopleGenerators.speakers(List.of(LocalId.of("cae")))).checkAssert(speaker -> {
      for (Honorific honorific : speaker.honorifics()) {
        List<Honorific> repeated = new ArrayList<>(speaker.honorifics());
        repeated.add(honorific);
        assertRefused(() -> speaker.toBuilder().honorifics(repeated).build(), "Speaker.honorifics["
            + speaker.honorifics().size() + "]: must not repeat an honorific (was \"" + honorific + "\")");
      }
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
