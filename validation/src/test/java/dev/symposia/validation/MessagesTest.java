package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message bundles: complete in both languages, and loadable by Hibernate Validator. */
class MessagesTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      // As Hibernate Validator reads aggregated bundles: Properties.load(InputStream), ISO-8859-1.
      properties.load(in);
    }
    return properties;
  }

  @Test
  void everyRuleHasItsDefaultMessageInEnglishAndSimplifiedChinese() throws Exception {
    Properties english = load("ContributorValidationMessages.properties");
    Properties chinese = load("ContributorValidationMessages_zh_CN.properties");

    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (Rule rule : Rule.values()) {
      Method message = rule.constraint().getMethod("message");
      String template = (String) message.getDefaultValue();
      String key = template.substring(1, template.length() - 1);
      assertThat(english.getProperty(key)).as(rule.code()).isNotBlank();
      assertThat(chinese.getProperty(key)).as(rule.code()).matches(".*[\\u4e00-\\u9fff].*");
      assertThat(parameters(chinese.getProperty(key))).as(rule.code()).isEqualTo(parameters(english.getProperty(key)));
    }
  }

  @Test
  void messagesUseParametersOnlySoThatNoExpressionLanguageIsNeeded() throws IOException {
    for (String name : new String[] {"ContributorValidationMessages.properties",
      "ContributorValidationMessages_zh_CN.properties"}) {
      for (Object value : load(name).values()) {
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
