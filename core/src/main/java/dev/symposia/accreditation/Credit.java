package dev.symposia.accreditation;

import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Credits of one kind that an accreditation grants: "6 national category I credits", "a maximum of 12 AMA PRA
 * Category 1 Credits", or only "CME credits" when the source gives no number.
 *
 * <pre>{@code
 * Credit credit = Credit.builder().kind(CreditKind.NATIONAL).amount(new BigDecimal("6"))
 *     .label(LocalizedText.of("national category I credits")).build();
 * }</pre>
 *
 * <p>An amount is positive, at most {@value #MAX_AMOUNT}, in steps of at most two decimal places (accreditors
 * grant quarters and halves of a credit); trailing zeros are not kept, so {@code 6.0} is {@code 6}. A
 * {@link CreditKind#OTHER} credit names its kind in {@link #label()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Credit {
  Credit() {}

  /** The greatest number of credits one credit line can state. */
  public static final int MAX_AMOUNT = 1000;

  private static final String TYPE = "Credit";
  private static final BigDecimal LIMIT = BigDecimal.valueOf(MAX_AMOUNT);

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of credit.
   *
   * @return the kind; never null
   */
  public abstract CreditKind kind();

  /**
   * Returns how many credits are granted.
   *
   * @return the number, positive, without trailing zeros; empty when the source gives none ("CME credits
   *     available")
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Tells whether the amount is a maximum that a participant can claim ("up to 6 credits", "a maximum of
   * 6"), as accreditors word it, rather than what everyone attending receives.
   *
   * @return true for a maximum; false when the source states the number plainly
   */
  @Value.Default
  public boolean maximum() {
    return false;
  }

  /**
   * Returns the source's own words for the kind of credit, such as "national category I credits".
   *
   * @return the label; empty when the source's words add nothing to the kind; never empty for
   *     {@link CreditKind#OTHER}
   */
  public abstract Optional<LocalizedText> label();

  @Value.Check
  Credit normalize() {
    if (kind() == CreditKind.OTHER && label().isEmpty()) {
      throw new InvalidModelException(TYPE, "label", "is required when the kind is other");
    }
    if (maximum() && amount().isEmpty()) {
      throw new InvalidModelException(TYPE, "maximum", "must be false when no amount is given");
    }
    if (amount().isEmpty()) {
      return this;
    }
    BigDecimal amount = amount().get();
    if (amount.signum() <= 0 || amount.compareTo(LIMIT) > 0) {
      throw new InvalidModelException(TYPE, "amount", "must be more than 0 and at most " + MAX_AMOUNT, amount);
    }
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.scale() > 2) {
      throw new InvalidModelException(TYPE, "amount", "must have at most two decimal places", amount);
    }
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    return plain.equals(amount) ? this : builder().from(this).amount(plain).build();
  }

  /**
   * Returns the amount and kind, such as {@code "6 NATIONAL (national category I credits)"}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return (maximum() ? "up to " : "") + amount().map(a -> a.toPlainString() + " ").orElse("") + kind()
        + label().map(l -> " (" + l.text() + ")").orElse("");
  }

  /** Builds {@link Credit} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableCredit.Builder {
    Builder() {}

    /**
     * Sets the amount from its decimal text, such as {@code "1.5"}.
     *
     * @param amount the amount; not null
     * @return this builder
     * @throws InvalidModelException if the text is null or not a decimal number
     */
    public Builder amount(String amount) {
      if (amount == null) {
        throw new InvalidModelException(TYPE, "amount", "must not be null");
      }
      if (amount.length() > 16 || !amount.matches("[0-9]+(\\.[0-9]+)?")) {
        throw new InvalidModelException(TYPE, "amount", "must be a decimal number such as 6 or 1.5", amount);
      }
      amount(new BigDecimal(amount));
      return this;
    }
  }
}
