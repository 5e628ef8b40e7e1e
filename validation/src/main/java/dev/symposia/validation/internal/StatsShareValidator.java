package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.quantity.Share;
import dev.symposia.validation.rules.StatsShare;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Validates {@link StatsShare} on a symposium. Thread-safe. */
public final class StatsShareValidator extends RuleValidator<StatsShare, Symposium> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** Creates the validator. */
  public StatsShareValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Map<LocalId, Statistic> byId = null;
    List<Statistic> statistics = symposium.statistics();
    for (int i = 0; i < statistics.size(); i++) {
      if (statistics.get(i).share().isPresent()) {
        byId = byId == null ? Statistics.byId(symposium) : byId;
        check(statistics.get(i), byId, at("statistics", i), offences);
      }
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      List<Statistic> own = symposium.sessions().get(i).statistics();
      for (int j = 0; j < own.size(); j++) {
        if (own.get(j).share().isPresent()) {
          byId = byId == null ? Statistics.byId(symposium) : byId;
          check(own.get(j), byId, at("sessions", i, "statistics", j), offences);
        }
      }
    }
  }

  private static void check(Statistic part, Map<LocalId, Statistic> byId, Object[] path, Offences offences) {
    Statistic whole = byId.get(part.shareOf().orElseThrow());
    if (whole != null && disagree(part, whole)) {
      offences.add(path, "part", part, "whole", whole);
    }
  }

  /**
   * Tells whether no number the part's count can be is a number the share of the whole's count allows.
   * The share's bounds are fractions of the whole: a percentage within half its last digit, a fraction
   * exactly; "at least" and "more than" reach the whole; "about" bounds nothing.
   */
  static boolean disagree(Statistic part, Statistic whole) {
    Share share = part.share().orElseThrow();
    if (share.precision() == CountPrecision.ABOUT) {
      return false;
    }
    OptionalLong partLower = part.count().lowerBound();
    OptionalLong partUpper = part.count().upperBound();
    OptionalLong wholeLower = whole.count().lowerBound();
    OptionalLong wholeUpper = whole.count().upperBound();
    boolean upToWhole = share.precision() != CountPrecision.EXACT;
    // Fewer than the least the share allows of the least the whole can be.
    if (partUpper.isPresent() && wholeLower.isPresent()) {
      BigInteger least = lowest(share, wholeLower.getAsLong());
      if (BigInteger.valueOf(partUpper.getAsLong()).compareTo(least) < 0) {
        return true;
      }
    }
    // More than the most the share allows of the most the whole can be.
    if (partLower.isPresent() && wholeUpper.isPresent()) {
      BigInteger most = upToWhole ? BigInteger.valueOf(wholeUpper.getAsLong()) : highest(share, wholeUpper.getAsLong());
      return BigInteger.valueOf(partLower.getAsLong()).compareTo(most) > 0;
    }
    return false;
  }

  private static BigInteger lowest(Share share, long whole) {
    BigDecimal of = BigDecimal.valueOf(whole);
    if (share.percent().isPresent()) {
      BigDecimal percent = share.percent().get();
      BigDecimal low = percent.subtract(HALF.movePointLeft(percent.scale())).max(BigDecimal.ZERO);
      return low.multiply(of).divide(HUNDRED).setScale(0, RoundingMode.FLOOR).toBigInteger();
    }
    return BigInteger.valueOf(share.part().getAsLong()).multiply(of.toBigInteger())
        .divide(BigInteger.valueOf(share.whole().getAsLong()));
  }

  private static BigInteger highest(Share share, long whole) {
    BigDecimal of = BigDecimal.valueOf(whole);
    if (share.percent().isPresent()) {
      BigDecimal percent = share.percent().get();
      BigDecimal high = percent.add(HALF.movePointLeft(percent.scale())).min(HUNDRED);
      return high.multiply(of).divide(HUNDRED).setScale(0, RoundingMode.CEILING).toBigInteger();
    }
    BigInteger[] quotient = BigInteger.valueOf(share.part().getAsLong()).multiply(of.toBigInteger())
        .divideAndRemainder(BigInteger.valueOf(share.whole().getAsLong()));
    return quotient[1].signum() == 0 ? quotient[0] : quotient[0].add(BigInteger.ONE);
  }
}
