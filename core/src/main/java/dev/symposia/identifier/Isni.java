package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.net.URI;

/**
 * An International Standard Name Identifier (ISNI, ISO 27729), the identifier of a public identity of a
 * person or an organisation.
 *
 * <pre>{@code
 * Isni austen = Isni.parse("0000 0001 2283 635X");
 * austen.value(); // "000000012283635X"
 * }</pre>
 *
 * <p>An ISNI is sixteen characters: fifteen digits and a check character, a digit or an upper-case
 * {@code X}, computed with ISO/IEC 7064 MOD 11-2 over the fifteen digits. {@link #parse(String)} accepts
 * the compact form {@code 000000012283635X}, the printed form in four groups of four separated by single
 * spaces {@code 0000 0001 2283 635X}, and the URI forms {@code https://isni.org/isni/000000012283635X} and
 * {@code http://isni.org/isni/000000012283635X}. It accepts nothing else: no hyphens, no surrounding
 * spaces, no lower-case {@code x}, no other host.
 *
 * <p>ORCID iDs are ISNIs from blocks reserved for ORCID; this type does not tell the two apart.
 *
 * <p>Two ISNIs are equal when their {@link #value() compact forms} are equal; the order is the order of
 * the numbers. {@link #toString()} prints the URI form, which {@link #parse(String)} reads back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Isni implements Comparable<Isni> {
  private static final String TYPE = "Isni";
  private static final String ATTRIBUTE = "value";
  private static final String HTTPS_PREFIX = "https://isni.org/isni/";
  private static final String HTTP_PREFIX = "http://isni.org/isni/";
  private static final int LENGTH = 16;
  private static final int PRINTED_LENGTH = 19;

  private static final String FORMAT_RULE = "must be fifteen digits and a check character, a digit or X,"
      + " optionally in four groups of four separated by spaces";
  private static final String URI_RULE = "must be a bare ISNI or a URI starting with " + HTTPS_PREFIX;

  private final String value;

  private Isni(String value) {
    this.value = value;
  }

  /**
   * Reads an ISNI from its compact, printed or URI form.
   *
   * @param text the ISNI, such as {@code "000000012283635X"}, {@code "0000 0001 2283 635X"} or
   *     {@code "https://isni.org/isni/000000012283635X"}; may be null, which is refused
   * @return the ISNI; never null
   * @throws InvalidModelException if {@code text} is null, is not in one of the accepted forms, or has a
   *     wrong check character
   */
  public static Isni parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    String compact = compact(text);
    if (compact == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, formRefusal(text), text);
    }
    char expected = CheckCharacters.mod11_2(compact, 0, LENGTH - 1, ' ');
    if (compact.charAt(LENGTH - 1) != expected) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "check character should be " + expected, text);
    }
    return new Isni(compact);
  }

  /**
   * Tells whether {@link #parse(String)} would accept a text.
   *
   * @param text the text to test; may be null
   * @return true if {@code text} is a well-formed ISNI with a correct check character; false otherwise,
   *     including for null
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String compact = compact(text);
    return compact != null
        && compact.charAt(LENGTH - 1) == CheckCharacters.mod11_2(compact, 0, LENGTH - 1, ' ');
  }

  /** Returns the compact form of a well-formed ISNI, check character not yet checked, or null if malformed. */
  private static String compact(String text) {
    boolean isUri = true;
    String bare;
    if (text.startsWith(HTTPS_PREFIX)) {
      bare = text.substring(HTTPS_PREFIX.length());
    } else if (text.startsWith(HTTP_PREFIX)) {
      bare = text.substring(HTTP_PREFIX.length());
    } else {
      isUri = false;
      bare = text;
    }
    String compact;
    if (bare.length() == LENGTH) {
      compact = bare;
    } else if (!isUri && bare.length() == PRINTED_LENGTH && isPrinted(bare)) {
      compact = bare.replace(" ", "");
    } else {
      return null;
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = compact.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    char last = compact.charAt(LENGTH - 1);
    return last >= '0' && last <= '9' || last == 'X' ? compact : null;
  }

  private static boolean isPrinted(String text) {
    for (int i = 0; i < PRINTED_LENGTH; i++) {
      if ((text.charAt(i) == ' ') != (i % 5 == 4)) {
        return false;
      }
    }
    return true;
  }

  private static String formRefusal(String text) {
    boolean unknownUri = !text.startsWith(HTTPS_PREFIX) && !text.startsWith(HTTP_PREFIX)
        && (text.indexOf('/') >= 0 || text.indexOf(':') >= 0);
    return unknownUri ? URI_RULE : FORMAT_RULE;
  }

  /**
   * Returns the compact form.
   *
   * @return the sixteen characters without spaces, such as {@code "000000012283635X"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the URI that identifies the public identity.
   *
   * @return the URI, such as {@code https://isni.org/isni/000000012283635X}; never null
   */
  public URI uri() {
    return URI.create(toString());
  }

  /**
   * Orders ISNIs by their numbers.
   *
   * @param other the ISNI to compare with; not null
   * @return a negative number, zero or a positive number as this ISNI is less than, equal to or greater
   *     than {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Isni other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is an ISNI with the same compact form.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal ISNI
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Isni && value.equals(((Isni) other).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the compact form
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the URI form, which {@link #parse(String)} reads back.
   *
   * @return the URI form, such as {@code "https://isni.org/isni/000000012283635X"}; never null
   */
  @Override
  public String toString() {
    return HTTPS_PREFIX + value;
  }
}
