package dev.symposia.quantity;

import static dev.symposia.generators.QuantityGenerators.countValues;
import static dev.symposia.generators.QuantityGenerators.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountTest {
  private static final String FORMS =
      "must be N, at least N, more than N, about N, several or unknown, with N a whole number in digits";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      68                      | EXACT     | 68                  | 68                  | 68
      0                       | EXACT     | 0                   | 0                   | 0
      at least 200            | AT_LEAST  | 200                 | 200                 | -
      more than 200           | MORE_THAN | 200                 | 201                 | -
      more than 0             | MORE_THAN | 0                   | 1                   | -
      about 200               | ABOUT     | 200                 | -                   | -
      unknown                 | UNKNOWN   | -                   | -                   | -
      several                 | SEVERAL   | -                   | 2                   | -
      9223372036854775807     | EXACT     | 9223372036854775807 | 9223372036854775807 | 9223372036854775807
      more than 9223372036854775806 | MORE_THAN | 9223372036854775806 | 9223372036854775807 | -
      """)
  void parseReadsEachFormAndToStringWritesItBack(
      String text, CountPrecision precision, Long value, Long lowerBound, Long upperBound) {
    Count count = Count.parse(text);

    assertThat(count.precision()).isEqualTo(precision);
    assertThat(count.value()).isEqualTo(optional(value));
    assertThat(count.lowerBound()).isEqualTo(optional(lowerBound));
    assertThat(count.upperBound()).isEqualTo(optional(upperBound));
    assertThat(count.isExact()).isEqualTo(precision == CountPrecision.EXACT);
    assertThat(count.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      -5
      over 200
      more than  200
      More than 200
      at least
      at least -1
      about 2.5
      1,000
      +68
      '68 '
      ６８
      Several
      several 3
      Unknown
      '  '
      ''
      """)
  void parseRefusesTextsNotInOneOfTheForms(String text) {
    assertRefused(() -> Count.parse(text), "Count.text: " + FORMS + " (was \"" + text + "\")");
  }

  @Test
  void parseRefusesNumbersTooLargeForALong() {
    assertRefused(() -> Count.parse("9223372036854775808"),
        "Count.value: must be at most 9223372036854775807 (was \"9223372036854775808\")");
    assertRefused(() -> Count.parse("about 99999999999999999999"),
        "Count.value: must be at most 9223372036854775807 (was \"99999999999999999999\")");
    assertRefused(() -> Count.parse("more than 9223372036854775807"),
        "Count.value: must be less than 9223372036854775807 for a \"more than\" count (was 9223372036854775807)");
  }

  @Test
  void factoriesRefuseNegativeValues() {
    List<LongFunction<Count>> factories = List.of(Count::exactly, Count::atLeast, Count::moreThan, Count::about);
    for (LongFunction<Count> factory : factories) {
      assertRefused(() -> factory.apply(-1), "Count.value: must not be negative (was -1)");
      assertRefused(() -> factory.apply(Long.MIN_VALUE),
          "Count.value: must not be negative (was -9223372036854775808)");
    }
  }

  @Test
  void moreThanAcceptsZeroButNotTheLargestLong() {
    assertThat(Count.moreThan(0).lowerBound()).hasValue(1);
    assertRefused(() -> Count.moreThan(Long.MAX_VALUE),
        "Count.value: must be less than 9223372036854775807 for a \"more than\" count (was 9223372036854775807)");
  }

  @Test
  void severalIsOneCountWithOneMeaningDistinctFromUnknownAndFromMoreThanOne() {
    assertThat(Count.several()).isSameAs(Count.parse("several")).isEqualTo(Count.several())
        .isNotEqualTo(Count.unknown()).isNotEqualTo(Count.moreThan(1)).isNotEqualTo(Count.atLeast(2));
    assertThat(Count.several().lowerBound()).as("more than one, as every reading of the word has it")
        .isEqualTo(Count.moreThan(1).lowerBound());
    assertThat(Count.several().value()).as("the source gives no number").isEmpty();
    assertThat(Count.several().hashCode()).isNotEqualTo(Count.unknown().hashCode());
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> Count.parse(null), "Count.text: is required");
    assertRefused(() -> Count.exactly(1).isCertainlyGreaterThan(null), "Count.other: is required");
  }

  @ParameterizedTest(name = "{0} certainly greater than {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      69            | 68            | true
      68            | 68            | false
      61            | 68            | false
      more than 68  | 68            | true
      at least 68   | 68            | false
      at least 69   | 68            | true
      more than 67  | 68            | false
      about 100     | 68            | false
      unknown       | 68            | false
      69            | at least 68   | false
      69            | more than 1   | false
      69            | about 10      | false
      69            | unknown       | false
      more than 200 | more than 100 | false
      0             | unknown       | false
      several       | 1             | true
      several       | 2             | false
      several       | at least 1    | false
      2             | several       | false
      1000          | several       | false
      several       | several       | false
      """)
  void isCertainlyGreaterThanHoldsOnlyWhenNoReadingSaysOtherwise(String first, String second, boolean expected) {
    assertThat(Count.parse(first).isCertainlyGreaterThan(Count.parse(second))).isEqualTo(expected);
  }

  @Test
  void isCertainlyGreaterThanAgreesWithLongComparisonForExactCounts() {
    qt().forAll(countValues(), countValues()).checkAssert((a, b) ->
        assertThat(Count.exactly(a).isCertainlyGreaterThan(Count.exactly(b))).isEqualTo(a > b));
  }

  @Test
  void isCertainlyGreaterThanIsIrreflexive() {
    qt().forAll(counts()).check(count -> !count.isCertainlyGreaterThan(count));
  }

  @Test
  void isCertainlyGreaterThanIsAsymmetric() {
    qt().forAll(counts(), counts()).check((a, b) -> !(a.isCertainlyGreaterThan(b) && b.isCertainlyGreaterThan(a)));
  }

  @Test
  void isCertainlyGreaterThanIsTransitive() {
    qt().forAll(counts(), counts(), counts()).check((a, b, c) ->
        !(a.isCertainlyGreaterThan(b) && b.isCertainlyGreaterThan(c)) || a.isCertainlyGreaterThan(c));
  }

  @Test
  void lowerBoundIsNeverAboveTheUpperBound() {
    qt().forAll(counts()).checkAssert(count -> {
      if (count.lowerBound().isPresent() && count.upperBound().isPresent()) {
        assertThat(count.lowerBound().getAsLong()).isLessThanOrEqualTo(count.upperBound().getAsLong());
      }
    });
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(counts()).checkAssert(count -> assertThat(Count.parse(count.toString())).isEqualTo(count));
  }

  @Test
  void equalCountsHaveEqualHashCodes() {
    qt().forAll(counts(), counts()).checkAssert((a, b) -> {
      Count copy = Count.parse(a.toString());
      assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
    });
  }

  @Test
  void countsAdmittingTheSameNumbersKeepTheirOwnWords() {
    assertThat(Count.atLeast(201)).isNotEqualTo(Count.moreThan(200));
    assertThat(Count.atLeast(201).lowerBound()).isEqualTo(Count.moreThan(200).lowerBound());
  }

  private static OptionalLong optional(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
