package dev.symposia.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.PlaceGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {
  private static final String LETTERS_RULE = "must be two upper-case letters";
  private static final String ASSIGNED_RULE = "is not an assigned ISO 3166-1 alpha-2 code";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CN", "HK", "MO", "TW", "PR", "DE", "US", "GB", "SS", "CW", "SX", "BQ", "AX", "PS", "ZW"})
  void ofAcceptsAssignedCodesIncludingTerritories(String value) {
    CountryCode code = CountryCode.of(value);

    assertThat(code.value()).isEqualTo(value);
    assertThat(code).hasToString(value);
    assertThat(CountryCode.isValid(value)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
    "cn   | " + LETTERS_RULE,
    "Cn   | " + LETTERS_RULE,
    "C    | " + LETTERS_RULE,
    "CHN  | " + LETTERS_RULE,
    "156  | " + LETTERS_RULE,
    "'CN '| " + LETTERS_RULE,
    "C1   | " + LETTERS_RULE,
    "ÄB   | " + LETTERS_RULE,
    "ＣＮ   | " + LETTERS_RULE,
    "''   | " + LETTERS_RULE,
    "UK   | " + ASSIGNED_RULE,
    "EU   | " + ASSIGNED_RULE,
    "XK   | " + ASSIGNED_RULE,
    "AN   | " + ASSIGNED_RULE,
    "YU   | " + ASSIGNED_RULE,
    "CS   | " + ASSIGNED_RULE,
    "ZZ   | " + ASSIGNED_RULE,
    "AA   | " + ASSIGNED_RULE,
  })
  void ofRefusesNearMissesWithTheBrokenRule(String value, String rule) {
    assertThatThrownBy(() -> CountryCode.of(value))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("CountryCode");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.offendingValue()).contains(value);
        });
    assertThat(CountryCode.isValid(value)).isFalse();
  }

  @Test
  void messagesNameTheRuleAndTheValue() {
    assertThatThrownBy(() -> CountryCode.of("cn"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("CountryCode.value: must be two upper-case letters (was \"cn\")");
    assertThatThrownBy(() -> CountryCode.of("UK"))
        .hasMessage("CountryCode.value: is not an assigned ISO 3166-1 alpha-2 code (was \"UK\")");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> CountryCode.of(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("CountryCode.value: is required");
    assertThat(CountryCode.isValid(null)).isFalse();
  }

  @Test
  void acceptsExactlyTheAssignedCodesAmongAllPairsOfLetters() {
    List<String> accepted = new ArrayList<>();
    for (char first = 'A'; first <= 'Z'; first++) {
      for (char second = 'A'; second <= 'Z'; second++) {
        String value = "" + first + second;
        if (CountryCode.isValid(value)) {
          accepted.add(value);
        }
      }
    }

    assertThat(accepted).hasSize(249).isEqualTo(PlaceGenerators.assignedCountryCodes());
  }

  @Test
  void agreesWithTheLocaleDataOfTheRunningJava() {
    // The class keeps its own list so as not to change with the JDK; should a later JDK differ, check
    // ISO 3166-1 before updating either list.
    assertThat(new TreeSet<>(Arrays.asList(Locale.getISOCountries())))
        .containsExactlyElementsOf(PlaceGenerators.assignedCountryCodes());
  }

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource({
    "CN, en, China",
    "DE, de, Deutschland",
    "FR, fr, France",
    "PR, en, Puerto Rico",
  })
  void displayNameComesFromTheLocaleData(String value, String language, String name) {
    assertThat(CountryCode.of(value).displayName(Locale.forLanguageTag(language))).isEqualTo(name);
  }

  @Test
  void everyCodeHasADisplayNameInEnglish() {
    qt().forAll(PlaceGenerators.countryCodes())
        .check(code -> !code.displayName(Locale.ENGLISH).isBlank()
            && !code.displayName(Locale.ENGLISH).equals(code.value()));
  }

  @Test
  void displayNameRequiresALocale() {
    assertThatThrownBy(() -> CountryCode.of("CN").displayName(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("CountryCode.locale: is required");
  }

  @Test
  void equalityAndOrderFollowTheCode() {
    assertThat(CountryCode.of("CN")).isEqualTo(CountryCode.of("CN")).hasSameHashCodeAs(CountryCode.of("CN"));
    assertThat(CountryCode.of("CN")).isNotEqualTo(CountryCode.of("TW")).isNotEqualTo("CN");
    assertThat(CountryCode.of("CN")).isLessThan(CountryCode.of("HK"));
  }

  @Test
  void toStringIsReadBack() {
    qt().forAll(PlaceGenerators.countryCodes()).checkAssert(code -> {
      assertThat(CountryCode.of(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
      assertThat(CountryCode.of(code.value())).isEqualByComparingTo(code);
    });
  }

  @Test
  void equalsHashCodeAndOrderAgree() {
    qt().forAll(PlaceGenerators.countryCodes(), PlaceGenerators.countryCodes())
        .check((a, b) -> a.equals(b) == a.value().equals(b.value())
            && (!a.equals(b) || a.hashCode() == b.hashCode())
            && Integer.signum(a.compareTo(b)) == Integer.signum(a.value().compareTo(b.value())));
  }
}
