package dev.symposia.quantity;

/**
 * How precisely a source states a {@link Count}.
 *
 * <pre>{@code
 * Count.parse("more than 200").precision();   // MORE_THAN
 * Count.parse("68").precision();              // EXACT
 * }</pre>
 *
 * <p>Each constant is written by {@link Count#toString()} in the words shown on it.
 */
public enum CountPrecision {
  /** Exactly the value: {@code 68}. */
  EXACT,
  /** The value or more: {@code at least 200}. */
  AT_LEAST,
  /** More than the value, as in "over 200": {@code more than 200}. */
  MORE_THAN,
  /** Roughly the value, more or less: {@code about 200}. */
  ABOUT,
  /**
   * The source says "several" and gives no number: more than one, and nothing more ({@code several}). The
   * one way to record "several"; {@code more than 1} is for sources that say "more than one".
   */
  SEVERAL,
  /**
   * The source gives no number and no word for one, as in "representatives of the experts attended" or "a
   * number of leaders": {@code unknown}.
   */
  UNKNOWN
}
