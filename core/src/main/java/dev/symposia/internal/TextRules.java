package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.util.Locale;

/**
 * What every text the model holds must be, the same in every type: well-formed Unicode (no half of a
 * surrogate pair), not blank ({@link Blank}) and at most
 * {@link LocalizedText#MAX_TEXT_LENGTH} characters long, the limit the JSON reader holds documents to, so that
 * whatever a builder accepts can be written and read back.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * Refuses a text that is too long, blank, or holds half of a surrogate pair.
   *
   * @param type the simple name of the type that holds the text, for the message
   * @param attribute the attribute, for the message
   * @param text the text; not null
   * @return {@code text}
   * @throws InvalidModelException if the text is longer than the limit, blank, or not well-formed UTF-16
   */
  public static String requireText(String type, String attribute, String text) {
    if (text.length() > LocalizedText.MAX_TEXT_LENGTH) {
      throw new InvalidModelException(type, attribute, tooLong());
    }
    if (Blank.isBlank(text)) {
      throw new InvalidModelException(type, attribute, "must not be blank", text);
    }
    int unpaired = unpairedSurrogate(text);
    if (unpaired >= 0) {
      throw new InvalidModelException(type, attribute, String.format(Locale.ROOT,
          "must be well-formed Unicode, but U+%04X at index %d is half of a surrogate pair", (int) text.charAt(unpaired),
          unpaired));
    }
    return text;
  }

  // The index of the first surrogate that is not part of a pair, or -1. A JSON reader can make such text from
  // an escape such as \uDC00, and Jackson 2 from UTF-8 bytes beyond U+10FFFF (docs/jackson-issues.md).
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
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
