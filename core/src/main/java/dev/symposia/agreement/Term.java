package dev.symposia.agreement;

import dev.symposia.InvalidModelException;
import dev.symposia.time.PartialDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long an agreement, or a renewal of it, is in force, as the source states it: for a length of time
 * ("for three years"), up to an end date ("until 31 December 2027"), both, or until a party ends it.
 *
 * <pre>{@code
 * Term threeYears = Term.of(Period.ofYears(3));
 * Term toEndOf2027 = Term.until(PartialDate.of(2027, 12, 31));
 * Term openEnded = Term.openEnded();       // until a party terminates it
 * }</pre>
 *
 * <p>A term states at least one of {@link #length()}, {@link #endsOn()} and {@link #untilTerminated()}.
 * Building refuses:
 * <ul>
 *   <li>a term that states none of them;</li>
 *   <li>a length that is zero or has a negative part ({@code P0D}, {@code P1Y-2M});</li>
 *   <li>"until terminated" together with a length or an end date, which it contradicts.</li>
 * </ul>
 * A length runs from the date the agreement was signed, or the renewal made, unless the source says
 * otherwise; the model does not compute an end from it. The agreement refuses an end date certainly before
 * its signing ({@link CooperationAgreement}), and a renewal an end certainly before the renewal
 * ({@link Renewal}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Term {
  Term() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a term of a length of time, such as three years.
   *
   * @param length the length; not null, not zero, no part negative
   * @return the term; never null
   * @throws InvalidModelException if {@code length} is null, zero or has a negative part
   */
  public static Term of(Period length) {
    return builder().length(length).build();
  }

  /**
   * Returns a term that ends on a date, the last day the agreement is in force.
   *
   * @param endsOn the end date, possibly partial; not null
   * @return the term; never null
   * @throws InvalidModelException if {@code endsOn} is null
   */
  public static Term until(PartialDate endsOn) {
    return builder().endsOn(endsOn).build();
  }

  /**
   * Returns a term without an end: the agreement is in force until a party terminates it
   * ({@link #untilTerminated()} is true).
   *
   * @return the term; never null
   */
  public static Term openEnded() {
    return builder().untilTerminated(true).build();
  }

  /**
   * Returns how long the agreement is in force, such as {@code P3Y} for three years.
   *
   * @return the length, positive; empty when the source states none
   */
  public abstract Optional<Period> length();

  /**
   * Returns the last day the agreement is in force.
   *
   * @return the date, possibly partial; empty when the source states none
   */
  public abstract Optional<PartialDate> endsOn();

  /**
   * Tells whether the agreement is in force until a party ends it, with no end set.
   *
   * @return true for "until terminated"; false unless set
   */
  @Value.Default
  public boolean untilTerminated() {
    return false;
  }

  @Value.Check
  void check() {
    if (untilTerminated()) {
      if (length().isPresent()) {
        throw new InvalidModelException("Term", "length", "must be absent for a term until terminated",
            length().get());
      }
      if (endsOn().isPresent()) {
        throw new InvalidModelException("Term", "endsOn", "must be absent for a term until terminated",
            endsOn().get());
      }
      return;
    }
    if (length().isEmpty() && endsOn().isEmpty()) {
      throw new InvalidModelException("Term", "length", "or endsOn or untilTerminated is required");
    }
    if (length().isPresent()) {
      Period length = length().get();
      if (length.isZero() || length.getYears() < 0 || length.getMonths() < 0 || length.getDays() < 0) {
        throw new InvalidModelException("Term", "length", "must be positive, with no negative part", length);
      }
    }
  }

  /**
   * Returns the term in short, such as {@code P3Y}, {@code until 2027-12-31}, {@code P3Y until 2027-12}
   * or {@code until terminated}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    if (untilTerminated()) {
      return "until terminated";
    }
    StringBuilder text = new StringBuilder();
    length().ifPresent(text::append);
    endsOn().ifPresent(end -> text.append(text.length() == 0 ? "" : " ").append("until ").append(end));
    return text.toString();
  }

  /** Builds {@link Term} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }
}
