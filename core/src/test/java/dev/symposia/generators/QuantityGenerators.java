package dev.symposia.generators;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;

import dev.symposia.quantity.Count;
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
}
