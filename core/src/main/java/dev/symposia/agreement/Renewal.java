package dev.symposia.agreement;

import dev.symposia.InvalidModelException;
import dev.symposia.time.PartialDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One renewal of an agreement: when it was renewed, and for what new term.
 *
 * <pre>{@code
 * Renewal renewal = Renewal.builder().renewedOn(PartialDate.ofYearMonth(2027, 5))
 *     .term(Term.of(Period.ofYears(5))).build();
 * }</pre>
 *
 * <p>Both parts are optional, as sources often give only one ("renewed in 2027", "extended for five more
 * years"), or neither ("the agreement, since renewed, ..."). Building refuses a new term that ends certainly
 * before the renewal. The agreement lists its renewals in the order they were made, and refuses one dated
 * certainly before the agreement was signed; one listed before an earlier one is what the validation module
 * reports ({@code SYM-AGREEMENT-DATE}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Renewal {
  Renewal() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a renewal made on a date, for a new length of time.
   *
   * @param renewedOn the date of the renewal, possibly partial; not null
   * @param length the new term's length; not null, not zero, no part negative
   * @return the renewal; never null
   * @throws InvalidModelException if an argument is null, or the length is zero or has a negative part
   */
  public static Renewal of(PartialDate renewedOn, Period length) {
    return builder().renewedOn(renewedOn).term(Term.of(length)).build();
  }

  /**
   * Returns the date the agreement was renewed.
   *
   * @return the date, possibly partial; empty when not stated
   */
  public abstract Optional<PartialDate> renewedOn();

  /**
   * Returns the term the renewal gives the agreement.
   *
   * @return the new term; empty when not stated
   */
  public abstract Optional<Term> term();

  @Value.Check
  void check() {
    if (renewedOn().isPresent() && term().flatMap(Term::endsOn).isPresent()
        && term().get().endsOn().get().isCertainlyBefore(renewedOn().get())) {
      throw new InvalidModelException("Renewal", "term.endsOn", "must not be before renewedOn " + renewedOn().get(),
          term().get().endsOn().get());
    }
  }

  /**
   * Returns the date and term, such as {@code renewed 2027-05 for P5Y} or {@code renewed (date not stated)}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("renewed ");
    text.append(renewedOn().map(PartialDate::toString).orElse("(date not stated)"));
    term().ifPresent(term -> text.append(term.length().isPresent() ? " for " : ", ").append(term));
    return text.toString();
  }

  /** Builds {@link Renewal} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableRenewal.Builder {
    Builder() {}
  }
}
