package dev.symposia.support;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Support that a company gave a symposium or one of its sessions: an educational grant, in-kind support, a
 * sponsorship or an exhibit.
 *
 * <pre>{@code
 * CommercialSupport grant = CommercialSupport.builder().company(LocalId.of("meridian-pharma"))
 *     .kind(SupportKind.EDUCATIONAL_GRANT).build();
 * }</pre>
 *
 * <p>The company is an institution of the symposium, referred to by identifier. Commercial support is not an
 * academic role: a company that sponsors a satellite symposium is that session's sponsor, recorded on the
 * session, not an organiser of the congress ({@link dev.symposia.event.InstitutionRole}). A label names the
 * kind only for {@link SupportKind#OTHER}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommercialSupport {
  CommercialSupport() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the company that gave the support.
   *
   * @return the identifier of an institution of the symposium; never null
   */
  public abstract LocalId company();

  /**
   * Returns the kind of support.
   *
   * @return the kind; never null
   */
  public abstract SupportKind kind();

  /**
   * Returns the source's name for support of kind {@link SupportKind#OTHER}.
   *
   * @return the label; empty when the kind is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> kindLabel();

  /**
   * Returns what the support was, in the source's words, such as "an unrestricted educational grant".
   *
   * @return the description; empty when the source adds nothing to the kind
   */
  public abstract Optional<LocalizedText> description();

  @Value.Check
  void check() {
    if (kindLabel().isPresent() && kind() != SupportKind.OTHER) {
      throw new InvalidModelException("CommercialSupport", "kindLabel", "must be absent unless the kind is other",
          kindLabel().get().text());
    }
  }

  /**
   * Returns the company and kind, such as {@code CommercialSupport[meridian-pharma: EDUCATIONAL_GRANT]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "CommercialSupport[" + company() + ": " + kind() + "]";
  }

  /** Builds {@link CommercialSupport} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableCommercialSupport.Builder {
    Builder() {}

    /**
     * Sets the company from its identifier.
     *
     * @param company the identifier of an institution of the symposium; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder company(String company) {
      company(company == null ? null : LocalId.of(company));
      return this;
    }
  }
}
