package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatoryTest {
  private static final LocalId NORTHMERE = LocalId.of("northmere");
  private static final LocalId QUILL = LocalId.of("ada-quill");

  @Test
  void aNamedSignatoryIsAPersonSigningForAParty() {
    Signatory quill = Signatory.of(QUILL, NORTHMERE);
    assertThat(quill.person()).contains(QUILL);
    assertThat(quill.isNamed()).isTrue();
    assertThat(quill.title()).isEmpty();
    assertThat(quill).hasToString("ada-quill for northmere");
  }

  @Test
  void anUnnamedSignatoryIsAPartySigningThroughSomeoneTheSourceDoesNotName() {
    Signatory someone = Signatory.unnamed(NORTHMERE);
    assertThat(someone.person()).isEmpty();
    assertThat(someone.isNamed()).isFalse();
    assertThat(someone).hasToString("(unnamed) for northmere");

    Signatory president = Signatory.unnamed(NORTHMERE, LocalizedText.of("President"));
    assertThat(president.title()).contains(LocalizedText.of("President"));
    assertThat(president).hasToString("(unnamed President) for northmere");
  }

  @Test
  void aNamedSignatoryWithATitleIsRefusedBecauseTheirPositionsSayWhatTheyAre() {
    assertThatThrownBy(() -> Signatory.builder().person(QUILL).party(NORTHMERE).title(LocalizedText.of("Provost"))
        .build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Signatory.title: must be absent for a named signatory, whose positions say what they are"
            + " (was \"Provost\")");
  }

  @Test
  void aSignatoryWithoutAPartyOrWithNullsIsRefusedWithTheModelException() {
    assertThatThrownBy(() -> Signatory.builder().person(QUILL).build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Signatory.party: is required");
    assertThatThrownBy(() -> Signatory.unnamed(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Signatory.party: must not be null (was null)");
    assertThatThrownBy(() -> Signatory.unnamed(NORTHMERE, null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Signatory.title: must not be null (was null)");
    assertThatThrownBy(() -> Signatory.of(null, NORTHMERE)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Signatory.person: must not be null (was null)");
  }

  @Test
  void everyGeneratedSignatoryIsNamedOrUnnamedAndOnlyTheUnnamedHaveTitles() {
    qt().forAll(AgreementGenerators.signatories(List.of(QUILL), List.of(NORTHMERE))).checkAssert(signatory -> {
      assertThat(signatory.isNamed()).isEqualTo(signatory.person().isPresent());
      if (signatory.isNamed()) {
        assertThat(signatory.title()).isEmpty();
        assertThat(signatory.toString()).startsWith("ada-quill for ");
      } else {
        assertThat(signatory.toString()).startsWith("(unnamed");
      }
      assertThat(signatory.toString()).endsWith(" for northmere");
    });
  }
}
