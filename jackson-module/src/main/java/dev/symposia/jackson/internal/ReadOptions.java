package dev.symposia.jackson.internal;

/** How lenient a reader is. Instances are immutable and thread-safe. */
public final class ReadOptions {
  /** Ignores unknown properties, so that older readers accept newer writers' documents. */
  public static final ReadOptions STANDARD = new ReadOptions(false);
  /** Refuses unknown properties. */
  public static final ReadOptions STRICT = new ReadOptions(true);

  final boolean strict;

  private ReadOptions(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns whether unknown properties are refused.
   *
   * @return true in strict mode
   */
  public boolean isStrict() {
    return strict;
  }
}
