package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;

/**
 * What every text the model holds must be, the same in every type: not blank ({@link Blank}) and at most
 * {@link LocalizedText#MAX_TEXT_LENGTH} characters long, the limit the JSON reader holds documents to, so that
 * whatever a builder accepts can be written and read back.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * Refuses a text that is too long or blank.
   *
   * @param type the simple name of the type that holds the text, for the message
   * @param attribute the attribute, for the message
   * @param text the text; not null
   * @return {@code text}
   * @throws InvalidModelException if the text is longer than the limit or blank
   */
  public static String requireText(String type, String attribute, String text) {
    if (text.length() > LocalizedText.MAX_TEXT_LENGTH) {
      throw new InvalidModelException(type, attribute, tooLong());
    }
    if (Blank.isBlank(text)) {
      throw new InvalidModelException(type, attribute, "must not be blank", text);
    }
    return text;
  }

  /**
   * Returns the rule a text over the limit breaks, as the JSON reader words it too.
   *
   * @return the rule; never null
   */
  public static String tooLong() {
    return "must be at most " + LocalizedText.MAX_TEXT_LENGTH + " characters long";
  }
}
