package dev.symposia.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.PeopleGenerators;
import dev.symposia.identifier.LocalId;
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
    assertRefused(() -> Speaker.builder().build(), "Speaker.id, name: are required");
    assertRefused(() -> Speaker.builder().name(null), "Speaker.name: must not be null (was null)");
    assertRefused(() -> liu().addPositions((Position) null), "Speaker.positions: must not contain null (was null)");
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
