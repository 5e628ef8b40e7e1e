package dev.symposia.validation.internal;

/**
 * The constraint validator payload that asks each rule for its first finding only.
 *
 * <p>Hibernate Validator's own fail-fast mode stops after the first constraint that fails, but one rule
 * may report several elements; with this payload set as well, exactly one violation is reported.
 */
public final class FailFast {
  /** The one instance. */
  public static final FailFast INSTANCE = new FailFast();

  private FailFast() {}
}
