package dev.symposia.generators;

import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Generators of valid texts and localized texts, shared with the other modules' tests. */
public final class TextGenerators {
  private static final List<String> REAL_TEXTS = List.of(
      "International Symposium on Clinical and Translational Medicine",
      "国际临床与转化医学研讨会",
      "Chinese Academy of Engineering",
      "中国工程院",
      "Shanghai Clinical Research and Trial Center",
      "上海临床研究中心",
      "Yong Loo Lin School of Medicine",
      "Karolinska Institutet",
      "Université de Strasbourg",
      "東京大学",
      "香港中文大學",
      "LIU Enmei",
      "Adel K. El-Naggar",
      "COVID-19",
      "Innovation, Integration, Development",
      "tumour immunology");

  private static final List<String> LANGUAGE_TAGS = List.of(
      "en", "en-GB", "en-US", "zh", "zh-Hans", "zh-Hant", "zh-Hans-CN", "zh-Hant-HK", "ja", "de", "fr", "sv",
      "nl", "fi", "ru", "es-419", "sr-Latn");

  private TextGenerators() {}

  /**
   * Returns short non-blank texts such as names, titles and topics: real ones from the reference events,
   * and made-up ones of one to four words in Latin letters, accented letters or Chinese characters.
   */
  public static Gen<String> shortTexts() {
    Gen<Integer> latin = range('a', 'z');
    Gen<Integer> capitals = range('A', 'Z');
    Gen<Integer> accented = range(0xC0, 0xFF).map(c -> c == 0xD7 || c == 0xF7 ? 'e' : c);
    Gen<Integer> chinese = range(0x4E00, 0x9FA5);
    Gen<Integer> letters = frequency(
        Pair.of(6, latin), Pair.of(1, capitals), Pair.of(1, accented), Pair.of(3, chinese));
    Gen<String> words = lists().of(letters).ofSizeBetween(1, 10)
        .map(codePoints -> codePoints.stream().map(Character::toString).collect(Collectors.joining()));
    Gen<String> made = lists().of(words).ofSizeBetween(1, 4).map(list -> String.join(" ", list));
    return frequency(Pair.of(1, pick(REAL_TEXTS)), Pair.of(2, made));
  }

  /** Returns well-formed BCP 47 language tags that name a language, in canonical form. */
  public static Gen<String> languageTags() {
    return pick(LANGUAGE_TAGS);
  }

  /** Returns localized texts in one to four languages, some with the default language {@code en}. */
  public static Gen<LocalizedText> localizedTexts() {
    Gen<LocalizedText> primaries = frequency(
        Pair.of(1, shortTexts().map(text -> LocalizedText.of(text))),
        Pair.of(3, languageTags().zip(shortTexts(), (tag, text) -> LocalizedText.of(tag, text))));
    Gen<List<Pair<String, String>>> translations =
        lists().of(languageTags().zip(shortTexts(), Pair::of)).ofSizeBetween(0, 3);
    return primaries.zip(translations, (primary, more) -> {
      LocalizedText result = primary;
      for (Pair<String, String> translation : more) {
        result = result.with(translation._1, translation._2);
      }
      return result;
    });
  }
}
