package dev.symposia.event;

import dev.symposia.identifier.LocalId;
import dev.symposia.internal.ShortList;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * People or institutions that a source mentions without naming them, such as "representatives of overseas
 * high-level talent" or "several local government departments".
 *
 * <pre>{@code
 * UnnamedGroup departments = UnnamedGroup.builder().count(Count.several())
 *     .description(LocalizedText.of("local government departments"))
 *     .kind(InstitutionKind.GOVERNMENT_BODY).build();
 * }</pre>
 *
 * <p>The group says as much as the source and no more: how many (possibly unknown), what they are, and
 * which institutions they come from when the source says so (an expert from NUS).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnnamedGroup {
  UnnamedGroup() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many members the group has.
   *
   * @return the count, as precise as the source; never null
   */
  public abstract Count count();

  /**
   * Returns what the members are, as the source describes them.
   *
   * @return the description; empty when the source says nothing more
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the institutions the members come from.
   *
   * @return institution identifiers of the symposium; never null, possibly empty
   */
  public abstract List<LocalId> institutions();

  /**
   * Returns the kind of institution, for a group of unnamed institutions.
   *
   * @return the kind; empty for a group of people or when not stated
   */
  public abstract Optional<InstitutionKind> kind();

  /**
   * Returns the count and description, such as {@code more than 1 local government departments}; an unknown count is left out.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    String counted = count().precision() == dev.symposia.quantity.CountPrecision.UNKNOWN ? "" : count() + " ";
    return counted + description().map(LocalizedText::text).orElse("unnamed")
        + (institutions().isEmpty() ? "" : " from " + ShortList.of(institutions()));
  }

  /** Builds {@link UnnamedGroup} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableUnnamedGroup.Builder {
    Builder() {}

    /**
     * Sets the description from English text.
     *
     * @param description the description in English; not null or blank
     * @return this builder
     * @throws dev.symposia.InvalidModelException if the text is null or blank
     */
    public Builder description(String description) {
      description(description == null ? null : LocalizedText.of(description));
      return this;
    }
  }
}
