package dev.symposia.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.IdentifierGenerators;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class RorIdTest {
  private static final String FORMAT_RULE =
      "must be 0, then six characters from 0-9 and a-z except i, l, o and u, then two check digits";
  private static final String URI_RULE = "must be a bare ROR identifier or a URI starting with https://ror.org/";

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // University of Cambridge
    "013meh722,                  013meh722",
    "https://ror.org/013meh722,  013meh722",
    "http://ror.org/013meh722,   013meh722",
    // University of California System
    "00pjdza24,                  00pjdza24",
    // Harvard University
    "03vek6s52,                  03vek6s52",
    // Massachusetts Institute of Technology
    "042nb2s44,                  042nb2s44",
    // Stanford University
    "https://ror.org/00f54p054,  00f54p054",
    "04wxnsj81,                  04wxnsj81",
    "05dxps055,                  05dxps055",
    "01an7q238,                  01an7q238",
    "02mhbdp94,                  02mhbdp94",
    // upper case is accepted and turned to lower case
    "013MEH722,                  013meh722",
    "https://ror.org/03VEK6S52,  03vek6s52",
  })
  void parseAcceptsRealRorIdsInBareAndUriForms(String text, String value) {
    RorId ror = RorId.parse(text);

    assertThat(ror.value()).isEqualTo(value);
    assertThat(ror).hasToString("https://ror.org/" + value);
    assertThat(ror.uri()).isEqualTo(URI.create("https://ror.org/" + value));
    assertThat(RorId.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
    "013meh723                   | check digits should be 22",
    "013mfh722                   | check digits should be 54",
    "013emh722                   | check digits should be 84",
    "030ek6s52                   | check digits should be 53",
    "03vek6s25                   | check digits should be 52",
    "https://ror.org/013meh723   | check digits should be 22",
    "013meh72                    | " + FORMAT_RULE,
    "013meh7222                  | " + FORMAT_RULE,
    "113meh722                   | " + FORMAT_RULE,
    "01lmeh722                   | " + FORMAT_RULE,
    "01imeh722                   | " + FORMAT_RULE,
    "013meo722                   | " + FORMAT_RULE,
    "013meu722                   | " + FORMAT_RULE,
    "013meh7a2                   | " + FORMAT_RULE,
    "013-meh722                  | " + FORMAT_RULE,
    "'013meh722 '                | " + FORMAT_RULE,
    "' 013meh722'                | " + FORMAT_RULE,
    "013méh722                   | " + FORMAT_RULE,
    "''                          | " + FORMAT_RULE,
    "https://www.ror.org/013meh722 | " + URI_RULE,
    "ror.org/013meh722           | " + URI_RULE,
    "https://ror.org/013meh722/  | " + URI_RULE,
    "https://example.org/013meh722 | " + URI_RULE,
  })
  void parseRefusesNearMissesWithTheBrokenRule(String text, String rule) {
    assertThatThrownBy(() -> RorId.parse(text))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("RorId");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.offendingValue()).contains(text);
        });
    assertThat(RorId.isValid(text)).isFalse();
  }

  @Test
  void wrongCheckDigitsGiveTheExpectedOnesInTheMessage() {
    assertThatThrownBy(() -> RorId.parse("013meh723"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("RorId.value: check digits should be 22 (was \"013meh723\")");
  }

  @Test
  void checkDigitsBelowTenAreWrittenWithTwoDigits() {
    // 000000y encodes 30, whose check digits are 98 - 3000 mod 97 = 98 - 90 = 8
    assertThat(RorId.isValid("000000y08")).isTrue();
    assertThatThrownBy(() -> RorId.parse("000000y80"))
        .hasMessage("RorId.value: check digits should be 08 (was \"000000y80\")");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> RorId.parse(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("RorId.value: is required");
    assertThat(RorId.isValid(null)).isFalse();
  }

  @Test
  void upperAndLowerCaseFormsAreEqual() {
    RorId lower = RorId.parse("013meh722");
    RorId upper = RorId.parse("https://ror.org/013MEH722");

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower).isEqualByComparingTo(lower);
    assertThat(lower).isNotEqualTo(RorId.parse("03vek6s52")).isNotEqualTo("013meh722");
  }

  @Test
  void generatorAgreesWithTheRegistryOnRealIds() {
    // The registry's own identifiers, rebuilt from their numbers by the generator's independent arithmetic.
    assertThat(IdentifierGenerators.rorText(decode("13meh7"))).isEqualTo("013meh722");
    assertThat(IdentifierGenerators.rorText(decode("0pjdza"))).isEqualTo("00pjdza24");
  }

  @Test
  void toStringAndValueAreReadBack() {
    qt().forAll(IdentifierGenerators.rorIds()).checkAssert(ror -> {
      assertThat(RorId.parse(ror.toString())).isEqualTo(ror);
      assertThat(RorId.parse(ror.value())).isEqualTo(ror);
      assertThat(RorId.parse(ror.value().toUpperCase(Locale.ROOT))).isEqualTo(ror);
    });
  }

  @Test
  void equalsAndHashCodeAgree() {
    qt().forAll(IdentifierGenerators.rorIds(), IdentifierGenerators.rorIds())
        .check((a, b) -> a.equals(b) == a.value().equals(b.value())
            && (!a.equals(b) || a.hashCode() == b.hashCode())
            && a.equals(b) == (a.compareTo(b) == 0));
  }

  @Test
  void changingAnyOneCharacterIsDetected() {
    qt().forAll(IdentifierGenerators.rorIds(), Generate.range(1, 8), Generate.range(1, 31))
        .checkAssert((ror, position, shift) -> {
          String alphabet = position < 7 ? IdentifierGenerators.CROCKFORD_ALPHABET : "0123456789";
          int step = 1 + (shift - 1) % (alphabet.length() - 1);
          char replacement =
              alphabet.charAt((alphabet.indexOf(ror.value().charAt(position)) + step) % alphabet.length());
          String wrong = ror.value().substring(0, position) + replacement + ror.value().substring(position + 1);

          assertThat(RorId.isValid(wrong)).as(wrong).isFalse();
          assertThatThrownBy(() -> RorId.parse(wrong))
              .isInstanceOfSatisfying(InvalidModelException.class,
                  e -> assertThat(e.rule()).startsWith("check digits should be "));
        });
  }

  private static long decode(String body) {
    long number = 0;
    for (char c : body.toCharArray()) {
      number = number * 32 + IdentifierGenerators.CROCKFORD_ALPHABET.indexOf(c);
    }
    return number;
  }
}
