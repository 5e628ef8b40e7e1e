package dev.symposia.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.IdentifierGenerators;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {
  private static final String FORMAT_RULE = "must be 10., a registrant code of 4 to 9 digits (and sub-codes), /"
      + " and a suffix of visible characters";
  private static final String SUFFIX_RULE = "suffix must be visible characters, without spaces, control or invisible format characters";
  private static final String URL_RULE = "must be a bare DOI, doi: and a DOI, or a doi.org URL";
  private static final String LENGTH_RULE = "must be at most 1000 characters long";

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
    "10.5555/12345678                              | 10.5555/12345678",
    "doi:10.5555/12345678                          | 10.5555/12345678",
    "DOI:10.5555/12345678                          | 10.5555/12345678",
    "https://doi.org/10.5555/12345678              | 10.5555/12345678",
    "http://doi.org/10.5555/12345678               | 10.5555/12345678",
    "https://dx.doi.org/10.5555/12345678           | 10.5555/12345678",
    "http://dx.doi.org/10.5555/12345678            | 10.5555/12345678",
    "HTTPS://DOI.ORG/10.5555/Fictional.Abstract.7  | 10.5555/Fictional.Abstract.7",
    "HTTP://DX.DOI.ORG/10.5555/x                   | 10.5555/x",
    // registrant codes of 4 and 9 digits, and sub-codes
    "10.1000/x                                     | 10.1000/x",
    "10.123456789/x                                | 10.123456789/x",
    "10.1000.10/abc                                | 10.1000.10/abc",
    "10.1000.1.22/abc                              | 10.1000.1.22/abc",
    // the suffix may hold any visible character, a slash included
    "10.5555/(SICI)0000-0000(203101)1:1<1::AID-X1>3.0.CO;2-Z | 10.5555/(SICI)0000-0000(203101)1:1<1::AID-X1>3.0.CO;2-Z",
    "10.5555/abc/def/ghi                           | 10.5555/abc/def/ghi",
    "10.5555/a%zz                                  | 10.5555/a%zz",
    "10.5555/摘要-é                                 | 10.5555/摘要-é",
    "10.5555/𝔸                                     | 10.5555/𝔸",
    // the doi: form is not a URL: nothing is decoded
    "doi:10.5555/a%2Fb                             | 10.5555/a%2Fb",
  })
  void everyAcceptedFormGivesTheBareDoi(String text, String value) {
    Doi doi = Doi.parse(text);

    assertThat(doi.value()).isEqualTo(value);
    assertThat(doi).hasToString(value);
    assertThat(Doi.isValid(text)).isTrue();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
    "https://doi.org/10.5555/a%2Fb                 | 10.5555/a/b",
    "https://doi.org/10.5555/a%2fb                 | 10.5555/a/b",
    "https://doi.org/10.5555%2F12345678            | 10.5555/12345678",
    "https://doi.org/%31%30.5555/x                 | 10.5555/x",
    "https://doi.org/10.5555/%3Cx%3E%23y%3Fz%25    | 10.5555/<x>#y?z%",
    "https://doi.org/10.5555/caf%C3%A9             | 10.5555/café",
    "https://dx.doi.org/10.5555/%E6%91%98%E8%A6%81 | 10.5555/摘要",
    "http://doi.org/10.5555/%F0%9D%94%B8           | 10.5555/𝔸",
    // characters outside ASCII in a URL are kept as they are
    "https://doi.org/10.5555/é%41                  | 10.5555/éA",
    "https://doi.org/10.5555/a+b                   | 10.5555/a+b",
  })
  void percentEscapesInAResolverUrlAreDecodedAsUtf8(String text, String value) {
    assertThat(Doi.parse(text).value()).isEqualTo(value);
  }

  @Test
  void lettersAreComparedWithoutRegardToCaseButKeptAsGiven() {
    Doi upper = Doi.parse("10.5555/FICTIONAL-Abstract");
    Doi lower = Doi.parse("https://doi.org/10.5555/fictional-abstract");

    assertThat(upper).isEqualTo(lower);
    assertThat(lower).isEqualTo(upper);
    assertThat(upper.hashCode()).isEqualTo(lower.hashCode());
    assertThat(upper.value()).isEqualTo("10.5555/FICTIONAL-Abstract");
    assertThat(lower.value()).isEqualTo("10.5555/fictional-abstract");
    assertThat(upper.uri()).hasToString("https://doi.org/10.5555/FICTIONAL-Abstract");
    assertThat(Doi.parse("10.5555/x")).isNotEqualTo(Doi.parse("10.5556/x")).isNotEqualTo("10.5555/x");
  }

  @Test
  void onlyAsciiLettersAreFolded() {
    assertThat(Doi.parse("10.5555/É")).isNotEqualTo(Doi.parse("10.5555/é"));
    assertThat(Doi.parse("10.5555/ß")).isNotEqualTo(Doi.parse("10.5555/SS"));
    assertThat(Doi.parse("10.5555/I")).isEqualTo(Doi.parse("10.5555/i"));
    assertThat(Doi.parse("10.5555/ı")).isNotEqualTo(Doi.parse("10.5555/I"));
  }

  @Test
  void foldingDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(Doi.parse("10.5555/TITLE")).isEqualTo(Doi.parse("10.5555/title"));
      assertThat(Doi.parse("10.5555/TITLE").hashCode()).isEqualTo(Doi.parse("10.5555/title").hashCode());
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', value = {
    "10.5555/12345678                 | https://doi.org/10.5555/12345678",
    "10.5555/(SICI)1:1;2-Z            | https://doi.org/10.5555/(SICI)1:1;2-Z",
    "10.5555/a-b._~!$&*+,=@c          | https://doi.org/10.5555/a-b._~!$&*+,=@c",
    "10.5555/<x>#y?z%                 | https://doi.org/10.5555/%3Cx%3E%23y%3Fz%25",
    "10.5555/café                     | https://doi.org/10.5555/caf%C3%A9",
    "10.5555/摘要                      | https://doi.org/10.5555/%E6%91%98%E8%A6%81",
    "10.5555/𝔸                        | https://doi.org/10.5555/%F0%9D%94%B8",
    "10.5555.1/abc/def                | https://doi.org/10.5555.1/abc/def",
  })
  void theUriPercentEncodesWhatAUrlCannotHold(String text, String uri) {
    Doi doi = Doi.parse(text);

    assertThat(doi.uri()).isEqualTo(URI.create(uri));
    assertThat(Doi.parse(doi.uri().toString())).isEqualTo(doi);
    assertThat(Doi.parse(doi.uri().toString()).value()).isEqualTo(doi.value());
  }

  @Test
  void quotesBracketsAndBarsAreEncodedToo() {
    Doi doi = Doi.parse("10.5555/a'[1]{2}|^`\"\\");

    assertThat(doi.uri()).hasToString("https://doi.org/10.5555/a'%5B1%5D%7B2%7D%7C%5E%60%22%5C");
    assertThat(Doi.parse(doi.uri().toString()).value()).isEqualTo(doi.value());
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', value = {
    "10.5555/12345678                  | 10.5555    | 12345678",
    "10.1000.10/abc/def                | 10.1000.10 | abc/def",
    "https://doi.org/10.123456789/x%2F | 10.123456789 | x/",
  })
  void thePrefixIsTheRegistrantsAndTheSuffixEverythingAfterTheFirstSlash(String text, String prefix,
      String suffix) {
    Doi doi = Doi.parse(text);

    assertThat(doi.prefix()).isEqualTo(prefix);
    assertThat(doi.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
    "10.123/abc                        | " + FORMAT_RULE,
    "10.1234567890/abc                 | " + FORMAT_RULE,
    "10.5555/                          | " + FORMAT_RULE,
    "10.5555                           | " + FORMAT_RULE,
    "10.5555.                          | " + FORMAT_RULE,
    "10.5555./abc                      | " + FORMAT_RULE,
    "10..5555/abc                      | " + FORMAT_RULE,
    "10.5555.1a/abc                    | " + FORMAT_RULE,
    "11.5555/abc                       | " + FORMAT_RULE,
    "10-5555/abc                       | " + FORMAT_RULE,
    "1O.5555/abc                       | " + FORMAT_RULE,
    "10.５５５５/abc                     | " + FORMAT_RULE,
    "'10.5555 /abc'                    | " + FORMAT_RULE,
    "' 10.5555/abc'                    | " + FORMAT_RULE,
    "''                                | " + FORMAT_RULE,
    "doi:                              | " + FORMAT_RULE,
    "doi: 10.5555/abc                  | " + FORMAT_RULE,
    "https://doi.org/                  | " + FORMAT_RULE,
    "https://example.org/10.5555/abc   | " + FORMAT_RULE,
    "doi.org/10.5555/abc               | " + FORMAT_RULE,
    "https://doi.org/doi:10.5555/abc   | " + FORMAT_RULE,
    "'10.5555/a b'                     | " + SUFFIX_RULE,
    "'10.5555/abc '                    | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%20b     | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%0Ab     | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%00      | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%7F      | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%C2%A0   | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%EF%BB%BF | " + SUFFIX_RULE,
    "https://doi.org/10.5555/a%2           | " + URL_RULE,
    "https://doi.org/10.5555/a%            | " + URL_RULE,
    "https://doi.org/10.5555/a%zz          | " + URL_RULE,
    "https://doi.org/10.5555/a%g1          | " + URL_RULE,
    "https://doi.org/10.5555/a%C3          | " + URL_RULE,
    "https://doi.org/10.5555/a%C3%28       | " + URL_RULE,
    "https://doi.org/10.5555/a%FF          | " + URL_RULE,
    "https://doi.org/10.5555/a%ED%A0%80    | " + URL_RULE,
    "https://doi.org/10.5555/a%C0%AF       | " + URL_RULE,
  })
  void parseRefusesWithTheBrokenRule(String text, String rule) {
    assertRefused(text, rule);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0009", "000A", "000D", "0000", "001F", "007F", "0085", "00A0", "1680", "2003", "2028",
      "2029", "202F", "3000", "FEFF", "00AD", "200B", "200D", "2060", "E0001"})
  void whitespaceAndControlCharactersAnywhereInTheSuffixAreRefused(String codePoint) {
    String c = Character.toString(Integer.parseInt(codePoint, 16));
    assertRefused("10.5555/" + c, SUFFIX_RULE);
    assertRefused("10.5555/a" + c + "b", SUFFIX_RULE);
    assertRefused("doi:10.5555/ab" + c, SUFFIX_RULE);
  }

  @Test
  void loneSurrogatesAreRefused() {
    assertRefused("10.5555/a\uD800", SUFFIX_RULE);
    assertRefused("10.5555/a\uD800b", SUFFIX_RULE);
    assertRefused("10.5555/\uDC00b", SUFFIX_RULE);
    assertRefused("10.5555/\uDD38\uD835", SUFFIX_RULE);
    assertRefused("https://doi.org/10.5555/a\uD800", SUFFIX_RULE);
    // In a URL that must be decoded, the surrogate makes the URL undecodable.
    assertRefused("https://doi.org/10.5555/a\uD800%41", URL_RULE);
    assertThat(Doi.parse("10.5555/a\uD835\uDD38").suffix()).isEqualTo("a\uD835\uDD38");
  }

  @Test
  void aDoiOfAtMostAThousandCharactersIsAccepted() {
    String longest = "10.5555/" + "a".repeat(Doi.MAX_LENGTH - 8);
    assertThat(Doi.parse(longest).value()).hasSize(Doi.MAX_LENGTH);
    assertThat(Doi.parse("https://dx.doi.org/" + longest).value()).isEqualTo(longest);
    assertThat(Doi.parse("doi:" + longest).value()).isEqualTo(longest);

    String tooLong = longest + "a";
    for (String text : List.of(tooLong, "doi:" + tooLong, "https://doi.org/" + tooLong)) {
      // A text that long is not repeated in the message.
      assertThatThrownBy(() -> Doi.parse(text)).isInstanceOf(InvalidModelException.class)
          .hasMessage("Doi.value: " + LENGTH_RULE);
      assertThat(Doi.isValid(text)).isFalse();
    }
  }

  @Test
  void aFarTooLongTextIsRefusedWithoutBeingRepeatedInTheMessage() {
    String text = "10.5555/" + "a".repeat(5000);
    assertThatThrownBy(() -> Doi.parse(text)).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      assertThat(e.type()).isEqualTo("Doi");
      assertThat(e.attribute()).isEqualTo("value");
      assertThat(e.rule()).isEqualTo(LENGTH_RULE);
      assertThat(e.getMessage()).isEqualTo("Doi.value: " + LENGTH_RULE);
    });
    assertThat(Doi.isValid(text)).isFalse();
  }

  @Test
  void nullIsRefusedWithTheModelException() {
    assertThatThrownBy(() -> Doi.parse(null)).isInstanceOfSatisfying(InvalidModelException.class, e -> {
      assertThat(e.attribute()).isEqualTo("value");
      assertThat(e.getMessage()).isEqualTo("Doi.value: is required");
      assertThat(e.offendingValue()).isEmpty();
    });
    assertThat(Doi.isValid(null)).isFalse();
  }

  @Test
  void generatedDoisReadBackFromTheirTextAndTheirUri() {
    qt().withExamples(500).forAll(IdentifierGenerators.dois()).checkAssert(doi -> {
      Doi fromText = Doi.parse(doi.toString());
      Doi fromUri = Doi.parse(doi.uri().toString());
      Doi fromScheme = Doi.parse("doi:" + doi);

      assertThat(fromText).isEqualTo(doi);
      assertThat(fromText.value()).isEqualTo(doi.value());
      assertThat(fromUri).isEqualTo(doi);
      assertThat(fromUri.value()).isEqualTo(doi.value());
      assertThat(fromScheme.value()).isEqualTo(doi.value());
      assertThat(doi.uri().getScheme()).isEqualTo("https");
      assertThat(doi.uri().getHost()).isEqualTo("doi.org");
      assertThat(doi.prefix() + "/" + doi.suffix()).isEqualTo(doi.value());
      assertThat(Doi.isValid(doi.uri().toString())).isTrue();
    });
  }

  @Test
  void generatedDoisAreEqualWhateverTheCaseOfTheirAsciiLetters() {
    qt().withExamples(300).forAll(IdentifierGenerators.dois()).checkAssert(doi -> {
      Doi upper = Doi.parse(asciiUpper(doi.value()));
      assertThat(upper).isEqualTo(doi);
      assertThat(upper.hashCode()).isEqualTo(doi.hashCode());
      assertThat(upper.value()).isEqualTo(asciiUpper(doi.value()));
    });
  }

  private static String asciiUpper(String text) {
    StringBuilder upper = new StringBuilder(text.length());
    text.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c)));
    return upper.toString();
  }

  @Test
  void aResolverUrlWithEscapesAndCharactersOutsideAsciiIsDecoded() {
    assertThat(Doi.parse("https://doi.org/10.5555/%41éééx").value()).isEqualTo("10.5555/Aéééx");
    assertThat(Doi.isValid("https://doi.org/10.5555/%41éééx")).isTrue();
  }

  @Test
  void theUriOfALongDoiWithEscapesIsReadBack() {
    Doi doi = Doi.parse("10.5555/" + "é".repeat(200));
    assertThat(Doi.parse(doi.uri().toString())).isEqualTo(doi);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "https://doi.org/10.5555/a%zz", "https://doi.org/10.5555/a%4z", "https://doi.org/10.5555/a%z4",
    "https://doi.org/10.5555/a%4", "https://doi.org/10.5555/a%", "https://doi.org/10.5555/a%41%4",
    "https://doi.org/10.5555/a%FF", "https://doi.org/10.5555/a%C3", "https://doi.org/10.5555/%41\uD835",
    "https://doi.org/10.5555/%41\uD835x", "https://doi.org/10.5555/%41\uDD38",
    // with an invalid high digit read as -1, these would be the four bytes of U+10000
    "https://doi.org/10.5555/a%z0%90%80%80",
  })
  void aResolverUrlWithAMalformedEscapeOrSequenceIsRefused(String text) {
    assertRefused(text, URL_RULE);
  }

  @Test
  void escapesAndCharactersOfEveryLengthInOneUrlDecodeInOrder() {
    // %30 has the digit 0 as its low half; U+007F is the last character a URL byte holds as it is, U+0080
    // the first it encodes (and, a control character, it is refused as a suffix, not as a URL).
    assertThat(Doi.parse("https://doi.org/10.5555/a%30%7E\u00e9\uD835\uDD38\u6458x").value())
        .isEqualTo("10.5555/a0~\u00e9\uD835\uDD38\u6458x");
    assertThat(Doi.parse("https://doi.org/10.5555/%41\uD835\uDD38").value()).isEqualTo("10.5555/A\uD835\uDD38");
    assertRefused("https://doi.org/10.5555/%41\u0080", SUFFIX_RULE);
    assertRefused("https://doi.org/10.5555/%41\u007F", SUFFIX_RULE);
  }

  @Test
  void everyDigitAndLetterIsKeptAsItIsInTheUri() {
    String kept = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    assertThat(Doi.parse("10.5555/" + kept).uri()).hasToString("https://doi.org/10.5555/" + kept);
  }

  @Test
  void onlyTheLettersAToZAreFoldedNotTheCharactersAfterThem() {
    // '{', '|', '}' and '~' come 32 after '[', '\\', ']' and '^', as 'a' comes 32 after 'A'.
    assertThat(Doi.parse("10.5555/a{b")).isNotEqualTo(Doi.parse("10.5555/a[b"));
    assertThat(Doi.parse("10.5555/a|b")).isNotEqualTo(Doi.parse("10.5555/a\\b"));
    assertThat(Doi.parse("10.5555/a~b")).isNotEqualTo(Doi.parse("10.5555/a^b"));
  }

  @Test
  void distinctDoisMostlyHaveDistinctHashCodes() {
    long distinct = java.util.stream.IntStream.range(0, 100)
        .mapToObj(i -> Doi.parse("10.5555/" + i).hashCode()).distinct().count();
    assertThat(distinct).isGreaterThan(90);
  }

  @Test
  void textsAroundTheLongestInputAreRefusedForTheirLengthAndALongEscapedUrlIsRead() {
    // The longest input: a resolver URL whose thousand characters are each three escaped bytes of UTF-8.
    int longest = "https://dx.doi.org/".length() + 9 * Doi.MAX_LENGTH;
    String atTheLimit = "x".repeat(longest);
    assertThatThrownBy(() -> Doi.parse(atTheLimit)).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.rule()).isEqualTo(LENGTH_RULE));
    assertThatThrownBy(() -> Doi.parse("x" + atTheLimit)).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.rule()).isEqualTo(LENGTH_RULE));
    String url = "https://dx.doi.org/%31%30.5555/" + "%E6%91%98".repeat(Doi.MAX_LENGTH - 8);
    assertThat(Doi.parse(url).value()).hasSize(Doi.MAX_LENGTH);
    assertThat(Doi.isValid(url)).isTrue();
  }

  private static void assertRefused(String text, String rule) {
    assertThatThrownBy(() -> Doi.parse(text)).as("%s", text).isInstanceOfSatisfying(InvalidModelException.class,
        e -> {
          assertThat(e.type()).isEqualTo("Doi");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.getMessage()).isEqualTo("Doi.value: " + rule + " (was \"" + text + "\")");
        });
    assertThat(Doi.isValid(text)).as("isValid(%s)", text).isFalse();
  }
}
