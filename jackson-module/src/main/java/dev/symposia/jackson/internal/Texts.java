package dev.symposia.jackson.internal;

/** Quotes values for messages, JSON-style and shortened. */
final class Texts {
  /** The most characters of a refused string shown in a message. */
  static final int MAX_SHOWN = 64;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Texts() {}

  /** Returns the text in JSON quotes, escaped, and shortened to {@link #MAX_SHOWN} characters. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8);
    appendQuoted(quoted, text, MAX_SHOWN);
    return quoted.toString();
  }

  /** Returns a number's text, shortened to {@link #MAX_SHOWN} characters. */
  static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, cut(text, MAX_SHOWN)) + "...";
  }

  static void appendQuoted(StringBuilder out, String text, int max) {
    int end = text.length() <= max ? text.length() : cut(text, max);
    out.append('"');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    if (end < text.length()) {
      out.append("...");
    }
    out.append('"');
  }

  // Never splits a surrogate pair.
  private static int cut(String text, int max) {
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }
}
