package dev.symposia.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Interpolates messages in one locale, whatever the default locale. Thread-safe if the delegate is. */
public final class FixedLocaleInterpolator implements MessageInterpolator {
  private final MessageInterpolator delegate;
  private final Locale locale;

  /**
   * Wraps an interpolator.
   *
   * @param delegate the interpolator; not null
   * @param locale the locale of every message; not null
   */
  public FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, locale);
  }
}
