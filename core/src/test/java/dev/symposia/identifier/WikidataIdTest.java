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

class WikidataIdTest {
  private static final String FORMAT_RULE = "must be Q followed by a positive number without leading zeros";
  private static final String URI_RULE = "must be a bare QID or a URI starting with http://www.wikidata.org/entity/"
      + " or https://www.wikidata.org/wiki/";

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // Douglas Adams
    "Q42,                                   Q42,   42",
    "http://www.wikidata.org/entity/Q42,    Q42,   42",
    "https://www.wikidata.org/entity/Q42,   Q42,   42",
    "https://www.wikidata.org/wiki/Q42,     Q42,   42",
    "http://www.wikidata.org/wiki/Q42,      Q42,   42",
    // World Health Organization
    "Q7817,                                 Q7817, 7817",
    "Q1,                                    Q1,    1",
    "Q9223372036854775807,                  Q9223372036854775807, 9223372036854775807",
  })
  void parseAcceptsQidsAndWikidataUris(String text, String value, long number) {
    WikidataId id = WikidataId.parse(text);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.number()).isEqualTo(number);
    assertThat(id).hasToString("http://www.wikidata.org/entity/" + value);
    assertThat(id.uri()).isEqualTo(URI.create("http://www.wikidata.org/entity/" + value));
    assertThat(WikidataId.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
    "q42                                       | " + FORMAT_RULE,
    "Q042                                      | " + FORMAT_RULE,
    "Q0                                        | " + FORMAT_RULE,
    "Q                                         | " + FORMAT_RULE,
    "42                                        | " + FORMAT_RULE,
    "Q-1                                       | " + FORMAT_RULE,
    "Q+1                                       | " + FORMAT_RULE,
    "Q4 2                                      | " + FORMAT_RULE,
    "'Q42 '                                    | " + FORMAT_RULE,
    "' Q42'                                    | " + FORMAT_RULE,
    "Q４２                                      | " + FORMAT_RULE,
    "P31                                       | " + FORMAT_RULE,
    "L1                                        | " + FORMAT_RULE,
    "https://www.wikidata.org/wiki/Q42#P31     | " + FORMAT_RULE,
    "https://www.wikidata.org/wiki/Q42?uselang=fr | " + FORMAT_RULE,
    "''                                        | " + FORMAT_RULE,
    "Q9223372036854775808                      | number must be at most 9223372036854775807",
    "Q99999999999999999999                     | number must be at most 9223372036854775807",
    "https://wikidata.org/wiki/Q42             | " + URI_RULE,
    "https://www.wikidata.org/wiki/Property:P31 | " + URI_RULE,
    "https://www.wikidata.org/entity/Q42/      | " + URI_RULE,
    "wd:Q42                                    | " + URI_RULE,
  })
  void parseRefusesNearMissesWithTheBrokenRule(String text, String rule) {
    assertThatThrownBy(() -> WikidataId.parse(text))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("WikidataId");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.offendingValue()).contains(text);
        });
    assertThat(WikidataId.isValid(text)).isFalse();
  }

  @Test
  void aLeadingZeroIsRefusedWithTheFormatInTheMessage() {
    assertThatThrownBy(() -> WikidataId.parse("Q042"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage(
            "WikidataId.value: must be Q followed by a positive number without leading zeros (was \"Q042\")");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> WikidataId.parse(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("WikidataId.value: is required");
    assertThat(WikidataId.isValid(null)).isFalse();
  }

  @Test
  void ofTakesThePositiveNumber() {
    assertThat(WikidataId.of(42)).isEqualTo(WikidataId.parse("Q42"));
    assertThatThrownBy(() -> WikidataId.of(0))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("WikidataId.value: number must be positive (was 0)");
    assertThatThrownBy(() -> WikidataId.of(Long.MIN_VALUE))
        .hasMessage("WikidataId.value: number must be positive (was -9223372036854775808)");
  }

  @Test
  void ordersByNumberNotByText() {
    assertThat(WikidataId.parse("Q9")).isLessThan(WikidataId.parse("Q10"));
    assertThat(WikidataId.parse("Q100")).isGreaterThan(WikidataId.parse("Q99"));
  }

  @Test
  void allFormsOfOneItemAreEqual() {
    WikidataId bare = WikidataId.parse("Q42");
    WikidataId page = WikidataId.parse("https://www.wikidata.org/wiki/Q42");

    assertThat(page).isEqualTo(bare).hasSameHashCodeAs(bare).isEqualByComparingTo(bare);
    assertThat(bare).isNotEqualTo(WikidataId.parse("Q43")).isNotEqualTo("Q42");
  }

  @Test
  void toStringValueAndNumberAreReadBack() {
    qt().forAll(IdentifierGenerators.wikidataIds()).checkAssert(id -> {
      assertThat(WikidataId.parse(id.toString())).isEqualTo(id);
      assertThat(WikidataId.parse(id.value())).isEqualTo(id);
      assertThat(WikidataId.of(id.number())).isEqualTo(id);
      assertThat(id.value()).isEqualTo("Q" + id.number());
    });
  }

  @Test
  void equalsHashCodeAndOrderAgree() {
    qt().forAll(IdentifierGenerators.wikidataIds(), IdentifierGenerators.wikidataIds())
        .check((a, b) -> a.equals(b) == (a.number() == b.number())
            && (!a.equals(b) || a.hashCode() == b.hashCode())
            // both numbers are positive, so the difference cannot overflow
            && Integer.signum(a.compareTo(b)) == Long.signum(a.number() - b.number()));
  }
}
