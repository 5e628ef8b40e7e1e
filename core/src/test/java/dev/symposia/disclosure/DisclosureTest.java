package dev.symposia.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.DisclosureGenerators;
import dev.symposia.identifier.LocalId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DisclosureTest {
  private static final LocalId SPEAKER = LocalId.of("fictional-speaker");
  private static final FinancialRelationship FEES = FinancialRelationship.builder().kind(RelationshipKind.CONSULTING)
      .addCompanies(LocalId.of("meridian-pharma")).build();

  @Test
  void nothingToDiscloseIsADisclosureWithoutRelationships() {
    Disclosure nothing = Disclosure.nothingToDisclose(SPEAKER);

    assertThat(nothing.speaker()).isEqualTo(SPEAKER);
    assertThat(nothing.nothingToDisclose()).isTrue();
    assertThat(nothing.relationships()).isEmpty();
    assertThat(nothing).hasToString("Disclosure[fictional-speaker: nothing to disclose]");
    assertThat(nothing).isEqualTo(Disclosure.builder().speaker("fictional-speaker").nothingToDisclose(true).build());
  }

  @Test
  void aDisclosureListsItsRelationships() {
    Disclosure disclosure = Disclosure.builder().speaker(SPEAKER).addRelationships(FEES,
        FinancialRelationship.builder().kind(RelationshipKind.TRAVEL_SUPPORT).build()).build();

    assertThat(disclosure.nothingToDisclose()).isFalse();
    assertThat(disclosure.relationships()).hasSize(2);
    assertThat(disclosure).hasToString("Disclosure[fictional-speaker: [CONSULTING with meridian-pharma, TRAVEL_SUPPORT]]");
  }

  @Test
  void nothingToDiscloseWithRelationshipsIsAContradiction() {
    assertThatThrownBy(() -> Disclosure.builder().speaker(SPEAKER).nothingToDisclose(true).addRelationships(FEES)
        .build()).isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("relationships");
          assertThat(e.getMessage())
              .isEqualTo("Disclosure.relationships: must be empty when there is nothing to disclose (was 1)");
        });
  }

  @Test
  void aDisclosureThatDisclosesNothingAndSaysNotSoIsRefused() {
    assertThatThrownBy(() -> Disclosure.builder().speaker(SPEAKER).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("relationships");
          assertThat(e.getMessage())
              .isEqualTo("Disclosure.relationships: must not be empty unless there is nothing to disclose");
        });
    assertRefused(() -> Disclosure.builder().speaker(SPEAKER).nothingToDisclose(false).relationships(List.of())
        .build(), "Disclosure.relationships: must not be empty unless there is nothing to disclose");
  }

  @Test
  void theSpeakerIsRequiredAndNotNull() {
    assertRefused(() -> Disclosure.builder().nothingToDisclose(true).build(), "Disclosure.speaker: is required");
    assertRefused(() -> Disclosure.builder().speaker((String) null),
        "Disclosure.speaker: must not be null (was null)");
    assertRefused(() -> Disclosure.nothingToDisclose(null), "Disclosure.speaker: must not be null (was null)");
    assertThatThrownBy(() -> Disclosure.builder().speaker("fictional speaker"))
        .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("LocalId.value: ");
  }

  @Test
  void generatedDisclosuresEitherDiscloseNothingOrSomething() {
    List<LocalId> speakers = List.of(SPEAKER, LocalId.of("other-speaker"));
    qt().withExamples(100).forAll(DisclosureGenerators.disclosures(speakers, List.of(LocalId.of("meridian-pharma"))))
        .checkAssert(disclosure -> {
          assertThat(disclosure.nothingToDisclose()).isEqualTo(disclosure.relationships().isEmpty());
          assertThat(speakers).contains(disclosure.speaker());
        });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
