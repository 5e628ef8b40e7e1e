package dev.symposia.quantity;

import dev.symposia.InvalidModelException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What part of a whole something is, as precisely as the source says: a percentage or a fraction.
 *
 * <pre>{@code
 * Share abroad = Share.parse("about 1/3");    // "about a third of the abstracts came from abroad"
 * Share online = Share.parse("more than 60%");
 * }</pre>
 *
 * <p>A share is a percentage ({@code 35%}, {@code 12.5%}) or a fraction ({@code 1/3}: a part of a whole),
 * exactly ({@code 35%}), at least ({@code at least 35%}), more than ({@code more than 35%}, for "over 35 per
 * cent") or about ({@code about 1/3}, for "about a third"), the precisions of a {@link Count} that a number
 * can have. {@link #toString()} writes these forms and {@link #parse(String)} reads them back. A fraction is
 * kept as the source gives it ({@code 2/6} stays {@code 2/6}), and a percentage keeps its digits, without
 * trailing zeros after the point ({@code 12.50%} is {@code 12.5%}).
 *
 * <p>A share can never be more than the whole: a percentage above 100, a part above its whole, "more than
 * 100%" and "more than 3/3" are refused, as are a negative number and a whole of 0. A percentage has at most
 * six digits after the point.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Share {
  private static final String TYPE = "Share";
  private static final String FORMS = "must be P%, N/M, or either after at least, more than or about, with P a"
      + " number in digits (such as 12.5) and N, M whole numbers in digits";
  private static final String AT_LEAST = "at least ";
  private static final String MORE_THAN = "more than ";
  private static final String ABOUT = "about ";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_SCALE = 6;

  private final CountPrecision precision;
  private final BigDecimal percent;
  private final long part;
  private final long whole;

  private Share(CountPrecision precision, BigDecimal percent, long part, long whole) {
    this.precision = precision;
    this.percent = percent;
    this.part = part;
    this.whole = whole;
  }

  /**
   * Returns a share given as a percentage.
   *
   * @param precision how precisely the source states it: exact, at least, more than or about; not null
   * @param percent the percentage, from 0 to 100 (below 100 for "more than"), at most six digits after the
   *     point; not null
   * @return the share; never null
   * @throws InvalidModelException if an argument is null, the precision is several or unknown, or the
   *     percentage is out of range
   */
  public static Share percent(CountPrecision precision, BigDecimal percent) {
    checkPrecision(precision);
    if (percent == null) {
      throw new InvalidModelException(TYPE, "percent", "is required");
    }
    BigDecimal value = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (value.signum() < 0) {
      throw new InvalidModelException(TYPE, "percent", "must not be negative", value.toPlainString());
    }
    if (value.scale() > MAX_SCALE) {
      throw new InvalidModelException(TYPE, "percent", "must have at most " + MAX_SCALE + " digits after the point",
          value.toPlainString());
    }
    if (value.compareTo(HUNDRED) > 0) {
      throw new InvalidModelException(TYPE, "percent", "must be at most 100: a share is at most the whole",
          value.toPlainString());
    }
    if (precision == CountPrecision.MORE_THAN && value.compareTo(HUNDRED) == 0) {
      throw new InvalidModelException(TYPE, "percent",
          "must be below 100 for a \"more than\" share: a share is at most the whole", value.toPlainString());
    }
    return new Share(precision, value, 0, 0);
  }

  /**
   * Returns a share given as a fraction, such as 1/3 for "a third".
   *
   * @param precision how precisely the source states it: exact, at least, more than or about; not null
   * @param part the part, from 0 to {@code whole} (below it for "more than")
   * @param whole the whole, 1 or more
   * @return the share; never null
   * @throws InvalidModelException if the precision is null, several or unknown, or the numbers are out of range
   */
  public static Share fraction(CountPrecision precision, long part, long whole) {
    checkPrecision(precision);
    if (whole < 1) {
      throw new InvalidModelException(TYPE, "whole", "must be at least 1", whole);
    }
    if (part < 0) {
      throw new InvalidModelException(TYPE, "part", "must not be negative", part);
    }
    if (part > whole) {
      throw new InvalidModelException(TYPE, "part", "must not exceed the whole: a share is at most the whole",
          part + "/" + whole);
    }
    if (precision == CountPrecision.MORE_THAN && part == whole) {
      throw new InvalidModelException(TYPE, "part",
          "must be below the whole for a \"more than\" share: a share is at most the whole", part + "/" + whole);
    }
    return new Share(precision, null, part, whole);
  }

  /**
   * Reads a share in the form that {@link #toString()} writes: {@code 35%}, {@code 12.5%}, {@code 1/3}, each
   * optionally after {@code at least }, {@code more than } or {@code about }.
   *
   * @param text the text to read; not null
   * @return the share; never null
   * @throws InvalidModelException if {@code text} is null, not in one of those forms, or out of range
   */
  public static Share parse(String text) {
    if (text == null) {
      throw new InvalidModelException(TYPE, "text", "is required");
    }
    CountPrecision precision = CountPrecision.EXACT;
    int from = 0;
    if (text.startsWith(AT_LEAST)) {
      precision = CountPrecision.AT_LEAST;
      from = AT_LEAST.length();
    } else if (text.startsWith(MORE_THAN)) {
      precision = CountPrecision.MORE_THAN;
      from = MORE_THAN.length();
    } else if (text.startsWith(ABOUT)) {
      precision = CountPrecision.ABOUT;
      from = ABOUT.length();
    }
    String number = text.substring(from);
    if (number.endsWith("%")) {
      String digits = number.substring(0, number.length() - 1);
      if (!digits.matches("[0-9]{1,20}(\\.[0-9]{1,20})?")) {
        throw new InvalidModelException(TYPE, "text", FORMS, text);
      }
      return percent(precision, new BigDecimal(digits));
    }
    int slash = number.indexOf('/');
    if (slash < 0 || !number.matches("[0-9]{1,18}/[0-9]{1,18}")) {
      throw new InvalidModelException(TYPE, "text", FORMS, text);
    }
    return fraction(precision, Long.parseLong(number.substring(0, slash)), Long.parseLong(number.substring(slash + 1)));
  }

  private static void checkPrecision(CountPrecision precision) {
    if (precision == null) {
      throw new InvalidModelException(TYPE, "precision", "is required");
    }
    if (precision == CountPrecision.SEVERAL || precision == CountPrecision.UNKNOWN) {
      throw new InvalidModelException(TYPE, "precision",
          "must be exact, at least, more than or about: a share states a number", precision);
    }
  }

  /**
   * Returns how precisely the source states the share.
   *
   * @return exact, at least, more than or about; never null
   */
  public CountPrecision precision() {
    return precision;
  }

  /**
   * Returns the percentage, for a share given as one.
   *
   * @return the percentage, from 0 to 100, without trailing zeros; empty for a fraction
   */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /**
   * Returns the part, for a share given as a fraction: 1 for {@code 1/3}.
   *
   * @return the part; empty for a percentage
   */
  public OptionalLong part() {
    return percent == null ? OptionalLong.of(part) : OptionalLong.empty();
  }

  /**
   * Returns the whole, for a share given as a fraction: 3 for {@code 1/3}.
   *
   * @return the whole, 1 or more; empty for a percentage
   */
  public OptionalLong whole() {
    return percent == null ? OptionalLong.of(whole) : OptionalLong.empty();
  }

  /**
   * Tells whether another object is a share of the same precision, written the same way: {@code 1/3} and
   * {@code 2/6} are different shares, since each keeps its source's words.
   *
   * @param other the object to compare with; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Share)) {
      return false;
    }
    Share that = (Share) other;
    return precision == that.precision && part == that.part && whole == that.whole
        && (percent == null ? that.percent == null : percent.equals(that.percent));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (31 * precision.hashCode() + (percent == null ? 0 : percent.hashCode()))
        + Long.hashCode(part * 31 + whole);
  }

  /**
   * Returns the form that {@link #parse(String)} reads back, such as {@code about 1/3} or {@code 35%}.
   *
   * @return the canonical text; never null
   */
  @Override
  public String toString() {
    String number = percent == null ? part + "/" + whole : percent.toPlainString() + "%";
    switch (precision) {
      case AT_LEAST:
        return AT_LEAST + number;
      case MORE_THAN:
        return MORE_THAN + number;
      case ABOUT:
        return ABOUT + number;
      default:
        return number;
    }
  }
}
