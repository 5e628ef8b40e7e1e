package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.time.PartialDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RenewalTest {
  @Test
  void aRenewalHasADateANewTermBothOrNeither() {
    assertThat(Renewal.of(PartialDate.ofYearMonth(2027, 5), Period.ofYears(5))).hasToString("renewed 2027-05 for P5Y");
    assertThat(Renewal.builder().renewedOn(PartialDate.ofYear(2027)).build()).hasToString("renewed 2027");
    assertThat(Renewal.builder().term(Term.until(PartialDate.ofYear(2032))).build())
        .hasToString("renewed (date not stated), until 2032");
    assertThat(Renewal.builder().build()).hasToString("renewed (date not stated)");
    assertThat(Renewal.builder().build().term()).isEmpty();
  }

  @Test
  void aNewTermEndingCertainlyBeforeTheRenewalIsRefused() {
    assertThatThrownBy(() -> Renewal.builder().renewedOn(PartialDate.of(2027, 5, 10))
        .term(Term.until(PartialDate.ofYearMonth(2027, 4))).build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Renewal.term.endsOn: must not be before renewedOn 2027-05-10 (was \"2027-04\")");
    // The same month may be the same day.
    assertThat(Renewal.builder().renewedOn(PartialDate.of(2027, 5, 10))
        .term(Term.until(PartialDate.ofYearMonth(2027, 5))).build().term()).isPresent();
  }

  @Test
  void anyRenewalWhoseTermEndsBeforeItIsRefusedAndAnyOtherIsAccepted() {
    qt().forAll(TimeGenerators.partialDates(), TimeGenerators.partialDates()).checkAssert((on, end) -> {
      Renewal.Builder renewal = Renewal.builder().renewedOn(on).term(Term.until(end));
      if (end.isCertainlyBefore(on)) {
        assertThatThrownBy(renewal::build).isInstanceOf(InvalidModelException.class)
            .hasMessageStartingWith("Renewal.term.endsOn: must not be before renewedOn " + on);
      } else {
        assertThat(renewal.build().term().flatMap(Term::endsOn)).contains(end);
      }
    });
  }

  @Test
  void everyGeneratedRenewalHasATermNotEndingBeforeIt() {
    qt().forAll(AgreementGenerators.renewals()).checkAssert(renewal -> {
      if (renewal.renewedOn().isPresent() && renewal.term().flatMap(Term::endsOn).isPresent()) {
        assertThat(renewal.term().get().endsOn().get().isCertainlyBefore(renewal.renewedOn().get())).isFalse();
      }
    });
  }
}
