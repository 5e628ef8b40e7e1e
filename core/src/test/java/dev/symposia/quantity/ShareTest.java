package dev.symposia.quantity;

import static dev.symposia.generators.QuantityGenerators.shares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      35%             | EXACT     | 35    | -  | -
      12.5%           | EXACT     | 12.5  | -  | -
      99.999999%      | EXACT     | 99.999999 | - | -
      0%              | EXACT     | 0     | -  | -
      100%            | EXACT     | 100   | -  | -
      at least 60%    | AT_LEAST  | 60    | -  | -
      more than 99.9% | MORE_THAN | 99.9  | -  | -
      about 1/3       | ABOUT     | -     | 1  | 3
      2/6             | EXACT     | -     | 2  | 6
      3/3             | EXACT     | -     | 3  | 3
      0/5             | EXACT     | -     | 0  | 5
      more than 1/2   | MORE_THAN | -     | 1  | 2
      at least 4/4    | AT_LEAST  | -     | 4  | 4
      """)
  void parseReadsEachFormAndToStringWritesItBack(String text, CountPrecision precision, BigDecimal percent,
      Long part, Long whole) {
    Share share = Share.parse(text);

    assertThat(share.precision()).isEqualTo(precision);
    assertThat(share.percent().orElse(null)).isEqualTo(percent);
    assertThat(share.part()).isEqualTo(part == null ? OptionalLong.empty() : OptionalLong.of(part));
    assertThat(share.whole()).isEqualTo(whole == null ? OptionalLong.empty() : OptionalLong.of(whole));
    assertThat(share).hasToString(text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      12.50%     | 12.5%
      100.000%   | 100%
      0.0%       | 0%
      about 050% | about 50%
      """)
  void percentagesAreWrittenWithoutTrailingZeros(String text, String canonical) {
    assertThat(Share.parse(text)).hasToString(canonical).isEqualTo(Share.parse(canonical));
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', textBlock = """
      101%              | Share.percent: must be at most 100: a share is at most the whole (was "101")
      100.0000001%      | Share.percent: must have at most 6 digits after the point (was "100.0000001")
      more than 100%    | Share.percent: must be below 100 for a "more than" share: a share is at most the whole (was "100")
      4/3               | Share.part: must not exceed the whole: a share is at most the whole (was "4/3")
      more than 3/3     | Share.part: must be below the whole for a "more than" share: a share is at most the whole (was "3/3")
      1/0               | Share.whole: must be at least 1 (was 0)
      a third           | Share.text: must be P%, N/M, or either after at least, more than or about, with P a number in digits (such as 12.5) and N, M whole numbers in digits (was "a third")
      -5%               | Share.text: must be P%, N/M, or either after at least, more than or about, with P a number in digits (such as 12.5) and N, M whole numbers in digits (was "-5%")
      several%          | Share.text: must be P%, N/M, or either after at least, more than or about, with P a number in digits (such as 12.5) and N, M whole numbers in digits (was "several%")
      35               | Share.text: must be P%, N/M, or either after at least, more than or about, with P a number in digits (such as 12.5) and N, M whole numbers in digits (was "35")
      """)
  void whatCanNeverBeAShareIsRefusedWithTheAttributeNamed(String text, String message) {
    assertThatThrownBy(() -> Share.parse(text)).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  @Test
  void aShareStatesANumberSoSeveralAndUnknownAreNotPrecisionsOfOne() {
    assertThatThrownBy(() -> Share.fraction(CountPrecision.SEVERAL, 1, 3)).hasMessage(
        "Share.precision: must be exact, at least, more than or about: a share states a number (was \"SEVERAL\")");
    assertThatThrownBy(() -> Share.percent(CountPrecision.UNKNOWN, BigDecimal.ONE)).hasMessage(
        "Share.precision: must be exact, at least, more than or about: a share states a number (was \"UNKNOWN\")");
    assertThatThrownBy(() -> Share.percent(CountPrecision.EXACT, new BigDecimal("-0.5")))
        .hasMessage("Share.percent: must not be negative (was \"-0.5\")");
    assertThatThrownBy(() -> Share.fraction(CountPrecision.EXACT, -1, 3))
        .hasMessage("Share.part: must not be negative (was -1)");
    assertThatThrownBy(() -> Share.percent(null, BigDecimal.ONE)).hasMessage("Share.precision: is required");
    assertThatThrownBy(() -> Share.percent(CountPrecision.EXACT, null)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Share.percent: is required");
    assertThatThrownBy(() -> Share.parse(null)).hasMessage("Share.text: is required");
  }

  @Test
  void aFractionKeepsTheSourcesWordsSoOneThirdIsNotTwoSixths() {
    assertThat(Share.parse("1/3")).isNotEqualTo(Share.parse("2/6"));
    assertThat(Share.parse("50%")).isNotEqualTo(Share.parse("1/2")).isNotEqualTo(Share.parse("about 50%"));
    assertThat(Share.parse("about 1/3")).isEqualTo(Share.fraction(CountPrecision.ABOUT, 1, 3))
        .hasSameHashCodeAs(Share.fraction(CountPrecision.ABOUT, 1, 3));
  }

  @Test
  void everyGeneratedShareReadsBackFromItsTextEqual() {
    qt().forAll(shares()).checkAssert(share -> {
      assertThat(Share.parse(share.toString())).isEqualTo(share).hasSameHashCodeAs(share);
      assertThat(share.percent().isPresent()).isNotEqualTo(share.part().isPresent());
    });
  }
}
