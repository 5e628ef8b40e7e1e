package dev.symposia.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.InstitutionGenerators;
import dev.symposia.identifier.LocalId;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstitutionTest {
  private static Institution.Builder nusMedicine() {
    return Institution.builder().id("nus-medicine").name("Yong Loo Lin School of Medicine")
        .kind(InstitutionKind.SCHOOL);
  }

  @Test
  void aUnitOfAnotherInstitutionIsAccepted() {
    Institution school = nusMedicine().parent(LocalId.of("nus")).addTies(InstitutionTie.of(TieKind.AFFILIATED_WITH,
        LocalId.of("nuh"))).build();
    assertThat(school.parent()).contains(LocalId.of("nus"));
    assertThat(school).hasToString("Institution[nus-medicine: Yong Loo Lin School of Medicine]");
  }

  @Test
  void anInstitutionThatIsItsOwnParentIsRefused() {
    assertRefused(() -> nusMedicine().parent(LocalId.of("nus-medicine")).build(),
        "Institution.parent: must not be the institution itself (was \"nus-medicine\")");
  }

  @Test
  void anInstitutionTiedToItselfIsRefusedAtThatTie() {
    assertRefused(() -> nusMedicine().addTies(InstitutionTie.of(TieKind.RUN_BY, LocalId.of("nus")),
            InstitutionTie.of(TieKind.AFFILIATED_WITH, LocalId.of("nus-medicine"))).build(),
        "Institution.ties[1].institution: must not be the institution itself (was \"nus-medicine\")");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void blankShortNamesAreRefused(String blank) {
    assertRefused(() -> nusMedicine().addShortNames("NUS Medicine", blank).build(),
        "Institution.shortNames[1]: must not be blank (was \"" + blank + "\")");
  }

  @Test
  void anInstitutionWithoutIdentifierNameOrKindIsRefused() {
    assertRefused(() -> Institution.builder().build(), "Institution.id, name, kind: are required");
    assertRefused(() -> InstitutionTie.of(null, LocalId.of("nus")), "InstitutionTie.kind: must not be null (was null)");
  }

  @Test
  void makingAnyGeneratedInstitutionItsOwnParentOrTieIsRefused() {
    qt().withExamples(100).forAll(InstitutionGenerators.institutionLists(6)).checkAssert(institutions -> {
      for (Institution institution : institutions) {
        assertRefused(() -> institution.toBuilder().parent(institution.id()).build(),
            "Institution.parent: must not be the institution itself (was \"" + institution.id() + "\")");
        List<InstitutionTie> ties = new ArrayList<>(institution.ties());
        ties.add(InstitutionTie.of(TieKind.RUN_BY, institution.id()));
        assertRefused(() -> institution.toBuilder().ties(ties).build(), "Institution.ties[" + (ties.size() - 1)
            + "].institution: must not be the institution itself (was \"" + institution.id() + "\")");
      }
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
