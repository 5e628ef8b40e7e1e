package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import org.junit.jupiter.api.Test;

class ParticipationTest {
  private static final UnnamedGroup EXPERTS = UnnamedGroup.builder().count(Count.atLeast(200))
      .description("biomedical experts").build();

  @Test
  void aPersonOrAGroupTakesPart() {
    assertThat(Participation.of(LocalId.of("john-gallin"), ParticipantRole.SPEAKER).person())
        .contains(LocalId.of("john-gallin"));
    assertThat(Participation.builder().group(EXPERTS).role(ParticipantRole.ATTENDEE).build())
        .hasToString("at least 200 biomedical experts ATTENDEE");
  }

  @Test
  void aParticipationOfBothAPersonAndAGroupIsRefused() {
    assertRefused(
        () -> Participation.builder().person("john-gallin").group(EXPERTS).role(ParticipantRole.SPEAKER).build(),
        "Participation.person: exactly one of person and group is required (was \"john-gallin\")");
  }

  @Test
  void aParticipationOfNobodyIsRefused() {
    assertRefused(() -> Participation.builder().role(ParticipantRole.SPEAKER).build(),
        "Participation.person: exactly one of person and group is required (was null)");
  }

  @Test
  void aParticipationWithoutARoleIsRefused() {
    assertRefused(() -> Participation.builder().person("john-gallin").build(), "Participation.role: is required");
    assertRefused(() -> Participation.of(LocalId.of("john-gallin"), null),
        "Participation.role: must not be null (was null)");
  }
}
