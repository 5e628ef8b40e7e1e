package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.time.PartialDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {
  @Test
  void aTermIsALengthAnEndDateBothOrUntilTerminated() {
    assertThat(Term.of(Period.ofYears(3))).hasToString("P3Y");
    assertThat(Term.of(Period.ofYears(3)).endsOn()).isEmpty();
    assertThat(Term.until(PartialDate.of(2027, 12, 31))).hasToString("until 2027-12-31");
    assertThat(Term.builder().length(Period.ofMonths(18)).endsOn(PartialDate.ofYearMonth(2027, 5)).build())
        .hasToString("P18M until 2027-05");
    Term openEnded = Term.openEnded();
    assertThat(openEnded.untilTerminated()).isTrue();
    assertThat(openEnded.length()).isEmpty();
    assertThat(openEnded).hasToString("until terminated");
    assertThat(Term.of(Period.ofYears(3)).untilTerminated()).isFalse();
  }

  @Test
  void aTermThatStatesNothingIsRefused() {
    assertThatThrownBy(() -> Term.builder().build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.length: or endsOn or untilTerminated is required");
    assertThatThrownBy(() -> Term.builder().untilTerminated(false).build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.length: or endsOn or untilTerminated is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P0Y", "P-1Y", "P1Y-2M", "P-3D", "P2Y0M-1D"})
  void aLengthThatIsZeroOrHasANegativePartIsRefused(String length) {
    assertThatThrownBy(() -> Term.of(Period.parse(length))).isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.length: must be positive, with no negative part (was \"" + Period.parse(length) + "\")");
  }

  @Test
  void untilTerminatedWithALengthOrAnEndIsRefusedAsAContradiction() {
    assertThatThrownBy(() -> Term.builder().untilTerminated(true).length(Period.ofYears(5)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.length: must be absent for a term until terminated (was \"P5Y\")");
    assertThatThrownBy(() -> Term.builder().untilTerminated(true).endsOn(PartialDate.ofYear(2030)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.endsOn: must be absent for a term until terminated (was \"2030\")");
  }

  @Test
  void nullsAreRefusedWithTheModelException() {
    assertThatThrownBy(() -> Term.of(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.length: must not be null (was null)");
    assertThatThrownBy(() -> Term.until(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Term.endsOn: must not be null (was null)");
  }

  @Test
  void everyPositiveLengthAndEveryEndDateMakeATermThatKeepsThem() {
    // At least a day, so that the length is never zero.
    qt().forAll(integers().between(0, 99), integers().between(0, 120), integers().between(1, 400),
        TimeGenerators.partialDates()).checkAssert((y, m, d, end) -> {
          Period length = Period.of(y, m, d);
          Term term = Term.builder().length(length).endsOn(end).build();
          assertThat(term.length()).contains(length);
          assertThat(term.endsOn()).contains(end);
          assertThat(term.untilTerminated()).isFalse();
          assertThat(term).hasToString(length + " until " + end);
        });
  }

  @Test
  void everyGeneratedTermStatesSomethingAndIsUntilTerminatedOnlyAlone() {
    qt().forAll(AgreementGenerators.terms()).checkAssert(term -> {
      assertThat(term.length().isPresent() || term.endsOn().isPresent() || term.untilTerminated()).isTrue();
      if (term.untilTerminated()) {
        assertThat(term.length()).isEmpty();
        assertThat(term.endsOn()).isEmpty();
      }
      term.length().ifPresent(length -> assertThat(length.isNegative() || length.isZero()).isFalse());
    });
  }
}
