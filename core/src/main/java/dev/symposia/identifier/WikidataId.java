package dev.symposia.identifier;

import dev.symposia.InvalidModelException;
import java.net.URI;

/**
 * The identifier of a Wikidata item (a QID).
 *
 * <pre>{@code
 * WikidataId who = WikidataId.parse("https://www.wikidata.org/wiki/Q7817");
 * who.toString(); // "http://www.wikidata.org/entity/Q7817"
 * }</pre>
 *
 * <p>A QID is an upper-case {@code Q} followed by a positive decimal number without leading zeros.
 * {@link #parse(String)} accepts the bare form {@code Q42}, the concept URIs
 * {@code http://www.wikidata.org/entity/Q42} and {@code https://www.wikidata.org/entity/Q42}, and the page
 * URLs {@code https://www.wikidata.org/wiki/Q42} and {@code http://www.wikidata.org/wiki/Q42}. It accepts
 * nothing else: no lower-case {@code q}, no spaces, no other host, no fragment or query. Only items are
 * covered, not properties ({@code P31}) or lexemes ({@code L1}). Nothing checks that the item exists or
 * has not been merged into another.
 *
 * <p>Two identifiers are equal when their numbers are equal, and are ordered by their numbers, so
 * {@code Q9} comes before {@code Q10}. {@link #toString()} prints the concept URI, with {@code http} as
 * Wikidata itself writes it, which {@link #parse(String)} reads back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WikidataId implements Comparable<WikidataId> {
  private static final String TYPE = "WikidataId";
  private static final String ATTRIBUTE = "value";
  private static final String CONCEPT_PREFIX = "http://www.wikidata.org/entity/";
  private static final String[] PREFIXES = {
    CONCEPT_PREFIX,
    "https://www.wikidata.org/entity/",
    "https://www.wikidata.org/wiki/",
    "http://www.wikidata.org/wiki/",
  };

  private static final String FORMAT_RULE = "must be Q followed by a positive number without leading zeros";
  private static final String URI_RULE =
      "must be a bare QID or a URI starting with " + CONCEPT_PREFIX + " or https://www.wikidata.org/wiki/";
  private static final String OVERFLOW_RULE = "number must be at most " + Long.MAX_VALUE;

  private final long number;

  private WikidataId(long number) {
    this.number = number;
  }

  /**
   * Reads a Wikidata item identifier from its bare form or from a Wikidata URI.
   *
   * @param text the identifier, such as {@code "Q42"} or {@code "http://www.wikidata.org/entity/Q42"};
   *     may be null, which is refused
   * @return the identifier; never null
   * @throws InvalidModelException if {@code text} is null or is not in one of the accepted forms
   */
  public static WikidataId parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    String bare = withoutPrefix(text);
    String rule = refusal(bare);
    if (rule != null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, rule, text);
    }
    return new WikidataId(Long.parseLong(bare, 1, bare.length(), 10));
  }

  /**
   * Returns the identifier of the item with a given number.
   *
   * @param number the number after the {@code Q}, such as {@code 42}
   * @return the identifier; never null
   * @throws InvalidModelException if {@code number} is zero or negative
   */
  public static WikidataId of(long number) {
    if (number <= 0) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "number must be positive", number);
    }
    return new WikidataId(number);
  }

  /**
   * Tells whether {@link #parse(String)} would accept a text.
   *
   * @param text the text to test; may be null
   * @return true if {@code text} is a well-formed item identifier; false otherwise, including for null
   */
  public static boolean isValid(String text) {
    return text != null && refusal(withoutPrefix(text)) == null;
  }

  private static String withoutPrefix(String text) {
    for (String prefix : PREFIXES) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length());
      }
    }
    return text;
  }

  private static String refusal(String bare) {
    if (bare.indexOf('/') >= 0 || bare.indexOf(':') >= 0) {
      return URI_RULE;
    }
    if (bare.length() < 2 || bare.charAt(0) != 'Q' || bare.charAt(1) == '0') {
      return FORMAT_RULE;
    }
    for (int i = 1; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (c < '0' || c > '9') {
        return FORMAT_RULE;
      }
    }
    String digits = bare.substring(1);
    String max = Long.toString(Long.MAX_VALUE);
    boolean tooBig = digits.length() > max.length()
        || digits.length() == max.length() && digits.compareTo(max) > 0;
    return tooBig ? OVERFLOW_RULE : null;
  }

  /**
   * Returns the bare form.
   *
   * @return {@code Q} and the number, such as {@code "Q42"}; never null
   */
  public String value() {
    return "Q" + number;
  }

  /**
   * Returns the number after the {@code Q}.
   *
   * @return the number, always positive
   */
  public long number() {
    return number;
  }

  /**
   * Returns the concept URI, which identifies the item itself rather than a page about it.
   *
   * @return the URI, such as {@code http://www.wikidata.org/entity/Q42}; never null
   */
  public URI uri() {
    return URI.create(toString());
  }

  /**
   * Orders identifiers by their numbers.
   *
   * @param other the identifier to compare with; not null
   * @return a negative number, zero or a positive number as this number is less than, equal to or
   *     greater than that of {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(WikidataId other) {
    return Long.compare(number, other.number);
  }

  /**
   * Tells whether another object is a Wikidata item identifier with the same number.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal identifier
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof WikidataId && number == ((WikidataId) other).number;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the number
   */
  @Override
  public int hashCode() {
    return Long.hashCode(number);
  }

  /**
   * Returns the concept URI, which {@link #parse(String)} reads back.
   *
   * @return the concept URI, such as {@code "http://www.wikidata.org/entity/Q42"}; never null
   */
  @Override
  public String toString() {
    return CONCEPT_PREFIX + value();
  }
}
