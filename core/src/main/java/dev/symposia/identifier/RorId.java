package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.net.URI;

/**
 * A ROR identifier, the persistent identifier of a research organisation in the Research Organization
 * Registry.
 *
 * <pre>{@code
 * RorId cambridge = RorId.parse("https://ror.org/013meh722");
 * cambridge.value(); // "013meh722"
 * }</pre>
 *
 * <p>A ROR identifier is nine characters: a {@code 0}, six characters of Crockford's base 32 alphabet
 * (the digits and the letters except {@code i}, {@code l}, {@code o} and {@code u}) that encode a
 * number, and two decimal check digits computed with ISO/IEC 7064 MOD 97-10 over that number written in
 * decimal, as the registry itself computes them. {@link #parse(String)} accepts the bare form
 * {@code 013meh722} and the URI forms {@code https://ror.org/013meh722} and {@code http://ror.org/013meh722}.
 * It accepts upper-case letters in the identifier and turns them to lower case, the canonical form; it
 * does not apply Crockford's aliases ({@code i}, {@code l} for {@code 1}, {@code o} for {@code 0}), which
 * no ROR identifier contains. It accepts nothing else: no spaces, no other host, no trailing slash.
 *
 * <p>The check digits prove only that the text is well formed, not that the registry holds the
 * organisation.
 *
 * <p>Two ROR identifiers are equal when their lower-case {@link #value() bare forms} are equal, and are
 * ordered by them. {@link #toString()} prints the URI form, which {@link #parse(String)} reads back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RorId implements Comparable<RorId> {
  private static final String TYPE = "RorId";
  private static final String ATTRIBUTE = "value";
  private static final String HTTPS_PREFIX = "https://ror.org/";
  private static final String HTTP_PREFIX = "http://ror.org/";
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int LENGTH = 9;
  private static final int CHECK_START = 7;

  private static final String FORMAT_RULE =
      "must be 0, then six characters from 0-9 and a-z except i, l, o and u, then two check digits";
  private static final String URI_RULE = "must be a bare ROR identifier or a URI starting with " + HTTPS_PREFIX;

  private final String value;

  private RorId(String value) {
    this.value = value;
  }

  /**
   * Reads a ROR identifier from its bare form or from its URI.
   *
   * @param text the identifier, such as {@code "013meh722"} or {@code "https://ror.org/013meh722"}, in
   *     upper or lower case; may be null, which is refused
   * @return the identifier; never null
   * @throws InvalidModelException if {@code text} is null, is not in one of the accepted forms, or has
   *     wrong check digits
   */
  public static RorId parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    String bare = toLowerCase(withoutPrefix(text));
    String rule = refusal(bare);
    if (rule != null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, rule, text);
    }
    return new RorId(bare);
  }

  /**
   * Tells whether {@link #parse(String)} would accept a text.
   *
   * @param text the text to test; may be null
   * @return true if {@code text} is a well-formed ROR identifier with correct check digits; false
   *     otherwise, including for null
   */
  public static boolean isValid(String text) {
    return text != null && refusal(toLowerCase(withoutPrefix(text))) == null;
  }

  private static String withoutPrefix(String text) {
    if (text.startsWith(HTTPS_PREFIX)) {
      return text.substring(HTTPS_PREFIX.length());
    }
    if (text.startsWith(HTTP_PREFIX)) {
      return text.substring(HTTP_PREFIX.length());
    }
    return text;
  }

  // Only ASCII letters change, so that the length and the other characters stay what the caller wrote.
  private static String toLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static String refusal(String bare) {
    if (bare.indexOf('/') >= 0 || bare.indexOf(':') >= 0) {
      return URI_RULE;
    }
    if (bare.length() != LENGTH || bare.charAt(0) != '0') {
      return FORMAT_RULE;
    }
    long number = 0;
    for (int i = 1; i < CHECK_START; i++) {
      int digit = ALPHABET.indexOf(bare.charAt(i));
      if (digit < 0) {
        return FORMAT_RULE;
      }
      number = number * ALPHABET.length() + digit;
    }
    char tens = bare.charAt(CHECK_START);
    char units = bare.charAt(CHECK_START + 1);
    if (tens < '0' || tens > '9' || units < '0' || units > '9') {
      return FORMAT_RULE;
    }
    int expected = CheckCharacters.mod97_10(number);
    int actual = (tens - '0') * 10 + (units - '0');
    return actual == expected ? null : "check digits should be " + (expected < 10 ? "0" : "") + expected;
  }

  /**
   * Returns the bare form.
   *
   * @return the nine lower-case characters, such as {@code "013meh722"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the URI that identifies the organisation.
   *
   * @return the URI, such as {@code https://ror.org/013meh722}; never null
   */
  public URI uri() {
    return URI.create(toString());
  }

  /**
   * Orders ROR identifiers by their bare forms.
   *
   * @param other the identifier to compare with; not null
   * @return a negative number, zero or a positive number as this identifier sorts before, with or after
   *     {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(RorId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is a ROR identifier with the same bare form.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal ROR identifier
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RorId && value.equals(((RorId) other).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the bare form
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the URI form, which {@link #parse(String)} reads back.
   *
   * @return the URI form, such as {@code "https://ror.org/013meh722"}; never null
   */
  @Override
  public String toString() {
    return HTTPS_PREFIX + value;
  }
}
