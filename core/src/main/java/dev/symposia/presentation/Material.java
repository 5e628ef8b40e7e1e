package dev.symposia.presentation;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Doi;
import dev.symposia.internal.WebAddresses;
import dev.symposia.text.LocalizedText;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published recording, set of slides or poster file of a session or a talk, at a web address or a DOI.
 *
 * <pre>{@code
 * Material video = Material.builder().kind(MaterialKind.RECORDING)
 *     .url(URI.create("https://video.example.org/fictional-congress/opening")).build();
 * }</pre>
 *
 * <p>A material states its URL or its DOI, or both; a URL is an absolute {@code http} or {@code https} URI
 * with a host. A material of kind {@link MaterialKind#OTHER} says what it is in its title.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Material {
  Material() {}

  private static final String TYPE = "Material";

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the material is.
   *
   * @return the kind; never null
   */
  public abstract MaterialKind kind();

  /**
   * Returns the material's title.
   *
   * @return the title; empty when the source gives none; never empty for {@link MaterialKind#OTHER}
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns where the material is published on the web.
   *
   * @return an absolute http or https URI; empty when not stated
   */
  public abstract Optional<URI> url();

  /**
   * Returns the material's DOI.
   *
   * @return the DOI; empty when not stated
   */
  public abstract Optional<Doi> doi();

  @Value.Check
  void check() {
    if (url().isEmpty() && doi().isEmpty()) {
      throw new InvalidModelException(TYPE, "url", "or doi is required");
    }
    if (kind() == MaterialKind.OTHER && title().isEmpty()) {
      throw new InvalidModelException(TYPE, "title", "is required when the kind is other");
    }
    url().ifPresent(url -> WebAddresses.check(TYPE, "url", url));
  }

  /**
   * Returns the kind and address, such as {@code Material[RECORDING <https://video.example.org/opening>]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Material[" + kind() + url().map(u -> " <" + u + ">").orElse("") + doi().map(d -> " doi:" + d).orElse("")
        + "]";
  }

  /** Builds {@link Material} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableMaterial.Builder {
    Builder() {}
  }
}
