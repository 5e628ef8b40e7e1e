package dev.symposia.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.InstitutionGenerators;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.text.LocalizedText;
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
    assertRefused(() -> Institution.builder().build(), "Institution.id, kind: are required");
    assertRefused(() -> InstitutionTie.of(null, LocalId.of("nus")), "InstitutionTie.kind: must not be null (was null)");
  }

  @Test
  void anInstitutionKnownOnlyByADescriptionIsPrintedByTheDescription() {
    Institution partner = Institution.builder().id("partner").description("a partner university")
        .kind(InstitutionKind.UNIVERSITY).build();
    assertThat(partner.name()).isEmpty();
    assertThat(partner.displayName()).isEqualTo("a partner university");
    assertThat(partner).hasToString("Institution[partner: a partner university]");
  }

  @Test
  void anInstitutionKnownOnlyByAnIdentifierIsPrintedByTheIdentifier() {
    assertThat(Institution.builder().id("a").kind(InstitutionKind.OTHER).ror(RorId.parse("000000y08")).build()
        .displayName()).isEqualTo("ROR 000000y08");
    assertThat(Institution.builder().id("a").kind(InstitutionKind.OTHER).isni(Isni.parse("0000000121032683")).build()
        .displayName()).isEqualTo("ISNI 0000000121032683");
    assertThat(Institution.builder().id("a").kind(InstitutionKind.OTHER).wikidataId(WikidataId.of(42)).build()
        .displayName()).isEqualTo("Wikidata Q42");
  }

  @Test
  void aNamedInstitutionIsPrintedByItsNameWhateverItsDescription() {
    assertThat(nusMedicine().description("a school of medicine").build().displayName())
        .isEqualTo(nusMedicine().build().name().orElseThrow().text());
  }

  @Test
  void anInstitutionWithNoNameIdentifierOrDescriptionIsRefused() {
    assertRefused(() -> Institution.builder().id("nothing").kind(InstitutionKind.UNIVERSITY).build(),
        "Institution.name: is required unless a ROR ID, ISNI, Wikidata item or description identifies the"
            + " institution (was \"nothing\")");
  }

  @Test
  void everyGeneratedInstitutionIsIdentifiedAndPrintsWhatIdentifiesIt() {
    qt().withExamples(100).forAll(InstitutionGenerators.institutionLists(6)).checkAssert(institutions -> {
      for (Institution institution : institutions) {
        assertThat(institution.displayName()).isEqualTo(institution.name().map(LocalizedText::text)
            .or(() -> institution.description().map(LocalizedText::text))
            .or(() -> institution.ror().map(r -> "ROR " + r.value()))
            .or(() -> institution.isni().map(r -> "ISNI " + r.value()))
            .orElseGet(() -> "Wikidata " + institution.wikidataId().orElseThrow().value()));
      }
    });
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
