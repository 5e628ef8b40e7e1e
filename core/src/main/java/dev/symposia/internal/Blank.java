package dev.symposia.internal;

/**
 * The one test of blankness for every text the model holds (names, titles, short names): a text is blank
 * when it has no character a reader could see, that is when it is empty or made only of whitespace
 * ({@link Character#isWhitespace(int)}), space separators ({@link Character#isSpaceChar(int)}, among them
 * the no-break spaces U+00A0, U+2007 and U+202F), the next-line control U+0085 and the byte order mark
 * U+FEFF, which JSON Schema's {@code \s} also counts as white space.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class Blank {
  // No code point above the ideographic space U+3000 is whitespace or a space separator: the characters of
  // Chinese and most other scripts are told apart from blanks without the JDK's property tables.
  private static final int LAST_BLANK = 0x3000;
  private static final int NEXT_LINE = 0x85;
  private static final int BYTE_ORDER_MARK = 0xFEFF;

  private Blank() {}

  /**
   * Tells whether a text is blank.
   *
   * @param text the text; not null
   * @return true if every character of {@code text} is blank, and for the empty text
   */
  public static boolean isBlank(String text) {
    if (!text.isEmpty() && isVisible(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isBlank(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  // Most texts start with a character that is plainly not blank: a printable ASCII character, or one of a
  // script above U+3000 that is not a surrogate (half of a code point to be looked at whole).
  private static boolean isVisible(char c) {
    return c > ' ' && c < 0x7F || c > LAST_BLANK && c != BYTE_ORDER_MARK && !Character.isSurrogate(c);
  }

  private static boolean isBlank(int c) {
    if (c > ' ' && c < 0x7F || c > LAST_BLANK) {
      return c == BYTE_ORDER_MARK;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == NEXT_LINE;
  }
}
