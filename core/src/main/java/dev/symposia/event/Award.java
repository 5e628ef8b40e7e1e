package dev.symposia.event;

import dev.symposia.identifier.LocalId;
import dev.symposia.internal.ShortList;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award given at a symposium: its name, who received it, who unveiled it and at which session.
 *
 * <pre>{@code
 * Award award = Award.builder().name(LocalizedText.of("2021 CSCO Clinical Oncology Annual Achievement Award"))
 *     .addRecipients(LocalId.of("wu-yilong")).addUnveiledBy(LocalId.of("fan-jia"), LocalId.of("yu-jinming")).build();
 * }</pre>
 *
 * <p>Recipients and presenters are speakers of the symposium, and the session one of its sessions, all
 * referred to by identifier.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Award {
  Award() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the award's name.
   *
   * @return the name; never null
   */
  public abstract LocalizedText name();

  /**
   * Returns who received the award.
   *
   * @return speaker identifiers; never null, empty when not reported
   */
  public abstract List<LocalId> recipients();

  /**
   * Returns who unveiled or presented the award.
   *
   * @return speaker identifiers; never null, empty when not reported
   */
  public abstract List<LocalId> unveiledBy();

  /**
   * Returns the session at which the award was given.
   *
   * @return the session's identifier; empty when not stated
   */
  public abstract Optional<LocalId> session();

  /**
   * Returns the name and recipients, such as {@code Award[Annual Achievement Award to [wu-yilong]]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Award[" + name().text() + (recipients().isEmpty() ? "" : " to " + ShortList.of(recipients())) + "]";
  }

  /** Builds {@link Award} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableAward.Builder {
    Builder() {}

    /**
     * Sets the name from English text.
     *
     * @param name the name in English; not null or blank
     * @return this builder
     * @throws dev.symposia.InvalidModelException if the text is null or blank
     */
    public Builder name(String name) {
      name(name == null ? null : LocalizedText.of(name));
      return this;
    }
  }
}
