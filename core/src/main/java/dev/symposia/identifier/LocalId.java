package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An identifier that is unique within one symposium, by which its parts refer to each other.
 *
 * <pre>{@code
 * LocalId speaker = LocalId.of("speaker:jane-doe");
 * speaker.value(); // "speaker:jane-doe"
 * }</pre>
 *
 * <p>Speakers, institutions, sessions, agreements and awards carry a local identifier, and a session
 * names its speakers, or an agreement its parties, through it. A local identifier is 1 to 128 ASCII
 * characters: the first a letter or a digit, the others letters, digits, {@code .}, {@code _}, {@code -}
 * or {@code :}. Case matters: {@code A1} and {@code a1} are different identifiers. Uniqueness is the
 * business of the symposium that holds the parts, not of this type.
 *
 * <p>Two local identifiers are equal when their values are equal, and are ordered by their values
 * character by character. {@link #toString()} prints the value.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LocalId implements Comparable<LocalId> {
  private static final String TYPE = "LocalId";
  private static final String ATTRIBUTE = "value";
  private static final int MAX_LENGTH = 128;

  // Seeds the hash code anew in every JVM, so that no input can hold identifiers chosen to share one hash
  // code (as "Aa" and "BB" share String's), which would make every table of identifiers quadratic.
  private static final long SEED = ThreadLocalRandom.current().nextLong() | 1;
  private static final long MULTIPLIER = 0x100000001B3L;

  private final String value;
  // The hash code, computed while the characters are checked: symposia look identifiers up by the hundred
  // thousand, each read from a fresh string whose characters would otherwise be walked a second time.
  private final int hash;

  private LocalId(String value, int hash) {
    this.value = value;
    this.hash = hash;
  }

  /**
   * Returns the local identifier with a given value.
   *
   * @param value the identifier, such as {@code "session-3"}; may be null, which is refused
   * @return the local identifier; never null
   * @throws InvalidModelException if {@code value} is null, empty, longer than 128 characters, does not
   *     start with an ASCII letter or digit, or contains a character other than ASCII letters, digits,
   *     {@code .}, {@code _}, {@code -} and {@code :}
   */
  public static LocalId of(String value) {
    if (value == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    int length = value.length();
    if (length > 0 && length <= MAX_LENGTH && isAsciiLetterOrDigit(value.charAt(0))) {
      long hash = SEED;
      char first = value.charAt(0);
      int i = 1;
      for (; i < length; i++) {
        char c = value.charAt(i);
        if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-' && c != ':') {
          break;
        }
        if ((i & 1) == 0) {
          first = c;
        } else {
          hash = (hash ^ (first | (long) c << 16)) * MULTIPLIER;
        }
      }
      if (i == length) {
        if ((length & 1) != 0) {
          hash = (hash ^ first) * MULTIPLIER;
        }
        return new LocalId(value, (int) (hash ^ hash >>> 32));
      }
    }
    throw new InvalidModelException(TYPE, ATTRIBUTE, refusal(value), value);
  }

  /**
   * Returns the hash code that an identifier with the given characters has in this JVM, as
   * {@link #hashCode()} returns it, whether or not they are a valid identifier: a table of identifiers can
   * find one from characters it has read before it makes a string of them.
   *
   * <p>Thread-safe.
   *
   * @param characters the characters; not null
   * @param offset where the identifier starts in {@code characters}
   * @param length the number of characters; at least 1
   * @return the hash code
   * @throws IndexOutOfBoundsException if the range is empty or not within {@code characters}
   * @throws NullPointerException if {@code characters} is null
   */
  public static int hashCode(char[] characters, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, characters.length);
    if (length == 0) {
      throw new IndexOutOfBoundsException("an identifier has at least one character");
    }
    // Two characters a step: identifiers are hashed by the ten thousand while a document is read, and each step
    // waits for the multiplication before it.
    long hash = SEED;
    int end = offset + length;
    int i = offset;
    for (; i + 1 < end; i += 2) {
      hash = (hash ^ (characters[i] | (long) characters[i + 1] << 16)) * MULTIPLIER;
    }
    if (i < end) {
      hash = (hash ^ characters[i]) * MULTIPLIER;
    }
    return (int) (hash ^ hash >>> 32);
  }

  /**
   * Tells whether {@link #of(String)} would accept a value.
   *
   * @param value the value to test; may be null
   * @return true if {@code value} is a well-formed local identifier; false otherwise, including for null
   */
  public static boolean isValid(String value) {
    return value != null && refusal(value) == null;
  }

  private static String refusal(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return "must be 1 to " + MAX_LENGTH + " characters long";
    }
    if (!isAsciiLetterOrDigit(value.charAt(0))) {
      return "must start with an ASCII letter or digit";
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-' && c != ':') {
        return "must contain only ASCII letters, digits, '.', '_', '-' and ':'";
      }
    }
    return null;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Returns the value.
   *
   * @return the value, such as {@code "session-3"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Orders local identifiers by their values, character by character, so that upper-case letters come
   * before lower-case ones and {@code "s10"} before {@code "s9"}.
   *
   * @param other the identifier to compare with; not null
   * @return a negative number, zero or a positive number as this identifier sorts before, with or after
   *     {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(LocalId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is a local identifier with the same value.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal local identifier
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof LocalId && hash == ((LocalId) other).hash && value.equals(((LocalId) other).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}. It is seeded anew in every JVM, so it differs
   * from one run to the next (as {@link Object#hashCode()} allows), and identifiers cannot be chosen to share
   * it: a table of identifiers read from any input stays fast.
   *
   * @return the hash code of the value in this JVM
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the value, which {@link #of(String)} reads back.
   *
   * @return the value; never null
   */
  @Override
  public String toString() {
    return value;
  }
}
