package dev.symposia.generators;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;

import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.quantity.Share;
import java.math.BigDecimal;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Generators of valid counts, shared with the other modules' tests. */
public final class QuantityGenerators {
  private QuantityGenerators() {}

  /** Returns whole numbers from 0, mostly small enough to collide, some up to {@code Long.MAX_VALUE - 1}. */
  public static Gen<Long> countValues() {
    return frequency(Pair.of(5, longRange(0, 300)), Pair.of(1, longRange(0, Long.MAX_VALUE - 1)));
  }

  /** Returns counts of every precision. */
  public static Gen<Count> counts() {
    return oneOf(
        countValues().map(Count::exactly),
        countValues().map(Count::atLeast),
        countValues().map(Count::moreThan),
        countValues().map(Count::about),
        constant(Count.several()),
        constant(Count.unknown()));
  }

  /** Returns shares of every form and precision a share can have: percentages, with and without a fraction, and parts of wholes. */
  public static Gen<Share> shares() {
    Gen<CountPrecision> precisions = oneOf(constant(CountPrecision.EXACT), constant(CountPrecision.AT_LEAST),
        constant(CountPrecision.MORE_THAN), constant(CountPrecision.ABOUT));
    Gen<Share> percentages = precisions.zip(longRange(0, 99_999), longRange(0, 3), (precision, digits, scale) ->
        Share.percent(precision, BigDecimal.valueOf(digits % (scale == 0 ? 100 : 100_000), scale.intValue())
            .min(BigDecimal.valueOf(99))));
    Gen<Share> fractions = precisions.zip(longRange(1, 12), longRange(0, 11), (precision, whole, part) ->
        Share.fraction(precision, Math.min(part, whole - 1), whole));
    return oneOf(percentages, fractions, constant(Share.parse("100%")), constant(Share.parse("about 1/3")));
  }
}
