package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link LocalizedText}: a string when it holds one text in English ({@code en}), otherwise an object from
 * BCP 47 language tags to texts whose first key is the primary language, such as
 * {@code {"zh-Hans": "中国工程院", "en": "Chinese Academy of Engineering"}}.
 */
final class LocalizedTextCodec implements Codec<LocalizedText> {
  /** The one instance. */
  static final LocalizedTextCodec TEXT = new LocalizedTextCodec();

  private LocalizedTextCodec() {}

  /**
   * Reads a text at the parser's current token.
   *
   * @param p the parser, at the value
   * @return the text; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a non-blank
   *     string or an object of one or more non-blank texts under distinct, well-formed language tags
   */
  @Override
  public LocalizedText read(JsonParser p, ReadContext context) throws IOException {
    return read(p);
  }

  /**
   * Reads a text at the parser's current token, where no document is being read.
   *
   * @param p the parser, at the value
   * @return the text; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid text
   */
  LocalizedText read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      try {
        return LocalizedText.of(text);
      } catch (InvalidModelException e) {
        throw Failures.value(p, e, text);
      }
    }
    if (token != JsonToken.START_OBJECT) {
      throw Failures.token(p, "must be a string or an object");
    }
    // Each translation is checked where it stands, so that a refusal names its tag, and added to the
    // text with the language it was read as, so that no tag is read twice.
    LocalizedText texts = null;
    List<String> tags = new ArrayList<>(4);
    List<Locale> languages = new ArrayList<>(4);
    for (String tag = p.nextFieldName(); tag != null; tag = p.nextFieldName()) {
      p.nextToken();
      String text = Reads.string(p);
      if (tags.contains(tag)) {
        throw Failures.duplicate(p);
      }
      tags.add(tag);
      LocalizedText translation;
      try {
        translation = LocalizedText.of(tag, text);
      } catch (InvalidModelException e) {
        throw Failures.value(p, e, e.attribute().equals("language") ? tag : text);
      }
      Locale language = translation.primaryLanguage();
      if (languages.contains(language)) {
        throw Failures.at(p, "must not repeat a language", Texts.quote(tag));
      }
      languages.add(language);
      texts = texts == null ? translation : texts.with(language, text);
    }
    if (texts == null) {
      throw Failures.at(p, "must contain at least one text", null);
    }
    return texts;
  }

  /**
   * Writes a text.
   *
   * @param text the text; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  @Override
  public void write(LocalizedText text, JsonGenerator g) throws IOException {
    Map<Locale, String> texts = text.asMap();
    if (texts.size() == 1 && text.primaryLanguage().equals(Locale.ENGLISH)) {
      g.writeString(text.text());
      return;
    }
    g.writeStartObject(text);
    for (Map.Entry<Locale, String> entry : texts.entrySet()) {
      g.writeFieldName(entry.getKey().toLanguageTag());
      g.writeString(entry.getValue());
    }
    g.writeEndObject();
  }
}
