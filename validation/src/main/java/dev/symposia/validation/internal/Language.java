package dev.symposia.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * A language the module writes its messages in, with the words that values of the model become in it.
 *
 * <p>Every message parameter whose value is worded (a statistic, an attendance mode, an earlier plan, a text
 * of the record; see {@link Wording}) is given once in English under its own name, such as {@code part},
 * and once in each other language under its name followed by the language's {@linkplain #suffix() suffix},
 * such as {@code part_zh_Hans}: a bundle's message names the parameter in its own language. So the words are
 * chosen with the message, by the bundle that Hibernate Validator picks for the locale, whatever message
 * interpolator, locale resolver or framework does the picking.
 *
 * <p>The words are read once, from {@code words*.properties} next to this class. Thread-safe.
 */
public enum Language {
  /** English: the bundle {@code ContributorValidationMessages}, and the words of {@code words.properties}. */
  ENGLISH("", "words.properties", Locale.ENGLISH),
  /** Simplified Chinese: the bundle {@code ContributorValidationMessages_zh} (zh, zh-CN, zh-Hans, zh-SG). */
  SIMPLIFIED_CHINESE("_zh_Hans", "words_zh_Hans.properties", Locale.forLanguageTag("zh-Hans")),
  /** Traditional Chinese: the bundle {@code ContributorValidationMessages_zh_Hant} (zh-TW, zh-HK, zh-Hant). */
  TRADITIONAL_CHINESE("_zh_Hant", "words_zh_Hant.properties", Locale.forLanguageTag("zh-Hant"));

  /** The languages other than English, whose parameters carry a suffix. */
  public static final List<Language> TRANSLATIONS = List.of(SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE);

  private final String suffix;
  private final String resource;
  private final Locale locale;
  private volatile Properties words;

  Language(String suffix, String resource, Locale locale) {
    this.suffix = suffix;
    this.resource = resource;
    this.locale = locale;
  }

  /**
   * Returns what follows a parameter's name when its value is worded in this language.
   *
   * @return {@code ""} for English, {@code "_zh_Hans"} or {@code "_zh_Hant"}; never null
   */
  public String suffix() {
    return suffix;
  }

  /**
   * Returns the language as a locale, with its script for Chinese.
   *
   * @return {@code en}, {@code zh-Hans} or {@code zh-Hant}; never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells whether this language has a word or template under a key.
   *
   * @param key the key, such as {@code Measure.EXPERTS}; not null
   * @return true if the key is present
   */
  public boolean has(String key) {
    return words().getProperty(key) != null;
  }

  /**
   * Returns the word or template under a key, with {@code {0}}, {@code {1}}... replaced by the arguments as
   * they are (no number or date formatting, no quoting rules: apostrophes are literal).
   *
   * <p>In Chinese, where an argument meets the template, a Chinese character and a Latin letter or a digit
   * are set apart by a space, as Chinese typesetting does ({@code 专家{0}名} with 20 gives {@code 专家 20 名}),
   * so templates are written without spaces and the arguments are kept exactly as they are.
   *
   * @param key the key, such as {@code statistic.count.AT_LEAST}; not null
   * @param arguments the arguments; not null
   * @return the text; never null
   * @throws MissingResourceException if this language has nothing under the key
   */
  public String word(String key, Object... arguments) {
    String template = words().getProperty(key);
    if (template == null) {
      throw new MissingResourceException("No word for " + key + " in " + resource, resource, key);
    }
    if (arguments.length == 0) {
      return template;
    }
    StringBuilder text = new StringBuilder(template.length() + 16);
    boolean spaceAfterArgument = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i) : -1;
      int index = end > i + 1 ? argumentIndex(template, i + 1, end) : -1;
      if (index >= 0 && index < arguments.length) {
        String argument = String.valueOf(arguments[index]);
        if (!argument.isEmpty()) {
          spaceBefore(text, argument.charAt(0));
          text.append(argument);
          spaceAfterArgument = true;
        }
        i = end;
      } else {
        if (spaceAfterArgument) {
          spaceBefore(text, c);
        }
        spaceAfterArgument = false;
        text.append(c);
      }
    }
    return text.toString();
  }

  private void spaceBefore(StringBuilder text, char next) {
    if (this != ENGLISH && text.length() > 0) {
      char last = text.charAt(text.length() - 1);
      if (isHan(last) && isLatinOrDigit(next) || isLatinOrDigit(last) && isHan(next)) {
        text.append(' ');
      }
    }
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatinOrDigit(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static int argumentIndex(String template, int from, int to) {
    int index = 0;
    for (int i = from; i < to; i++) {
      char digit = template.charAt(i);
      if (digit < '0' || digit > '9') {
        return -1;
      }
      index = index * 10 + (digit - '0');
    }
    return index;
  }

  private Properties words() {
    Properties loaded = words;
    if (loaded == null) {
      loaded = load(resource);
      words = loaded;
    }
    return loaded;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Language.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The module's resource " + resource + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The module's resource " + resource + " cannot be read", e);
    }
    return properties;
  }
}
