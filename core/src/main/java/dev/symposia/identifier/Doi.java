package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A Digital Object Identifier (DOI), such as that of a published abstract, poster or recording.
 *
 * <pre>{@code
 * Doi doi = Doi.parse("https://doi.org/10.5555/12345678");
 * doi.value(); // "10.5555/12345678"
 * doi.uri();   // https://doi.org/10.5555/12345678
 * }</pre>
 *
 * <p>A DOI is a prefix and a suffix joined by {@code /} (the DOI Handbook, section 2.2): the prefix is
 * {@code 10.} and a registrant code of 4 to 9 digits, which may be followed by sub-codes of digits joined by
 * dots ({@code 10.1000.10}); the suffix is any sequence of visible characters: no white space, control
 * characters or invisible format characters (Unicode's {@code Cf}, such as U+200B and U+FEFF).
 * {@link #parse(String)} accepts the bare form, the same with {@code doi:} before it, and the resolver URLs {@code https://doi.org/},
 * {@code http://doi.org/}, {@code https://dx.doi.org/} and {@code http://dx.doi.org/} followed by the DOI
 * (percent-escapes in a URL are decoded, as a resolver does). It refuses whitespace, control characters,
 * unpaired surrogates, an empty suffix and DOIs longer than {@value #MAX_LENGTH} characters. Only the syntax
 * is checked: nothing asks a registration agency whether the DOI exists.
 *
 * <p>DOIs are case-insensitive in their ASCII letters (DOI Handbook, section 2.4), so {@code 10.1000/ABC} and
 * {@code 10.1000/abc} are equal and have one hash code; {@link #value()} keeps the letters as given.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Doi {
  /** The greatest number of characters a DOI may have. */
  public static final int MAX_LENGTH = 1000;

  private static final String TYPE = "Doi";
  private static final String ATTRIBUTE = "value";
  private static final String RESOLVER = "https://doi.org/";
  private static final String[] URL_PREFIXES = {
    RESOLVER, "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
  };
  private static final String DOI_SCHEME = "doi:";
  // The longest text that can hold a DOI of MAX_LENGTH characters: a resolver URL with every character of the
  // DOI written as the percent-escapes of its (at most three) UTF-8 bytes.
  private static final int MAX_INPUT_LENGTH = "https://dx.doi.org/".length() + 9 * MAX_LENGTH;
  private static final String FORMAT_RULE = "must be 10., a registrant code of 4 to 9 digits (and sub-codes), /"
      + " and a suffix of visible characters";

  private final String value;
  private final String folded;

  private Doi(String value) {
    this.value = value;
    this.folded = foldAscii(value);
  }

  /**
   * Reads a DOI from its bare form, its {@code doi:} form or a resolver URL.
   *
   * @param text the DOI, such as {@code "10.5555/12345678"} or {@code "https://doi.org/10.5555/12345678"};
   *     may be null, which is refused
   * @return the DOI; never null
   * @throws InvalidModelException if {@code text} is null, longer than the limit, or not a DOI in one of the
   *     accepted forms
   */
  public static Doi parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    if (text.length() > MAX_INPUT_LENGTH) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "must be at most " + MAX_LENGTH + " characters long");
    }
    String bare = bare(text);
    if (bare != null && bare.length() > MAX_LENGTH) {
      // Not repeated in the message: it may be thousands of characters long.
      throw new InvalidModelException(TYPE, ATTRIBUTE, "must be at most " + MAX_LENGTH + " characters long");
    }
    String rule = bare == null ? "must be a bare DOI, doi: and a DOI, or a doi.org URL" : refusal(bare);
    if (rule != null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, rule, text);
    }
    return new Doi(bare);
  }

  /**
   * Tells whether {@link #parse(String)} would accept a text.
   *
   * @param text the text to test; may be null
   * @return true if {@code text} is a DOI in an accepted form; false otherwise, including for null
   */
  public static boolean isValid(String text) {
    if (text == null || text.length() > MAX_INPUT_LENGTH) {
      return false;
    }
    String bare = bare(text);
    return bare != null && refusal(bare) == null;
  }

  // The DOI in a text, or null for a URL that cannot be decoded.
  private static String bare(String text) {
    if (text.regionMatches(true, 0, DOI_SCHEME, 0, DOI_SCHEME.length())) {
      return text.substring(DOI_SCHEME.length());
    }
    for (String prefix : URL_PREFIXES) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return decoded(text.substring(prefix.length()));
      }
    }
    return text;
  }

  // Percent-escapes decoded as UTF-8, as a resolver decodes them; null for a malformed escape or sequence.
  private static String decoded(String path) {
    return path.indexOf('%') < 0 ? path : percentDecoded(path);
  }

  private static String percentDecoded(String path) {
    // A character is at most three bytes of UTF-8 (a surrogate pair, two characters, is four).
    byte[] bytes = new byte[path.length() * 3];
    int length = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%') {
        if (i + 2 >= path.length()) {
          return null;
        }
        int high = Character.digit(path.charAt(i + 1), 16);
        int low = Character.digit(path.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes[length++] = (byte) (high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else {
        // Non-ASCII characters in a URL are kept as they are: encoded, so that they decode back.
        int end = i + 1;
        if (Character.isHighSurrogate(c) && end < path.length() && Character.isLowSurrogate(path.charAt(end))) {
          end++;
        } else if (Character.isSurrogate(c)) {
          return null;
        }
        byte[] encoded = path.substring(i, end).getBytes(StandardCharsets.UTF_8);
        i = end - 1;
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String refusal(String bare) {
    if (bare.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters long";
    }
    if (!bare.startsWith("10.")) {
      return FORMAT_RULE;
    }
    int i = 3;
    int digits = 0;
    while (i < bare.length() && isDigit(bare.charAt(i))) {
      i++;
      digits++;
    }
    if (digits < 4 || digits > 9) {
      return FORMAT_RULE;
    }
    while (i < bare.length() && bare.charAt(i) == '.') {
      int start = ++i;
      while (i < bare.length() && isDigit(bare.charAt(i))) {
        i++;
      }
      if (i == start) {
        return FORMAT_RULE;
      }
    }
    if (i >= bare.length() - 1 || bare.charAt(i) != '/') {
      return FORMAT_RULE;
    }
    for (int j = i + 1; j < bare.length(); ) {
      int c = bare.codePointAt(j);
      // A lone surrogate is its own code point, of type SURROGATE.
      int type = Character.getType(c);
      if (type == Character.SURROGATE || type == Character.FORMAT || Character.isWhitespace(c)
          || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        return "suffix must be visible characters, without spaces, control or invisible format characters";
      }
      j += Character.charCount(c);
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String foldAscii(String text) {
    char[] folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        if (folded == null) {
          folded = text.toCharArray();
        }
        folded[i] = (char) (c - ('a' - 'A'));
      }
    }
    return folded == null ? text : new String(folded);
  }

  /**
   * Returns the DOI in its bare form, letters as given.
   *
   * @return the DOI, such as {@code "10.5555/12345678"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the prefix: {@code 10.} and the registrant code.
   *
   * @return the prefix, such as {@code "10.5555"}; never null
   */
  public String prefix() {
    return value.substring(0, value.indexOf('/'));
  }

  /**
   * Returns the suffix, which the registrant chose.
   *
   * @return the suffix, such as {@code "12345678"}; never null or empty
   */
  public String suffix() {
    return value.substring(value.indexOf('/') + 1);
  }

  /**
   * Returns the URL at which the DOI resolves, as the DOI Handbook recommends displaying it, with the
   * characters a URL cannot hold percent-encoded.
   *
   * @return the URL, such as {@code https://doi.org/10.5555/12345678}; never null
   */
  public URI uri() {
    StringBuilder url = new StringBuilder(RESOLVER);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:;()!$&'*+,=@".indexOf(c) >= 0) {
        url.append((char) c);
      } else {
        url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return URI.create(url.toString());
  }

  /**
   * Tells whether another object is a DOI equal to this one, ignoring the case of ASCII letters.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal DOI
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Doi && folded.equals(((Doi) other).folded);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the DOI with its ASCII letters in upper case
   */
  @Override
  public int hashCode() {
    return folded.hashCode();
  }

  /**
   * Returns the bare form, which {@link #parse(String)} reads back.
   *
   * @return the DOI, such as {@code "10.5555/12345678"}; never null
   */
  @Override
  public String toString() {
    return value;
  }
}
