package dev.symposia.text;

import dev.symposia.InvalidModelException;
import dev.symposia.internal.LanguageTags;
import dev.symposia.internal.TextRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short text, such as a name, a title or a topic, in one or more languages.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("en", "ShanghaiTech University").with("zh-Hans", "上海科技大学");
 * name.in("zh-Hans");   // Optional[上海科技大学]
 * }</pre>
 *
 * <p>Each text is tagged with its language, a well-formed BCP 47 language tag such as {@code en},
 * {@code zh-Hans} or {@code en-GB}, kept in the canonical form of {@link Locale#toLanguageTag()}
 * (so {@code EN-gb} becomes {@code en-GB} and {@code iw} becomes {@code he}). The tag must name a
 * language: {@code und} ("undetermined") and tags made only of private-use subtags are refused, because a
 * text whose language is unknown cannot be looked up by language nor told apart from a translation. Each
 * language appears at most once. The first text given is the primary one, the form the source uses; the
 * others follow in the order they were first added.
 *
 * <p>Texts must not be blank; they are kept exactly as given, surrounding spaces included. Languages are
 * matched exactly: {@code in("en")} does not find a text tagged {@code en-GB}. For matching with fallback,
 * use {@link Locale#lookupTag} over {@link #languages()}.
 *
 * <p>Two localized texts are equal when they have the same texts in the same languages in the same order,
 * so the primary language matters. {@link #toString()} returns the primary text alone, for people to read:
 * it is not a form that can be parsed back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LocalizedText {
  /**
   * The longest text the model holds, in UTF-16 code units ({@link String#length()}): of every text, name and
   * short name in every type, and of every string a JSON document may hold, so that whatever a builder
   * accepts is written and read back.
   */
  public static final int MAX_TEXT_LENGTH = 100_000;

  private static final String TYPE = "LocalizedText";
  private static final Locale DEFAULT_LANGUAGE = Locale.ENGLISH;
  // Parsing a language tag costs more than the rest of making a text; a programme uses a handful of tags.
  // Only tags that were accepted are kept, and only so many, so that odd input cannot grow the map.
  private static final int MAX_KNOWN_TAGS = 256;
  private static final Map<String, Locale> KNOWN_TAGS = new ConcurrentHashMap<>();

  // Most texts are in one language: they keep it and the text in two fields and nothing else. Texts in
  // several languages keep the others in one array of alternating languages and texts. The views asMap()
  // and languages() are made on each call, so that a text costs the same 24 bytes whatever has been asked
  // of it; a symposium holds tens of thousands of texts.
  private final Locale language;
  private final String text;
  private final Object[] others;

  private LocalizedText(Locale language, String text, Object[] others) {
    this.language = language;
    this.text = text;
    this.others = others;
  }

  private static LocalizedText ofChecked(List<Locale> languages, List<String> texts) {
    if (languages.size() == 1) {
      return new LocalizedText(languages.get(0), texts.get(0), null);
    }
    Object[] others = new Object[2 * (languages.size() - 1)];
    for (int i = 1; i < languages.size(); i++) {
      others[2 * (i - 1)] = languages.get(i);
      others[2 * (i - 1) + 1] = texts.get(i);
    }
    return new LocalizedText(languages.get(0), texts.get(0), others);
  }

  private int size() {
    return others == null ? 1 : 1 + others.length / 2;
  }

  private Locale languageAt(int index) {
    return index == 0 ? language : (Locale) others[2 * (index - 1)];
  }

  private String textAt(int index) {
    return index == 0 ? text : (String) others[2 * (index - 1) + 1];
  }

  private int indexOf(Locale wanted) {
    for (int i = 0; i < size(); i++) {
      if (languageAt(i).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the text in English ({@code en}), the language of the reports this library was built from and
   * of most of its users' sources; use {@link #of(String, String)} for any other.
   *
   * @param text the text; not null, not blank
   * @return the localized text with English as its only language; never null
   * @throws InvalidModelException if {@code text} is null or blank
   */
  public static LocalizedText of(String text) {
    return new LocalizedText(DEFAULT_LANGUAGE, checkText(text), null);
  }

  /**
   * Returns the text in the given language.
   *
   * @param languageTag a well-formed BCP 47 language tag that names a language, such as {@code zh-Hans};
   *     not null
   * @param text the text; not null, not blank
   * @return the localized text with one language; never null
   * @throws InvalidModelException if an argument is null, if the tag is not well-formed or does not name a
   *     language, or if the text is blank
   */
  public static LocalizedText of(String languageTag, String text) {
    Locale language = language(languageTag);
    return new LocalizedText(language, checkText(text), null);
  }

  /**
   * Returns the text in the language of the given locale.
   *
   * @param language the language, as a locale that names one; not null
   * @param text the text; not null, not blank
   * @return the localized text with one language; never null
   * @throws InvalidModelException if an argument is null, if the locale names no language, or if the text
   *     is blank
   */
  public static LocalizedText of(Locale language, String text) {
    Locale canonical = language(language);
    return new LocalizedText(canonical, checkText(text), null);
  }

  /**
   * Returns the texts of a map from language tags to texts; the first entry in the map's iteration order
   * is the primary text, so pass a map with a defined order, such as a {@link LinkedHashMap}.
   *
   * @param textsByLanguageTag the texts by language tag; not null, not empty, without null keys or values
   * @return the localized text; never null
   * @throws InvalidModelException if the map is null or empty, if a tag or text is null, if a tag is not
   *     well-formed or names no language, if a text is blank, or if two tags name the same language, such
   *     as {@code en-GB} and {@code en-gb}
   */
  public static LocalizedText of(Map<String, String> textsByLanguageTag) {
    if (textsByLanguageTag == null) {
      throw new InvalidModelException(TYPE, "texts", "is required");
    }
    if (textsByLanguageTag.isEmpty()) {
      throw new InvalidModelException(TYPE, "texts", "must contain at least one text");
    }
    List<Locale> languages = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, String> entry : textsByLanguageTag.entrySet()) {
      Locale language = language(entry.getKey());
      if (languages.contains(language)) {
        throw new InvalidModelException(TYPE, "language", "must not repeat a language", entry.getKey());
      }
      languages.add(language);
      texts.add(checkText(entry.getValue()));
    }
    return ofChecked(languages, texts);
  }

  /**
   * Returns a copy with the text in one more language, or with the text of a language it already has
   * replaced. A replaced text keeps its place, so the primary language stays primary.
   *
   * @param languageTag a well-formed BCP 47 language tag that names a language; not null
   * @param text the text in that language; not null, not blank
   * @return the localized text with that translation; {@code this} if it already has that very text in
   *     that language; never null
   * @throws InvalidModelException if an argument is null, if the tag is not well-formed or does not name a
   *     language, or if the text is blank
   */
  public LocalizedText with(String languageTag, String text) {
    return withChecked(language(languageTag), checkText(text));
  }

  /**
   * Returns a copy with the text in the language of the given locale, added or replaced as by
   * {@link #with(String, String)}.
   *
   * @param language the language, as a locale that names one; not null
   * @param text the text in that language; not null, not blank
   * @return the localized text with that translation; {@code this} if it already has that very text in
   *     that language; never null
   * @throws InvalidModelException if an argument is null, if the locale names no language, or if the text
   *     is blank
   */
  public LocalizedText with(Locale language, String text) {
    return withChecked(language(language), checkText(text));
  }

  private LocalizedText withChecked(Locale language, String text) {
    int index = indexOf(language);
    if (index >= 0 && textAt(index).equals(text)) {
      return this;
    }
    List<Locale> newLanguages = new ArrayList<>(size() + 1);
    List<String> newTexts = new ArrayList<>(size() + 1);
    for (int i = 0; i < size(); i++) {
      newLanguages.add(languageAt(i));
      newTexts.add(i == index ? text : textAt(i));
    }
    if (index < 0) {
      newLanguages.add(language);
      newTexts.add(text);
    }
    return ofChecked(newLanguages, newTexts);
  }

  /**
   * Reads a BCP 47 language tag as every part of the model reads one, the JSON reader included: as
   * {@link Locale.Builder#setLanguageTag(String)} does, but refusing a variant subtag or an extension given
   * twice ({@code de-DE-1901-1901}, {@code en-u-ca-gregory-u-nu-latn}), which that method keeps or drops
   * without a word. Unlike a text's language, the tag may be {@code und}.
   *
   * <p>Thread-safe.
   *
   * @param languageTag the tag, such as {@code zh-Hans}; may be null, which is refused
   * @return the locale the tag names; never null
   * @throws InvalidModelException if the tag is null or not a well-formed tag, naming
   *     {@code LocalizedText.language}
   */
  public static Locale parseLanguageTag(String languageTag) {
    if (languageTag == null) {
      throw new InvalidModelException(TYPE, "language", "is required");
    }
    try {
      return LanguageTags.parse(languageTag);
    } catch (IllformedLocaleException e) {
      InvalidModelException refusal =
          new InvalidModelException(TYPE, "language", "must be a well-formed BCP 47 language tag", languageTag);
      refusal.initCause(e);
      throw refusal;
    }
  }

  private static Locale language(String languageTag) {
    if (languageTag == null) {
      throw new InvalidModelException(TYPE, "language", "is required");
    }
    Locale known = KNOWN_TAGS.get(languageTag);
    if (known != null) {
      return known;
    }
    Locale language = fromTag(languageTag, languageTag);
    if (KNOWN_TAGS.size() < MAX_KNOWN_TAGS) {
      KNOWN_TAGS.putIfAbsent(languageTag, language);
    }
    return language;
  }

  private static Locale language(Locale language) {
    if (language == null) {
      throw new InvalidModelException(TYPE, "language", "is required");
    }
    // A locale that a known tag was read as needs no second reading: the JSON reader adds each translation
    // of a text read from a tag this way.
    Locale known = KNOWN_TAGS.get(language.toLanguageTag());
    if (language.equals(known)) {
      return known;
    }
    // A locale made by the legacy constructors from a malformed language, such as new Locale("en_GB"), has
    // the tag "und" and is refused below rather than read as some other language.
    String described = language.toString().isEmpty() ? language.toLanguageTag() : language.toString();
    return fromTag(language.toLanguageTag(), described);
  }

  private static Locale fromTag(String languageTag, String described) {
    Locale locale;
    try {
      locale = LanguageTags.parse(languageTag);
    } catch (IllformedLocaleException e) {
      InvalidModelException refusal =
          new InvalidModelException(TYPE, "language", "must be a well-formed BCP 47 language tag", described);
      refusal.initCause(e);
      throw refusal;
    }
    return checkNamesLanguage(locale, described);
  }

  private static Locale checkNamesLanguage(Locale locale, Object given) {
    // The builder reads "und" as no language, but keeps "UND" as the language "und".
    if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")) {
      throw new InvalidModelException(
          TYPE, "language", "must name a language, not \"und\" or a private-use tag", given);
    }
    return locale;
  }

  private static String checkText(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    return TextRules.requireText(TYPE, "text", text);
  }

  /**
   * Returns the primary text, the first one given.
   *
   * @return the primary text; never null or blank
   */
  public String text() {
    return text;
  }

  /**
   * Returns the language of the primary text.
   *
   * @return the primary language; never null
   */
  public Locale primaryLanguage() {
    return language;
  }

  /**
   * Returns the text in the given language, matched exactly after canonicalisation of the tag.
   *
   * @param languageTag a well-formed BCP 47 language tag that names a language; not null
   * @return the text in that language; empty if there is none
   * @throws InvalidModelException if {@code languageTag} is null, not well-formed or names no language
   */
  public Optional<String> in(String languageTag) {
    int index = indexOf(language(languageTag));
    return index < 0 ? Optional.empty() : Optional.of(textAt(index));
  }

  /**
   * Returns the text in the language of the given locale, matched exactly after canonicalisation.
   *
   * @param language the language, as a locale that names one; not null
   * @return the text in that language; empty if there is none
   * @throws InvalidModelException if {@code language} is null or names no language
   */
  public Optional<String> in(Locale language) {
    int index = indexOf(language(language));
    return index < 0 ? Optional.empty() : Optional.of(textAt(index));
  }

  /**
   * Returns the languages of the texts, the primary first, then the others in the order they were added.
   *
   * @return an unmodifiable ordered set of at least one language; never null
   */
  public Set<Locale> languages() {
    return others == null ? Set.of(language) : asMap().keySet();
  }

  /**
   * Returns the texts by language, the primary first, then the others in the order they were added.
   *
   * @return an unmodifiable ordered map of at least one entry; never null
   */
  public Map<Locale, String> asMap() {
    if (others == null) {
      return Map.of(language, text);
    }
    Map<Locale, String> ordered = new LinkedHashMap<>(2 * size());
    for (int i = 0; i < size(); i++) {
      ordered.put(languageAt(i), textAt(i));
    }
    return Collections.unmodifiableMap(ordered);
  }

  /**
   * Tells whether the other object has the same texts in the same languages in the same order.
   *
   * @param other the object to compare with; may be null
   * @return true if the localized texts are equal, primary language included
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LocalizedText)) {
      return false;
    }
    LocalizedText that = (LocalizedText) other;
    return language.equals(that.language) && text.equals(that.text) && Arrays.equals(others, that.others);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    // The hash codes of the list of languages and of the list of texts, combined as before the compact form.
    int languages = 1;
    int texts = 1;
    for (int i = 0; i < size(); i++) {
      languages = 31 * languages + languageAt(i).hashCode();
      texts = 31 * texts + textAt(i).hashCode();
    }
    return 31 * languages + texts;
  }

  /**
   * Returns the primary text alone, for people to read; it cannot be parsed back into this value.
   *
   * @return the primary text; never null
   */
  @Override
  public String toString() {
    return text();
  }
}
