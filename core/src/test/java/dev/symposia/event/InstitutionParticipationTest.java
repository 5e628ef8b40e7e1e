package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.identifier.LocalId;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.quantity.Count;
import org.junit.jupiter.api.Test;

class InstitutionParticipationTest {
  private static final UnnamedGroup DEPARTMENTS = UnnamedGroup.builder().count(Count.several())
      .description("local government departments").kind(InstitutionKind.GOVERNMENT_BODY).build();

  @Test
  void anInstitutionOrAGroupPlaysARole() {
    assertThat(InstitutionParticipation.of(LocalId.of("cae"), InstitutionRole.CO_HOST)).hasToString("cae CO_HOST");
    assertThat(InstitutionParticipation.builder().group(DEPARTMENTS).role(InstitutionRole.SUPPORTER).build().group())
        .contains(DEPARTMENTS);
  }

  @Test
  void aRoleOfBothAnInstitutionAndAGroupIsRefused() {
    assertRefused(() -> InstitutionParticipation.builder().institution(LocalId.of("cae")).group(DEPARTMENTS)
            .role(InstitutionRole.SUPPORTER).build(),
        "InstitutionParticipation.institution: exactly one of institution and group is required (was \"cae\")");
  }

  @Test
  void aRoleOfNobodyIsRefused() {
    assertRefused(() -> InstitutionParticipation.builder().role(InstitutionRole.HOST).build(),
        "InstitutionParticipation.institution: exactly one of institution and group is required (was null)");
  }
}
