package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.internal.WebAddresses;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a record comes from: a news report, a press release or a programme, with its publisher, date and
 * address.
 *
 * <pre>{@code
 * Source report = Source.builder().publisher("CAE").published(PartialDate.of(2022, 12, 23)).build();
 * }</pre>
 *
 * <p>A source states at least its publisher, title or address. The address, when given, must be an
 * absolute {@code http} or {@code https} URI with a host (internationalised host names are accepted as
 * written or in their punycode form).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns who published the source.
   *
   * @return the publisher; empty when not known
   */
  public abstract Optional<LocalizedText> publisher();

  /**
   * Returns the source's title or headline.
   *
   * @return the title; empty when not known
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns when the source was published.
   *
   * @return the date, possibly partial; empty when not known
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns the source's address on the web.
   *
   * @return an absolute http or https URI; empty when not known
   */
  public abstract Optional<URI> url();

  @Value.Check
  void check() {
    if (publisher().isEmpty() && title().isEmpty() && url().isEmpty()) {
      throw new InvalidModelException("Source", "publisher", "or title or url is required");
    }
    if (url().isPresent()) {
      WebAddresses.check("Source", "url", url().get());
    }
  }

  /**
   * Returns the publisher, date and title, such as {@code CAE, 2022-12-23}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    publisher().ifPresent(p -> text.append(p.text()));
    published().ifPresent(d -> text.append(text.length() == 0 ? "" : ", ").append(d));
    title().ifPresent(t -> text.append(text.length() == 0 ? "" : ": ").append(t.text()));
    url().ifPresent(u -> text.append(text.length() == 0 ? "" : " ").append('<').append(u).append('>'));
    return text.toString();
  }

  /** Builds {@link Source} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}

    /**
     * Sets the publisher from English text.
     *
     * @param publisher the publisher in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder publisher(String publisher) {
      publisher(publisher == null ? null : LocalizedText.of(publisher));
      return this;
    }
  }
}
