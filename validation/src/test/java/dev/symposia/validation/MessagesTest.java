package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.validation.internal.Language;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The message bundles: the same keys in every language, each message in its own language with the same
 * parameters, loadable by Hibernate Validator, and chosen for the locales each language serves.
 */
class MessagesTest {
  private static final String BASE = "ContributorValidationMessages";
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z_]+)}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** The Chinese bundles, by file suffix, and the language of the worded parameters they name. */
  private static final Map<String, Language> CHINESE = Map.of("_zh", Language.SIMPLIFIED_CHINESE,
      "_zh_Hant", Language.TRADITIONAL_CHINESE);

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      // As Hibernate Validator reads aggregated bundles: Properties.load(InputStream), ISO-8859-1.
      properties.load(in);
    }
    return properties;
  }

  /** Every bundle the module ships, by the suffix of its file name: "" for English, "_zh", "_zh_Hant". */
  private static Map<String, Properties> bundles() throws IOException {
    Map<String, Properties> bundles = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("target", "classes"))) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (name.startsWith(BASE) && name.endsWith(".properties")) {
          bundles.put(name.substring(BASE.length(), name.length() - ".properties".length()), load(name));
        }
      }
    }
    return bundles;
  }

  @Test
  void theModuleShipsEnglishSimplifiedChineseAndTraditionalChinese() throws IOException {
    assertThat(bundles().keySet()).containsExactly("", "_zh", "_zh_Hant");
  }

  @Test
  void everyBundleHasEveryKey() throws IOException {
    Map<String, Properties> bundles = bundles();
    Set<String> english = bundles.get("").stringPropertyNames();
    bundles.forEach((suffix, bundle) -> assertThat(bundle.stringPropertyNames()).as(BASE + suffix)
        .containsExactlyInAnyOrderElementsOf(english));
  }

  @Test
  void everyRuleHasItsDefaultMessageInEveryLanguage() throws Exception {
    Map<String, Properties> bundles = bundles();
    for (Rule rule : Rule.values()) {
      Method message = rule.constraint().getMethod("message");
      String template = (String) message.getDefaultValue();
      String key = template.substring(1, template.length() - 1);
      bundles.forEach((suffix, bundle) -> assertThat(bundle.getProperty(key)).as("%s in %s", key, BASE + suffix)
          .isNotBlank());
    }
  }

  @Test
  void chineseMessagesAreInChineseWithTheParametersOfTheEnglishOnesInTheirOwnLanguage() throws IOException {
    Map<String, Properties> bundles = bundles();
    Properties english = bundles.get("");
    for (Map.Entry<String, Language> chinese : CHINESE.entrySet()) {
      Properties bundle = bundles.get(chinese.getKey());
      Language language = chinese.getValue();
      for (String key : english.stringPropertyNames()) {
        String message = bundle.getProperty(key);
        assertThat(HAN.matcher(message).find()).as("%s in %s: %s", key, chinese.getKey(), message).isTrue();
        Set<String> englishParameters = parameters(english.getProperty(key));
        Set<String> parameters = parameters(message);
        // A worded parameter is named in the bundle's own language; the others as in English.
        Set<String> named = parameters.stream().map(p -> p.endsWith(language.suffix())
            ? p.substring(0, p.length() - language.suffix().length()) : p).collect(Collectors.toSet());
        assertThat(named).as("%s in %s", key, chinese.getKey()).isEqualTo(englishParameters);
        for (Language other : Language.values()) {
          if (other != language && other != Language.ENGLISH) {
            assertThat(message).as("%s in %s", key, chinese.getKey()).doesNotContain(other.suffix() + "}");
          }
        }
      }
    }
  }

  @Test
  void messagesUseParametersOnlySoThatNoExpressionLanguageIsNeeded() throws IOException {
    for (Properties bundle : bundles().values()) {
      for (Object value : bundle.values()) {
        assertThat((String) value).doesNotContain("$").doesNotContain("\\");
      }
    }
  }

  @Test
  void theModuleShipsNoValidationXmlAndNoValidationMessages() {
    Path classes = Path.of("target", "classes");
    assertThat(Files.exists(classes.resolve("META-INF/validation.xml"))).isFalse();
    assertThat(Files.exists(classes.resolve("ValidationMessages.properties"))).isFalse();
    assertThat(Files.exists(classes.resolve("ContributorValidationMessages.properties"))).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "en,         english",
    "en-GB,      english",
    "zh,         simplified",
    "zh-CN,      simplified",
    "zh-SG,      simplified",
    "zh-Hans,    simplified",
    "zh-Hans-CN, simplified",
    "zh-TW,      traditional",
    "zh-HK,      traditional",
    "zh-MO,      traditional",
    "zh-Hant,    traditional",
    "zh-Hant-TW, traditional",
    "zh-Hant-HK, traditional",
  })
  void eachLocaleGetsItsLanguage(String tag, String language) {
    Symposium symposium = symposium().addSessions(session("b", "2022-11-25", null).build()).build();
    String expected = Map.of(
        "english", "session b is dated 2022-11-25, outside the symposium's dates 2022-11-22/2022-11-24",
        "simplified", "场次 b 的日期 2022-11-25 不在会议日期 2022-11-22/2022-11-24 之内",
        "traditional", "場次 b 的日期 2022-11-25 不在會議日期 2022-11-22/2022-11-24 之內").get(language);

    assertThat(Finding.all(SymposiaValidation.validator(Locale.forLanguageTag(tag)).validate(symposium)))
        .extracting(Finding::message).containsExactly(expected);
  }

  @Test
  void codesAreUniqueAndFollowTheScheme() {
    Set<String> codes = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.code()).matches("SYM(-[A-Z]+)+");
      assertThat(codes.add(rule.code())).as(rule.code()).isTrue();
      assertThat(Rule.ofCode(rule.code())).hasValue(rule);
    }
    assertThat(Rule.ofCode("SYM-NOTHING")).isEmpty();
    assertThat(Rule.ofCode(null)).isEmpty();
  }

  private static Set<String> parameters(String message) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PARAMETER.matcher(message);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
