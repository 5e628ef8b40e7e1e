package dev.symposia.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.IdentifierGenerators;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class OrcidTest {
  private static final String FORMAT_RULE =
      "must be four groups of four digits separated by hyphens, the last character a digit or X";
  private static final String URI_RULE = "must be a bare ORCID iD or a URI starting with https://orcid.org/";

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // Josiah Carberry, ORCID's own test researcher
    "0000-0002-1825-0097,                   0000-0002-1825-0097",
    "https://orcid.org/0000-0002-1825-0097, 0000-0002-1825-0097",
    "http://orcid.org/0000-0002-1825-0097,  0000-0002-1825-0097",
    // Stephen Hawking, the usual example of a check character X
    "0000-0002-9079-593X,                   0000-0002-9079-593X",
    "https://orcid.org/0000-0002-9079-593X, 0000-0002-9079-593X",
    // from the block opened in 2023
    "0009-0001-5055-9262,                   0009-0001-5055-9262",
  })
  void parseAcceptsRealOrcidIdsInBareAndUriForms(String text, String value) {
    Orcid orcid = Orcid.parse(text);

    assertThat(orcid.value()).isEqualTo(value);
    assertThat(orcid).hasToString("https://orcid.org/" + value);
    assertThat(orcid.uri()).isEqualTo(URI.create("https://orcid.org/" + value));
    assertThat(Orcid.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
    "0000-0002-1825-0096                    | check digit should be 7",
    "0000-0002-1825-0087                    | check digit should be 9",
    "0000-0002-1852-0097                    | check digit should be 3",
    "0000-0002-9079-5933                    | check digit should be X",
    "https://orcid.org/0000-0002-1825-0096  | check digit should be 7",
    "0000-0002-1825-009                     | " + FORMAT_RULE,
    "0000-0002-1825-00977                   | " + FORMAT_RULE,
    "0000-0002-1825-0O97                    | " + FORMAT_RULE,
    "000-00002-1825-0097                    | " + FORMAT_RULE,
    "0000000218250097                       | " + FORMAT_RULE,
    "0000 0002 1825 0097                    | " + FORMAT_RULE,
    "'0000-0002-1825-0097 '                 | " + FORMAT_RULE,
    "' 0000-0002-1825-0097'                 | " + FORMAT_RULE,
    "0000-0002-9079-593x                    | " + FORMAT_RULE,
    "0000-000X-1825-0097                    | " + FORMAT_RULE,
    "０000-0002-1825-0097                    | " + FORMAT_RULE,
    "''                                     | " + FORMAT_RULE,
    "https://www.orcid.org/0000-0002-1825-0097 | " + URI_RULE,
    "https://example.org/0000-0002-1825-0097 | " + URI_RULE,
    "orcid.org/0000-0002-1825-0097          | " + URI_RULE,
    "https://orcid.org/0000-0002-1825-0097/ | " + URI_RULE,
    "HTTPS://ORCID.ORG/0000-0002-1825-0097  | " + URI_RULE,
    "ORCID:0000-0002-1825-0097              | " + URI_RULE,
  })
  void parseRefusesNearMissesWithTheBrokenRule(String text, String rule) {
    assertThatThrownBy(() -> Orcid.parse(text))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("Orcid");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.offendingValue()).contains(text);
        });
    assertThat(Orcid.isValid(text)).isFalse();
  }

  @Test
  void aWrongCheckDigitGivesTheExpectedOneInTheMessage() {
    assertThatThrownBy(() -> Orcid.parse("0000-0002-1825-0096"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Orcid.value: check digit should be 7 (was \"0000-0002-1825-0096\")");
  }

  @Test
  void aMalformedIdGivesTheFormatInTheMessage() {
    assertThatThrownBy(() -> Orcid.parse("0000-0002-9079-593x"))
        .hasMessage("Orcid.value: must be four groups of four digits separated by hyphens, the last character"
            + " a digit or X (was \"0000-0002-9079-593x\")");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> Orcid.parse(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Orcid.value: is required");
    assertThat(Orcid.isValid(null)).isFalse();
  }

  @ParameterizedTest(name = "{0} in assigned range: {1}")
  @CsvSource({
    "0000-0002-1825-0097, true",
    "0009-0001-5055-9262, true",
    "0000-0001-5000-0007, true",
    "0000-0003-5000-0001, true",
    "0009-0000-0000-0009, true",
    "0009-0010-0000-0003, true",
    "0000-0001-4999-9992, false",
    "0000-0003-5000-001X, false",
    "0008-9999-9999-9996, false",
    "0009-0010-0000-0011, false",
    "0000-0000-0000-0001, false",
    // an ISNI outside ORCID's blocks
    "0000-0001-2103-2683, false",
  })
  void isInAssignedRangeFollowsOrcidsBlocks(String text, boolean inRange) {
    assertThat(Orcid.parse(text).isInAssignedRange()).isEqualTo(inRange);
  }

  @Test
  void bareAndUriFormsAreEqual() {
    Orcid bare = Orcid.parse("0000-0002-1825-0097");
    Orcid uri = Orcid.parse("http://orcid.org/0000-0002-1825-0097");

    assertThat(uri).isEqualTo(bare).hasSameHashCodeAs(bare).isEqualByComparingTo(bare);
    assertThat(bare).isNotEqualTo(Orcid.parse("0000-0002-9079-593X")).isNotEqualTo("0000-0002-1825-0097");
  }

  @Test
  void ordersByNumber() {
    assertThat(Orcid.parse("0000-0002-1825-0097")).isLessThan(Orcid.parse("0000-0002-9079-593X"));
    assertThat(Orcid.parse("0009-0001-5055-9262")).isGreaterThan(Orcid.parse("0000-0002-9079-593X"));
  }

  @Test
  void toStringAndValueAreReadBack() {
    qt().forAll(IdentifierGenerators.orcids()).checkAssert(orcid -> {
      assertThat(Orcid.parse(orcid.toString())).isEqualTo(orcid);
      assertThat(Orcid.parse(orcid.value())).isEqualTo(orcid);
      assertThat(Orcid.parse(orcid.uri().toString())).isEqualTo(orcid);
    });
  }

  @Test
  void generatedOrcidIdsAreInTheAssignedRange() {
    qt().forAll(IdentifierGenerators.orcids()).check(Orcid::isInAssignedRange);
  }

  @Test
  void everyIsniNumberIsAWellFormedOrcidId() {
    qt().forAll(IdentifierGenerators.isniTexts())
        .check(isni -> Orcid.parse(IdentifierGenerators.hyphenate(isni)).value().replace("-", "").equals(isni));
  }

  @Test
  void equalsAndHashCodeAgree() {
    qt().forAll(IdentifierGenerators.orcids(), IdentifierGenerators.orcids())
        .check((a, b) -> a.equals(b) == a.value().equals(b.value())
            && (!a.equals(b) || a.hashCode() == b.hashCode())
            && a.equals(b) == (a.compareTo(b) == 0)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void changingAnyOneCharacterIsDetected() {
    qt().forAll(IdentifierGenerators.isniTexts(), Generate.range(0, 15), Generate.range(1, 10))
        .checkAssert((compact, position, shift) -> {
          String wrong = IdentifierGenerators.hyphenate(replace(compact, position, shift));
          assertThat(Orcid.isValid(wrong)).as(wrong).isFalse();
          assertThatThrownBy(() -> Orcid.parse(wrong))
              .isInstanceOfSatisfying(InvalidModelException.class,
                  e -> assertThat(e.rule()).startsWith("check digit should be "));
        });
  }

  @Test
  void swappingTwoAdjacentDifferentCharactersIsDetected() {
    // The first pair of different neighbours from a drawn position on (wrapping round), rather than an
    // assumption that throws away draws: identifiers made mostly of one digit left too few to run.
    qt().forAll(IdentifierGenerators.isniTexts(), Generate.range(0, 14)).checkAssert((compact, start) -> {
      int position = differentNeighbours(compact, start);
      if (position >= 0) {
        String swapped = IdentifierGenerators.hyphenate(swap(compact, position));
        assertThat(Orcid.isValid(swapped)).as(swapped).isFalse();
      }
    });
  }

  static int differentNeighbours(String compact, int start) {
    for (int i = 0; i < compact.length() - 1; i++) {
      int position = (start + i) % (compact.length() - 1);
      if (compact.charAt(position) != compact.charAt(position + 1)) {
        return position;
      }
    }
    return -1;
  }

  /**
   * Replaces one character by a different one of the same kind: a digit, or for the check character,
   * a digit or X.
   */
  static String replace(String compact, int position, int shift) {
    String alphabet = position == compact.length() - 1 ? "0123456789X" : "0123456789";
    int step = 1 + (shift - 1) % (alphabet.length() - 1);
    int index = alphabet.indexOf(compact.charAt(position));
    char replacement = alphabet.charAt((index + step) % alphabet.length());
    return compact.substring(0, position) + replacement + compact.substring(position + 1);
  }

  static String swap(String text, int position) {
    char[] chars = text.toCharArray();
    char first = chars[position];
    chars[position] = chars[position + 1];
    chars[position + 1] = first;
    return new String(chars);
  }
}
