package dev.symposia.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AccreditationGenerators;
import dev.symposia.text.LocalizedText;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditTest {
  private static final String BOUNDS = "must be more than 0 and at most 1000";

  private static Credit.Builder national() {
    return Credit.builder().kind(CreditKind.NATIONAL);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "6,         6,      0",
    "6.0,       6,      0",
    "6.00,      6,      0",
    "1.50,      1.5,    1",
    "0.25,      0.25,   2",
    "0.01,      0.01,   2",
    "12.5,      12.5,   1",
    "1E+1,      10,     0",
    "1000,      1000,   0",
    "1000.00,   1000,   0",
    "999.99,    999.99, 2",
  })
  void trailingZerosAreDroppedAndNoExponentIsKept(String given, String plain, int scale) {
    Credit credit = national().amount(new BigDecimal(given)).build();

    BigDecimal amount = credit.amount().orElseThrow();
    assertThat(amount.toPlainString()).isEqualTo(plain);
    assertThat(amount.scale()).isEqualTo(scale);
    assertThat(amount).isEqualTo(new BigDecimal(plain));
  }

  @Test
  void creditsOfEqualAmountsWithOtherScalesAreEqual() {
    Credit six = national().amount(new BigDecimal("6")).build();
    Credit sixPointZero = national().amount(new BigDecimal("6.0")).build();

    assertThat(sixPointZero).isEqualTo(six);
    assertThat(sixPointZero.hashCode()).isEqualTo(six.hashCode());
    assertThat(sixPointZero).hasToString("6 NATIONAL");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "0.00", "-1", "-0.25", "1000.01", "1000.001", "1001", "1E+4"})
  void amountsOfNothingBelowNothingOrAboveTheLimitAreRefused(String amount) {
    BigDecimal value = new BigDecimal(amount);
    assertThatThrownBy(() -> national().amount(value).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("amount");
          assertThat(e.rule()).isEqualTo(BOUNDS);
          assertThat(e.getMessage()).isEqualTo("Credit.amount: " + BOUNDS + " (was " + value + ")");
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0.001", "1.255", "6.125", "999.999", "0.005"})
  void moreThanTwoDecimalPlacesAreRefused(String amount) {
    assertRefused(() -> national().amount(new BigDecimal(amount)).build(),
        "Credit.amount: must have at most two decimal places (was " + amount + ")");
  }

  @Test
  void theBoundsAreTheSmallestStepAndTheLimitItself() {
    assertThat(national().amount(new BigDecimal("0.01")).build().amount()).contains(new BigDecimal("0.01"));
    assertThat(national().amount(BigDecimal.valueOf(Credit.MAX_AMOUNT)).build().amount())
        .contains(new BigDecimal("1000"));
    assertThat(national().amount(new BigDecimal("1.250")).build().amount()).contains(new BigDecimal("1.25"));
  }

  @Test
  void anOtherCreditNeedsALabel() {
    assertRefused(() -> Credit.builder().kind(CreditKind.OTHER).amount("2").build(),
        "Credit.label: is required when the kind is other");
    Credit other = Credit.builder().kind(CreditKind.OTHER).label(LocalizedText.of("fictional skills points"))
        .build();
    assertThat(other).hasToString("OTHER (fictional skills points)");
    assertThat(national().build().label()).isEmpty();
  }

  @Test
  void aMaximumNeedsAnAmount() {
    assertThatThrownBy(() -> national().maximum(true).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("maximum");
          assertThat(e.getMessage()).isEqualTo("Credit.maximum: must be false when no amount is given");
        });
    Credit upTo = Credit.builder().kind(CreditKind.AMA_PRA_CATEGORY_1).amount("12.5").maximum(true).build();
    assertThat(upTo.maximum()).isTrue();
    assertThat(upTo).hasToString("up to 12.5 AMA_PRA_CATEGORY_1");
    assertThat(national().amount("6").build().maximum()).isFalse();
  }

  @Test
  void aCreditMayStateNoAmount() {
    Credit unstated = Credit.builder().kind(CreditKind.EUROPEAN_CME).build();
    assertThat(unstated.amount()).isEmpty();
    assertThat(unstated.maximum()).isFalse();
    assertThat(unstated).hasToString("EUROPEAN_CME");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "6,       6",
    "1.5,     1.5",
    "6.00,    6",
    "0006,    6",
    "0.25,    0.25",
    "1000.00, 1000",
  })
  void theAmountIsReadFromDecimalText(String text, String plain) {
    assertThat(national().amount(text).build().amount().orElseThrow().toPlainString()).isEqualTo(plain);
  }

  @Test
  void decimalTextOfSixteenCharactersIsReadAndThenCheckedLikeAnyAmount() {
    assertRefused(() -> national().amount("9999999999999.99").build(),
        "Credit.amount: " + BOUNDS + " (was 9999999999999.99)");
    assertRefused(() -> national().amount("0.00").build(), "Credit.amount: " + BOUNDS + " (was 0.00)");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " 6", "6 ", "-1", "+6", "1,5", "1.", ".5", "1e3", "1E+2", "six", "6½", "٦",
      "00000000000000006", "1.0000000000000000"})
  void decimalTextThatIsNotPlainDigitsIsRefusedByTheBuilder(String text) {
    assertThatThrownBy(() -> national().amount(text)).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      assertThat(e.attribute()).isEqualTo("amount");
      assertThat(e.getMessage())
          .isEqualTo("Credit.amount: must be a decimal number such as 6 or 1.5 (was \"" + text + "\")");
    });
  }

  @Test
  void aNullAmountTextIsRefusedWithTheModelException() {
    assertThatThrownBy(() -> national().amount((String) null))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("amount");
          assertThat(e.getMessage()).isEqualTo("Credit.amount: must not be null");
        });
  }

  @Test
  void generatedCreditsKeepTheirAmountsInPlainForm() {
    qt().withExamples(200).forAll(AccreditationGenerators.credits()).checkAssert(credit -> {
      credit.amount().ifPresent(amount -> {
        assertThat(amount.signum()).isPositive();
        assertThat(amount.scale()).isBetween(0, 2);
        assertThat(amount.stripTrailingZeros().compareTo(amount)).isZero();
        assertThat(amount.scale()).isEqualTo(Math.max(0, amount.stripTrailingZeros().scale()));
      });
      if (credit.kind() == CreditKind.OTHER) {
        assertThat(credit.label()).isPresent();
      }
      assertThat(Credit.builder().from(credit).build()).isEqualTo(credit);
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
