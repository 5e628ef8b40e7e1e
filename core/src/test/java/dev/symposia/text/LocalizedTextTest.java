package dev.symposia.text;

import static dev.symposia.generators.TextGenerators.languageTags;
import static dev.symposia.generators.TextGenerators.localizedTexts;
import static dev.symposia.generators.TextGenerators.shortTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  private static final String ILL_FORMED = "LocalizedText.language: must be a well-formed BCP 47 language tag";
  private static final String NO_LANGUAGE =
      "LocalizedText.language: must name a language, not \"und\" or a private-use tag";

  @Test
  void textWithoutLanguageIsEnglish() {
    LocalizedText name = LocalizedText.of("Karolinska Institute");

    assertThat(name.primaryLanguage()).isEqualTo(Locale.forLanguageTag("en"));
    assertThat(name.in("en")).contains("Karolinska Institute");
    assertThat(name).isEqualTo(LocalizedText.of("en", "Karolinska Institute"));
  }

  @ParameterizedTest(name = "{0} is kept as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en                 | en
      EN-gb              | en-GB
      zh-hans-cn         | zh-Hans-CN
      zh-Hant-HK         | zh-Hant-HK
      iw                 | he
      es-419             | es-419
      de-DE-1996         | de-DE-1996
      en-GB-u-ca-gregory | en-GB-u-ca-gregory
      i-klingon          | tlh
      """)
  void languageTagsAreKeptInCanonicalForm(String tag, String canonical) {
    LocalizedText text = LocalizedText.of(tag, "名称");

    assertThat(text.primaryLanguage().toLanguageTag()).isEqualTo(canonical);
    assertThat(text.in(canonical)).contains("名称");
    assertThat(text.in(tag)).contains("名称");
    assertThat(text).isEqualTo(LocalizedText.of(Locale.forLanguageTag(canonical), "名称"));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"en_GB", "", "en-", "123", "e", "toolonglanguage", "-en", "en--GB", "zh_CN"})
  void illFormedLanguageTagsAreRefused(String tag) {
    assertRefused(() -> LocalizedText.of(tag, "Shanghai"), ILL_FORMED + " (was \"" + tag + "\")");
    assertRefused(() -> LocalizedText.of("Shanghai").with(tag, "上海"), ILL_FORMED + " (was \"" + tag + "\")");
    assertRefused(() -> LocalizedText.of("Shanghai").in(tag), ILL_FORMED + " (was \"" + tag + "\")");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"und", "UND", "und-GB", "Und-GB", "x-private", "und-x-private"})
  void tagsThatNameNoLanguageAreRefused(String tag) {
    assertRefused(() -> LocalizedText.of(tag, "Shanghai"), NO_LANGUAGE + " (was \"" + tag + "\")");
  }

  @Test
  void localesThatNameNoLanguageAreRefused() {
    assertRefused(() -> LocalizedText.of(Locale.ROOT, "Shanghai"), NO_LANGUAGE + " (was \"und\")");
    assertRefused(() -> LocalizedText.of(new Locale("en_GB"), "Shanghai"), NO_LANGUAGE + " (was \"en_gb\")");
  }

  @ParameterizedTest(name = "\"{0}\" is blank")
  @ValueSource(strings = {"", " ", "  ", "\t", "\n", "\u3000", "\u00A0", " \u2003 ", "\u0085", "\uFEFF",
      "\u001F"})
  void blankTextsAreRefused(String text) {
    String message = "LocalizedText.text: must not be blank (was \"" + text + "\")";
    assertRefused(() -> LocalizedText.of(text), message);
    assertRefused(() -> LocalizedText.of("zh", text), message);
    assertRefused(() -> LocalizedText.of(Locale.CHINESE, text), message);
    assertRefused(() -> LocalizedText.of("上海").with("zh", text), message);
  }
  @ParameterizedTest(name = "\"{0}\" is not blank")
  @ValueSource(strings = {"a", " \u00A0x", "\u3001", "\u4E0A\u6D77", "\uFEFF\u4E0A", "\u3000\u4E0A", "\uD83E\uDDE0"})
  void textsWithAVisibleCharacterAreKept(String text) {
    assertThat(LocalizedText.of(text).text()).isEqualTo(text);
  }


  @Test
  void blankTextMessageShowsTheText() {
    assertRefused(() -> LocalizedText.of("  "), "LocalizedText.text: must not be blank (was \"  \")");
  }

  @Test
  void textsAreKeptExactlyAsGiven() {
    assertThat(LocalizedText.of(" Fudan University ").text()).isEqualTo(" Fudan University ");
  }

  @Test
  void nullArgumentsAreRefusedWithTheModelException() {
    assertRefused(() -> LocalizedText.of((String) null), "LocalizedText.text: is required");
    assertRefused(() -> LocalizedText.of("en", null), "LocalizedText.text: is required");
    assertRefused(() -> LocalizedText.of((String) null, "Shanghai"), "LocalizedText.language: is required");
    assertRefused(() -> LocalizedText.of((Locale) null, "Shanghai"), "LocalizedText.language: is required");
    assertRefused(() -> LocalizedText.of((Map<String, String>) null), "LocalizedText.texts: is required");
    assertRefused(() -> LocalizedText.of("x").with((String) null, "y"), "LocalizedText.language: is required");
    assertRefused(() -> LocalizedText.of("x").with((Locale) null, "y"), "LocalizedText.language: is required");
    assertRefused(() -> LocalizedText.of("x").with("zh", null), "LocalizedText.text: is required");
    assertRefused(() -> LocalizedText.of("x").in((String) null), "LocalizedText.language: is required");
    assertRefused(() -> LocalizedText.of("x").in((Locale) null), "LocalizedText.language: is required");
    Map<String, String> nullText = new HashMap<>();
    nullText.put("en", null);
    assertRefused(() -> LocalizedText.of(nullText), "LocalizedText.text: is required");
    Map<String, String> nullTag = new HashMap<>();
    nullTag.put(null, "Shanghai");
    assertRefused(() -> LocalizedText.of(nullTag), "LocalizedText.language: is required");
  }

  @Test
  void mapOfTextsKeepsItsOrderAndRefusesRepeatedLanguages() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("zh-Hans", "上海科技大学");
    texts.put("en", "ShanghaiTech University");
    LocalizedText name = LocalizedText.of(texts);

    assertThat(name.text()).isEqualTo("上海科技大学");
    assertThat(name.languages()).containsExactly(Locale.forLanguageTag("zh-Hans"), Locale.ENGLISH);

    texts.put("ZH-hans", "上海科大");
    assertRefused(() -> LocalizedText.of(texts),
        "LocalizedText.language: must not repeat a language (was \"ZH-hans\")");
    assertRefused(() -> LocalizedText.of(Map.of()), "LocalizedText.texts: must contain at least one text");
  }

  @Test
  void withAddsTranslationsAfterThePrimaryInTheOrderAdded() {
    LocalizedText name = LocalizedText.of("Chinese Academy of Engineering")
        .with("zh-Hans", "中国工程院")
        .with("fr", "Académie chinoise d'ingénierie");

    assertThat(name.text()).isEqualTo("Chinese Academy of Engineering");
    assertThat(name.asMap()).containsExactly(
        Map.entry(Locale.ENGLISH, "Chinese Academy of Engineering"),
        Map.entry(Locale.forLanguageTag("zh-Hans"), "中国工程院"),
        Map.entry(Locale.FRENCH, "Académie chinoise d'ingénierie"));
    assertThat(name.in(Locale.FRENCH)).contains("Académie chinoise d'ingénierie");
    assertThat(name.in("zh")).isEmpty();
    assertThat(name.in("en-GB")).isEmpty();
  }

  @Test
  void withReplacesATranslationInItsPlace() {
    LocalizedText name = LocalizedText.of("en", "Fudan").with("zh", "复旦").with("ja", "復旦");

    LocalizedText replaced = name.with("ZH", "复旦大学");

    assertThat(replaced.asMap().values()).containsExactly("Fudan", "复旦大学", "復旦");
    assertThat(name.in("zh")).contains("复旦");
  }

  @Test
  void withTheSameTextReturnsTheSameInstance() {
    LocalizedText name = LocalizedText.of("en", "Fudan").with("zh", "复旦");

    assertThat(name.with("zh", "复旦")).isSameAs(name);
    assertThat(name.with(Locale.ENGLISH, "Fudan")).isSameAs(name);
  }

  @Test
  void primaryLanguageMattersForEquality() {
    LocalizedText english = LocalizedText.of("en", "Fudan").with("zh", "复旦");
    LocalizedText chinese = LocalizedText.of("zh", "复旦").with("en", "Fudan");

    assertThat(english).isNotEqualTo(chinese);
    assertThat(english.asMap()).isEqualTo(chinese.asMap());
  }

  @Test
  void toStringIsThePrimaryText() {
    assertThat(LocalizedText.of("zh-Hans", "上海").with("en", "Shanghai")).hasToString("上海");
  }

  @Test
  void viewsCannotBeModified() {
    LocalizedText name = LocalizedText.of("Fudan");

    assertThatThrownBy(() -> name.asMap().put(Locale.CHINESE, "复旦")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> name.languages().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(name.asMap()).hasSize(1);
  }

  @Test
  void withKeepsThePrimary() {
    qt().forAll(localizedTexts(), languageTags(), shortTexts()).checkAssert((text, tag, translation) -> {
      LocalizedText more = text.with(tag, translation);
      assertThat(more.primaryLanguage()).isEqualTo(text.primaryLanguage());
      assertThat(more.in(tag)).contains(translation);
      if (!more.primaryLanguage().equals(Locale.forLanguageTag(tag))) {
        assertThat(more.text()).isEqualTo(text.text());
      }
    });
  }

  @Test
  void withKeepsTheOrderOfEarlierLanguages() {
    qt().forAll(localizedTexts(), languageTags(), shortTexts()).checkAssert((text, tag, translation) -> {
      List<Locale> before = new ArrayList<>(text.languages());
      List<Locale> after = new ArrayList<>(text.with(tag, translation).languages());
      assertThat(after.subList(0, before.size())).isEqualTo(before);
      assertThat(after.size() - before.size()).isEqualTo(before.contains(Locale.forLanguageTag(tag)) ? 0 : 1);
    });
  }

  @Test
  void everyLanguageFindsItsText() {
    qt().forAll(localizedTexts()).checkAssert(text -> {
      assertThat(text.languages()).containsExactlyElementsOf(text.asMap().keySet());
      assertThat(text.languages().iterator().next()).isEqualTo(text.primaryLanguage());
      text.asMap().forEach((language, string) -> {
        assertThat(text.in(language)).contains(string);
        assertThat(text.in(language.toLanguageTag())).contains(string);
      });
    });
  }

  @Test
  void rebuildingFromTheMapGivesAnEqualTextWithTheSameHashCode() {
    qt().forAll(localizedTexts(), localizedTexts()).checkAssert((a, b) -> {
      Map<String, String> byTag = new LinkedHashMap<>();
      a.asMap().forEach((language, string) -> byTag.put(language.toLanguageTag(), string));
      LocalizedText copy = LocalizedText.of(byTag);
      assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(b)).isEqualTo(List.copyOf(a.asMap().entrySet()).equals(List.copyOf(b.asMap().entrySet())));
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
