package dev.symposia.internal;

import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * BCP 47 language tags (RFC 5646) as the model reads them, the same in every type and in every reader:
 * what {@link Locale.Builder#setLanguageTag(String)} accepts, less the two forms it keeps or rewrites
 * without a word, a variant subtag given twice ({@code de-DE-1901-1901}) and an extension given twice
 * ({@code en-u-ca-gregory-u-nu-latn}, which it reads as {@code en-u-ca-gregory}).
 *
 * <p>Not instantiable; thread-safe.
 */
public final class LanguageTags {
  // Locales found tagged, by the low bits of their hash codes: a document names a few languages thousands of
  // times (every name in Chinese characters), and the JDK hands out one shared instance for each, so a
  // comparison by identity saves writing and parsing its tag each time. Bounded, whatever a document names;
  // shared by threads without locking, which is safe because a Locale is immutable (its fields are final)
  // and a slot only ever holds a locale that was found tagged.
  private static final Locale[] TAGGED = new Locale[64];

  private LanguageTags() {}

  /**
   * Reads a language tag.
   *
   * @param tag the tag, such as {@code zh-Hans} or {@code en-GB}; not null
   * @return the locale the tag names; never null
   * @throws IllformedLocaleException if the tag is not well-formed, repeats a variant subtag or repeats an
   *     extension singleton
   * @throws NullPointerException if {@code tag} is null
   */
  public static Locale parse(String tag) {
    Locale locale = new Locale.Builder().setLanguageTag(tag).build();
    if (locale.getLanguage().equals("und")) {
      // The builder reads "und" as no language but keeps "UND", or an extended subtag "und", as a language
      // "und" that no tag reads back: all of them are the undetermined language.
      locale = new Locale.Builder().setLocale(locale).setLanguage("").build();
    }
    String repeated = repeatedSubtag(tag);
    if (repeated != null) {
      throw new IllformedLocaleException("repeated subtag: " + repeated);
    }
    // Locale keeps one extended language subtag, which replaces the language ("zh-yue" is "yue"), and drops
    // the others ("de-und-tie" would be read as "und", found by fuzzing); what Locale writes must read back.
    if (extendedLanguages(tag) > 1 || !isTagged(locale)) {
      throw new IllformedLocaleException("not kept by java.util.Locale as written: " + tag);
    }
    return locale;
  }

  /**
   * Tells whether a locale is the one its own language tag names, so that writing it as a tag and reading
   * the tag back gives it again. Locales made by Java's legacy constructors may not be: {@code
   * new Locale("no", "NO", "NY")} is written as {@code nn-NO}, which names {@code nn_NO}.
   *
   * @param locale the locale; not null
   * @return true if {@code Locale.forLanguageTag(locale.toLanguageTag())} equals it
   * @throws NullPointerException if {@code locale} is null
   */
  public static boolean isTagged(Locale locale) {
    int index = locale.hashCode() & (TAGGED.length - 1);
    if (TAGGED[index] == locale) {
      return true;
    }
    boolean tagged = Locale.forLanguageTag(locale.toLanguageTag()).equals(locale);
    if (tagged) {
      TAGGED[index] = locale;
    }
    return tagged;
  }

  // The repeated variant or extension singleton of a tag the builder accepted, or null. Subtags after "x"
  // are private use, where anything may repeat.
  private static String repeatedSubtag(String tag) {
    String[] subtags = tag.toLowerCase(Locale.ROOT).split("-");
    if (subtags[0].equals("x")) {
      return null;
    }
    Set<String> variants = new HashSet<>();
    Set<String> singletons = new HashSet<>();
    boolean inExtension = false;
    for (int i = 1; i < subtags.length; i++) {
      String subtag = subtags[i];
      if (subtag.length() == 1) {
        if (subtag.equals("x")) {
          return null;
        }
        if (!singletons.add(subtag)) {
          return subtag;
        }
        inExtension = true;
      } else if (!inExtension && isVariant(subtag) && !variants.add(subtag)) {
        return subtag;
      }
    }
    return null;
  }

  // The three-letter subtags right after a two- or three-letter language: extended language subtags.
  private static int extendedLanguages(String tag) {
    String[] subtags = tag.split("-");
    if (subtags[0].length() < 2 || subtags[0].length() > 3) {
      return 0;
    }
    int count = 0;
    for (int i = 1; i < subtags.length && subtags[i].length() == 3 && isLetters(subtags[i]); i++) {
      count++;
    }
    return count;
  }

  private static boolean isLetters(String subtag) {
    for (int i = 0; i < subtag.length(); i++) {
      char c = subtag.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVariant(String subtag) {
    return subtag.length() >= 5 || subtag.length() == 4 && Character.isDigit(subtag.charAt(0));
  }
}
