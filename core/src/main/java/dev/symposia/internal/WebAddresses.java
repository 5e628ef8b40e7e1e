package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.net.URI;

/**
 * What every web address the model holds must be, the same in every type: an absolute {@code http} or
 * {@code https} URI with a host, no longer than the text limit.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class WebAddresses {
  private WebAddresses() {}

  /**
   * Refuses an address that is not an absolute http or https URI with a host, or is too long.
   *
   * @param type the simple name of the type that holds the address, for the message
   * @param attribute the attribute, for the message
   * @param url the address; not null
   * @throws InvalidModelException if the address is longer than the text limit or not an absolute http or
   *     https URI with a host
   */
  public static void check(String type, String attribute, URI url) {
    if (url.toString().length() > LocalizedText.MAX_TEXT_LENGTH) {
      throw new InvalidModelException(type, attribute, TextRules.tooLong());
    }
    String scheme = url.getScheme();
    if (!url.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || url.getRawAuthority() == null) {
      throw new InvalidModelException(type, attribute, "must be an absolute http or https URI", url);
    }
  }
}
