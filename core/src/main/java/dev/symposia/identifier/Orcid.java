package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.net.URI;

/**
 * An ORCID iD, the persistent identifier of a researcher.
 *
 * <pre>{@code
 * Orcid carberry = Orcid.parse("https://orcid.org/0000-0002-1825-0097");
 * carberry.value(); // "0000-0002-1825-0097"
 * }</pre>
 *
 * <p>An ORCID iD is sixteen characters in four groups of four separated by hyphens: fifteen digits and a
 * check character, a digit or an upper-case {@code X}, computed with ISO/IEC 7064 MOD 11-2 over the
 * fifteen digits. {@link #parse(String)} accepts the bare form {@code 0000-0002-1825-0097} and the URI
 * forms {@code https://orcid.org/0000-0002-1825-0097} and {@code http://orcid.org/0000-0002-1825-0097}.
 * It accepts nothing else: no surrounding or inner spaces, no lower-case {@code x}, no other host
 * (not even {@code www.orcid.org}), no trailing slash.
 *
 * <p>The check character proves only that the text is well formed, not that ORCID has issued it;
 * {@link #isInAssignedRange()} tells whether it lies in the blocks ORCID issues from.
 *
 * <p>Two ORCID iDs are equal when their {@link #value() bare forms} are equal; the order is the order
 * of the numbers. {@link #toString()} prints the URI form, which {@link #parse(String)} reads back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Orcid implements Comparable<Orcid> {
  private static final String TYPE = "Orcid";
  private static final String ATTRIBUTE = "value";
  private static final String HTTPS_PREFIX = "https://orcid.org/";
  private static final String HTTP_PREFIX = "http://orcid.org/";
  private static final int LENGTH = 19;

  // The blocks ORCID assigns from, as the numbers formed by the fifteen digits before the check character.
  private static final long FIRST_BLOCK_START = 15_000_000L;
  private static final long FIRST_BLOCK_END = 35_000_000L;
  private static final long SECOND_BLOCK_START = 900_000_000_000L;
  private static final long SECOND_BLOCK_END = 900_100_000_000L;

  private static final String FORMAT_RULE =
      "must be four groups of four digits separated by hyphens, the last character a digit or X";
  private static final String URI_RULE = "must be a bare ORCID iD or a URI starting with " + HTTPS_PREFIX;

  private final String value;

  private Orcid(String value) {
    this.value = value;
  }

  /**
   * Reads an ORCID iD from its bare form or from its URI.
   *
   * @param text the ORCID iD, such as {@code "0000-0002-1825-0097"} or
   *     {@code "https://orcid.org/0000-0002-1825-0097"}; may be null, which is refused
   * @return the ORCID iD; never null
   * @throws InvalidModelException if {@code text} is null, is not in one of the accepted forms, or has a
   *     wrong check character
   */
  public static Orcid parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    String bare = withoutPrefix(text);
    String rule = refusal(bare);
    if (rule != null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, rule, text);
    }
    return new Orcid(bare);
  }

  /**
   * Tells whether {@link #parse(String)} would accept a text.
   *
   * @param text the text to test; may be null
   * @return true if {@code text} is a well-formed ORCID iD with a correct check character; false
   *     otherwise, including for null
   */
  public static boolean isValid(String text) {
    return text != null && refusal(withoutPrefix(text)) == null;
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

  private static String refusal(String bare) {
    if (bare.indexOf('/') >= 0 || bare.indexOf(':') >= 0) {
      return URI_RULE;
    }
    if (bare.length() != LENGTH) {
      return FORMAT_RULE;
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = bare.charAt(i);
      boolean wanted = i % 5 == 4 ? c == '-' : c >= '0' && c <= '9';
      if (!wanted) {
        return FORMAT_RULE;
      }
    }
    char last = bare.charAt(LENGTH - 1);
    if (!(last >= '0' && last <= '9' || last == 'X')) {
      return FORMAT_RULE;
    }
    char expected = CheckCharacters.mod11_2(bare, 0, LENGTH - 1, '-');
    return last == expected ? null : "check digit should be " + expected;
  }

  /**
   * Returns the bare form.
   *
   * @return the sixteen characters in four groups, such as {@code "0000-0002-1825-0097"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the URI that identifies the researcher.
   *
   * @return the URI, such as {@code https://orcid.org/0000-0002-1825-0097}; never null
   */
  public URI uri() {
    return URI.create(toString());
  }

  /**
   * Tells whether this ORCID iD lies in one of the blocks that ORCID assigns iDs from:
   * {@code 0000-0001-5000-0007} to {@code 0000-0003-5000-0001} and {@code 0009-0000-0000-0000} to
   * {@code 0009-0010-0000-0000}, bounds included and compared without the check character.
   *
   * <p>Numbers outside these blocks are well-formed ISNIs but were not issued by ORCID, which usually
   * means a typing error that the check character did not catch, or a made-up example.
   *
   * @return true if inside one of the blocks
   */
  public boolean isInAssignedRange() {
    long number = number();
    return number >= FIRST_BLOCK_START && number <= FIRST_BLOCK_END
        || number >= SECOND_BLOCK_START && number <= SECOND_BLOCK_END;
  }

  private long number() {
    long number = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = value.charAt(i);
      if (c != '-') {
        number = number * 10 + (c - '0');
      }
    }
    return number;
  }

  /**
   * Orders ORCID iDs by their numbers.
   *
   * @param other the ORCID iD to compare with; not null
   * @return a negative number, zero or a positive number as this iD is less than, equal to or greater
   *     than {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Orcid other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is an ORCID iD with the same bare form.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal ORCID iD
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Orcid && value.equals(((Orcid) other).value);
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
   * @return the URI form, such as {@code "https://orcid.org/0000-0002-1825-0097"}; never null
   */
  @Override
  public String toString() {
    return HTTPS_PREFIX + value;
  }
}
