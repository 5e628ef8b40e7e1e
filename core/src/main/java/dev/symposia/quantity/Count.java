package dev.symposia.quantity;

import dev.symposia.InvalidModelException;
import java.util.OptionalLong;

/**
 * How many of something there were, as precisely as the source says.
 *
 * <pre>{@code
 * Count experts = Count.parse("more than 200");   // "over 200 biomedical experts"
 * experts.lowerBound();                           // OptionalLong[201]
 * }</pre>
 *
 * <p>A count is exactly N ({@code 68}), at least N ({@code at least 200}), more than N
 * ({@code more than 200}, for "over 200"), about N ({@code about 200}), several ({@code several}, for
 * "several", and nothing else) or unknown ({@code unknown}, when the source gives no number and no word
 * for one). {@link #toString()} writes these forms and {@link #parse(String)} reads them back. Values
 * are whole numbers from 0; "more than" stops one short of {@link Long#MAX_VALUE} so that its
 * {@linkplain #lowerBound() lower bound} exists.
 *
 * <p>"Several" is more than one and states nothing else: its {@linkplain #lowerBound() lower bound} is 2,
 * it has no upper bound and no {@linkplain #value() value}. Dictionaries disagree on whether "several"
 * admits two, and this type invents no answer: it keeps the word and only what every reading shares.
 *
 * <p>"About N" has no stated bounds: the source gives no tolerance and this type invents none, so such a
 * count has neither a lower nor an upper bound. "At least N" and "more than N" are different counts even
 * where they admit the same whole numbers ({@code at least 201} and {@code more than 200}): each keeps the
 * words of its source. Equality is structural, over precision and value, and so is not a comparison of
 * the numbers the counts admit.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Count {
  private static final String TYPE = "Count";
  private static final String FORMS =
      "must be N, at least N, more than N, about N, several or unknown, with N a whole number in digits";
  private static final String AT_LEAST = "at least ";
  private static final String MORE_THAN = "more than ";
  private static final String ABOUT = "about ";
  private static final String UNKNOWN_TEXT = "unknown";
  private static final String SEVERAL_TEXT = "several";
  private static final Count UNKNOWN = new Count(CountPrecision.UNKNOWN, 0);
  private static final Count SEVERAL = new Count(CountPrecision.SEVERAL, 0);

  private final CountPrecision precision;
  private final long value;

  private Count(CountPrecision precision, long value) {
    this.precision = precision;
    this.value = value;
  }

  /**
   * Returns the count of exactly the given number.
   *
   * @param value the number, 0 or more
   * @return the exact count; never null
   * @throws InvalidModelException if {@code value} is negative
   */
  public static Count exactly(long value) {
    return new Count(CountPrecision.EXACT, checkNotNegative(value));
  }

  /**
   * Returns the count of the given number or more.
   *
   * @param value the smallest possible number, 0 or more
   * @return the count; never null
   * @throws InvalidModelException if {@code value} is negative
   */
  public static Count atLeast(long value) {
    return new Count(CountPrecision.AT_LEAST, checkNotNegative(value));
  }

  /**
   * Returns the count of more than the given number, for sources that say "over 200" or "more than 20".
   *
   * @param value the number that the count exceeds, from 0 to {@code Long.MAX_VALUE - 1}
   * @return the count; never null
   * @throws InvalidModelException if {@code value} is negative or {@link Long#MAX_VALUE}
   */
  public static Count moreThan(long value) {
    checkNotNegative(value);
    if (value == Long.MAX_VALUE) {
      throw new InvalidModelException(
          TYPE, "value", "must be less than " + Long.MAX_VALUE + " for a \"more than\" count", value);
    }
    return new Count(CountPrecision.MORE_THAN, value);
  }

  /**
   * Returns the count of roughly the given number, for sources that say "about" or "some".
   *
   * @param value the approximate number, 0 or more
   * @return the count; never null
   * @throws InvalidModelException if {@code value} is negative
   */
  public static Count about(long value) {
    return new Count(CountPrecision.ABOUT, checkNotNegative(value));
  }

  /**
   * Returns the count that the source does not give, in number or in words, as in "representatives of the
   * experts attended". For "several", use {@link #several()}.
   *
   * @return the unknown count; never null
   */
  public static Count unknown() {
    return UNKNOWN;
  }

  /**
   * Returns the count a source gives as "several", as in "several local government departments": more
   * than one, with no number.
   *
   * @return the count "several"; never null
   */
  public static Count several() {
    return SEVERAL;
  }

  /**
   * Reads a count in the form that {@link #toString()} writes: {@code 68}, {@code at least 200},
   * {@code more than 200}, {@code about 200}, {@code several} or {@code unknown}.
   *
   * <p>Words are in lower case and separated by one space; the number is written in ASCII digits, with no
   * sign, grouping or surrounding space.
   *
   * @param text the text to read; not null
   * @return the count; never null
   * @throws InvalidModelException if {@code text} is null or not in one of those forms, or if the number
   *     is too large
   */
  public static Count parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    if (text.equals(UNKNOWN_TEXT)) {
      return UNKNOWN;
    }
    if (text.equals(SEVERAL_TEXT)) {
      return SEVERAL;
    }
    if (text.startsWith(AT_LEAST)) {
      return atLeast(number(text, AT_LEAST.length()));
    }
    if (text.startsWith(MORE_THAN)) {
      return moreThan(number(text, MORE_THAN.length()));
    }
    if (text.startsWith(ABOUT)) {
      return about(number(text, ABOUT.length()));
    }
    return exactly(number(text, 0));
  }

  private static long number(String text, int from) {
    if (from == text.length()) {
      throw new InvalidModelException(TYPE, "text", FORMS, text);
    }
    long result = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidModelException(TYPE, "text", FORMS, text);
      }
      try {
        result = Math.addExact(Math.multiplyExact(result, 10), c - '0');
      } catch (ArithmeticException e) {
        InvalidModelException refusal = new InvalidModelException(
            TYPE, "value", "must be at most " + Long.MAX_VALUE, text.substring(from));
        refusal.initCause(e);
        throw refusal;
      }
    }
    return result;
  }

  private static long checkNotNegative(long value) {
    if (value < 0) {
      throw new InvalidModelException(TYPE, "value", "must not be negative", value);
    }
    return value;
  }

  /**
   * Returns how precisely the source states the count.
   *
   * @return the precision; never null
   */
  public CountPrecision precision() {
    return precision;
  }

  /**
   * Returns the number the source gives.
   *
   * @return the number, 0 or more; empty for an unknown count and for "several", which give none
   */
  public OptionalLong value() {
    return precision == CountPrecision.UNKNOWN || precision == CountPrecision.SEVERAL ? OptionalLong.empty()
        : OptionalLong.of(value);
  }

  /**
   * Tells whether the count is exact.
   *
   * @return true exactly when the precision is {@link CountPrecision#EXACT}
   */
  public boolean isExact() {
    return precision == CountPrecision.EXACT;
  }

  /**
   * Returns the smallest number the count can be, inclusive: 5 for {@code 5} and for {@code at least 5},
   * 6 for {@code more than 5}, 2 for {@code several}.
   *
   * @return the smallest possible number; empty for an approximate or unknown count, which state no bound
   */
  public OptionalLong lowerBound() {
    switch (precision) {
      case EXACT:
      case AT_LEAST:
        return OptionalLong.of(value);
      case MORE_THAN:
        return OptionalLong.of(value + 1);
      case SEVERAL:
        return OptionalLong.of(2);
      default:
        return OptionalLong.empty();
    }
  }

  /**
   * Returns the largest number the count can be, inclusive: only an exact count has one.
   *
   * @return the largest possible number; empty unless the count is exact
   */
  public OptionalLong upperBound() {
    return isExact() ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /**
   * Tells whether this count is greater than the other whatever numbers the two stand for, that is when
   * this count's {@linkplain #lowerBound() lower bound} exceeds the other's {@linkplain #upperBound() upper
   * bound}.
   *
   * <p>A check such as "the online sessions do not outnumber all sessions" should refuse a model only when
   * this is true, never on a mere possibility: {@code more than 68} is certainly greater than {@code 68},
   * {@code at least 61} is not (it may be 61), and neither an approximate nor an unknown count is ever
   * certainly greater or certainly exceeded, since nothing bounds them; {@code several} is certainly
   * greater than {@code 1} and never certainly exceeded. The relation is irreflexive, asymmetric and
   * transitive.
   *
   * @param other the count to compare with; not null
   * @return true if every number this count can be is greater than every number the other can be
   * @throws InvalidModelException if {@code other} is null
   */
  public boolean isCertainlyGreaterThan(Count other) {
    if (other == null) {
      throw new InvalidModelException(TYPE, "other", "is required");
    }
    OptionalLong lower = lowerBound();
    OptionalLong otherUpper = other.upperBound();
    return lower.isPresent() && otherUpper.isPresent() && lower.getAsLong() > otherUpper.getAsLong();
  }

  /**
   * Tells whether the other object is a count of the same precision and value.
   *
   * @param other the object to compare with; may be null
   * @return true if the counts are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Count
        && ((Count) other).precision == precision
        && ((Count) other).value == value;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * precision.ordinal() + Long.hashCode(value);
  }

  /**
   * Returns the form that {@link #parse(String)} reads back: {@code 68}, {@code at least 200},
   * {@code more than 200}, {@code about 200}, {@code several} or {@code unknown}.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    switch (precision) {
      case EXACT:
        return Long.toString(value);
      case AT_LEAST:
        return AT_LEAST + value;
      case MORE_THAN:
        return MORE_THAN + value;
      case ABOUT:
        return ABOUT + value;
      case SEVERAL:
        return SEVERAL_TEXT;
      default:
        return UNKNOWN_TEXT;
    }
  }
}
