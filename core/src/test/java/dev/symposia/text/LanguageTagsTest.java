package dev.symposia.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.internal.LanguageTags;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"de-DE-1901-1901, 1901", "en-u-ca-gregory-u-nu-latn, u", "en-t-de-T-fr, t",
      "sl-rozaj-biske-rozaj, rozaj", "sl-rozaj-ROZAJ, rozaj", "en-u-ca-gregory-U-nu-latn, u"})
  void tagsThatRepeatAVariantOrAnExtensionAreRefusedEverywhere(String tag, String repeated) {
    assertThatThrownBy(() -> LanguageTags.parse(tag)).isInstanceOf(IllformedLocaleException.class)
        .hasMessage("repeated subtag: " + repeated);
    assertThatThrownBy(() -> LocalizedText.of(tag, "text")).isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.language: must be a well-formed BCP 47 language tag (was \"" + tag + "\")");
    assertThatThrownBy(() -> LocalizedText.parseLanguageTag(tag)).isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.language: must be a well-formed BCP 47 language tag (was \"" + tag + "\")");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh-Hans", "zh-Hant-TW", "de-1901-1996", "en-u-ca-gregory-nu-latn", "en-x-a-a",
      "sl-rozaj-biske-1994", "en-a-bbb-x-a-ccc", "x-grs-grs-ozx-gro", "x-s-s-a",
      // A subtag shaped like a variant may repeat inside an extension or after "x"; a numeric region after
      // one extended language subtag is not a second one.
      "en-a-bbbbb-bbbbb", "de-DE-1901-x-1901-1901", "zh-yue-419", "es-419"})
  void wellFormedTagsReadAsTheJdkReadsThem(String tag) {
    assertThat(LanguageTags.parse(tag)).isEqualTo(new Locale.Builder().setLanguageTag(tag).build());
    assertThat(LocalizedText.parseLanguageTag(tag)).isEqualTo(LanguageTags.parse(tag));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dE-unD-tie", "de-abc-def", "zh-yue-gan", "zh-yue-aaa", "zh-yue-zzz", "zh-YUE-AAA",
      "zh-yue-ZZZ", "chi-yue-gan"})
  void tagsThatLocaleWouldRewriteIntoAnotherLanguageAreRefused(String tag) {
    // Found by ValueParsersFuzzTest#languageTag: Locale makes "dE-unD-tie" the language "und", which reads
    // back as no language, and keeps one extended language subtag of several.
    assertThatThrownBy(() -> LanguageTags.parse(tag)).isInstanceOf(IllformedLocaleException.class)
        .hasMessage("not kept by java.util.Locale as written: " + tag);
    assertThatThrownBy(() -> LocalizedText.parseLanguageTag(tag)).isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.language: must be a well-formed BCP 47 language tag (was \"" + tag + "\")");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"und", "UND", "Und-GB", "de-und"})
  void everySpellingOfTheUndeterminedLanguageReadsAsNoLanguage(String tag) {
    Locale locale = LanguageTags.parse(tag);
    assertThat(locale.getLanguage()).isEmpty();
    assertThat(LanguageTags.parse(locale.toLanguageTag())).isEqualTo(locale);
  }

  @Test
  void oneExtendedLanguageSubtagIsKeptAsLocaleKeepsIt() {
    assertThat(LanguageTags.parse("zh-yue")).isEqualTo(Locale.forLanguageTag("yue"));
    assertThat(LanguageTags.parse("zh-yue-HK")).isEqualTo(Locale.forLanguageTag("yue-HK"));
  }

  @Test
  void whatTheJdkRefusesStaysRefused() {
    assertThatThrownBy(() -> LanguageTags.parse("de-1901-DE")).isInstanceOf(IllformedLocaleException.class);
    assertThatThrownBy(() -> LanguageTags.parse("")).isInstanceOf(IllformedLocaleException.class);
  }

  @Test
  void aLegacyLocaleThatItsTagNamesAsAnotherIsRefusedAsANamesLanguage() {
    Locale nynorsk = new Locale("no", "NO", "NY");
    assertThat(LanguageTags.isTagged(nynorsk)).isFalse();
    assertThat(LanguageTags.isTagged(Locale.forLanguageTag("nn-NO"))).isTrue();
    assertThatThrownBy(() -> PersonName.builder().familyName("Nordmann").order(NameOrder.GIVEN_FIRST)
        .language(nynorsk).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("PersonName.language: must be the locale its language tag nn-NO names (was \"no_NO_NY\")");
    assertThat(PersonName.builder().familyName("Nordmann").order(NameOrder.GIVEN_FIRST)
        .language(Locale.forLanguageTag("nn-NO")).build().language()).contains(Locale.forLanguageTag("nn-NO"));
  }
}
