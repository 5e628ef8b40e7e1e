package dev.symposia.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccreditationTest {
  private static Credit credit(CreditKind kind, String amount, String label) {
    Credit.Builder credit = Credit.builder().kind(kind).amount(amount);
    if (label != null) {
      credit.label(LocalizedText.of(label));
    }
    return credit.build();
  }

  @Test
  void anAccreditationStatesWhatTheSourceSays() {
    Accreditation cme = Accreditation.builder().accreditor("northfield-cme-board")
        .scheme(LocalizedText.of("Northfield national CME programme")).activityId("2031-07-0042")
        .addCredits(credit(CreditKind.NATIONAL, "6", "category I credits"))
        .period(DateSpan.between(LocalDate.of(2031, 7, 1), LocalDate.of(2032, 6, 30)))
        .build();

    assertThat(cme.accreditor()).contains(LocalId.of("northfield-cme-board"));
    assertThat(cme.activityId()).contains("2031-07-0042");
    assertThat(cme).hasToString("Accreditation[by northfield-cme-board: [6 NATIONAL (category I credits)]]");
  }

  @Test
  void anAccreditationMayStateNothingButThatThereIsOne() {
    Accreditation unstated = Accreditation.builder().build();

    assertThat(unstated.accreditor()).isEmpty();
    assertThat(unstated.credits()).isEmpty();
    assertThat(unstated).hasToString("Accreditation[accreditor not stated]");
  }

  @Test
  void anActivityIdentifierOfTwoHundredCharactersIsTheLongestAccepted() {
    String longest = "A".repeat(Accreditation.MAX_ACTIVITY_ID_LENGTH);
    assertThat(Accreditation.builder().activityId(longest).build().activityId()).contains(longest);

    assertThatThrownBy(() -> Accreditation.builder().activityId(longest + "1").build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("activityId");
          assertThat(e.getMessage()).isEqualTo("Accreditation.activityId: must be at most 200 characters long");
        });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u3000", "\u00a0 "})
  void aBlankActivityIdentifierIsRefused(String id) {
    assertThatThrownBy(() -> Accreditation.builder().activityId(id).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("activityId");
          assertThat(e.getMessage()).isEqualTo("Accreditation.activityId: must not be blank (was \"" + id + "\")");
        });
  }

  @Test
  void anActivityIdentifierWithAnUnpairedSurrogateIsRefused() {
    assertRefused(() -> Accreditation.builder().activityId("2031-\uD800").build(),
        "Accreditation.activityId: must be well-formed Unicode, but U+D800 at index 5 is half of a surrogate pair");
  }

  @Test
  void twoCreditLinesOfTheSameKindAndLabelAreRefused() {
    Credit first = credit(CreditKind.NATIONAL, "6", "category I credits");
    Credit again = credit(CreditKind.NATIONAL, "2", "category I credits");

    assertThatThrownBy(() -> Accreditation.builder().addCredits(first, again).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("credits[1]");
          assertThat(e.getMessage()).isEqualTo("Accreditation.credits[1]: must not repeat the kind and label of an"
              + " earlier credit (was \"2 NATIONAL (category I credits)\")");
        });
    Credit unlabelled = credit(CreditKind.EUROPEAN_CME, "3", null);
    assertRefused(() -> Accreditation.builder().addCredits(unlabelled, first, credit(CreditKind.EUROPEAN_CME, "4", null))
            .build(),
        "Accreditation.credits[2]: must not repeat the kind and label of an earlier credit (was \"4 EUROPEAN_CME\")");
  }

  @Test
  void creditsOfOneKindWithOtherLabelsOrOfOtherKindsAreAccepted() {
    Accreditation accreditation = Accreditation.builder().addCredits(
            credit(CreditKind.NATIONAL, "6", "category I credits"),
            credit(CreditKind.NATIONAL, "2", "category II credits"),
            credit(CreditKind.NATIONAL, "1", null),
            credit(CreditKind.EUROPEAN_CME, "6", "category I credits"),
            Credit.builder().kind(CreditKind.OTHER).label(LocalizedText.of("fictional skills points")).build(),
            Credit.builder().kind(CreditKind.OTHER).label(LocalizedText.of("fictional study hours")).build())
        .build();

    assertThat(accreditation.credits()).hasSize(6);
  }

  @Test
  void aNullAccreditorIsRefusedWithTheModelException() {
    assertThatThrownBy(() -> Accreditation.builder().accreditor((String) null))
        .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("Accreditation.accreditor: ");
    assertThatThrownBy(() -> Accreditation.builder().accreditor("not an id"))
        .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("LocalId.");
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
