package dev.symposia.event;

import dev.symposia.identifier.LocalId;
import dev.symposia.internal.PartialLists;
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

  private static final List<String> PARTIAL_LISTS = List.of("recipients", "unveiledBy");

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
   * Returns the names of this Award's lists that the source gives only in part, such as {@code ["recipients"]} for "winners included...".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code recipients}, {@code unveiledBy}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this Award only in part.
   *
   * @param list the list's name, one of {@code recipients}, {@code unveiledBy}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("Award", partialLists(), PARTIAL_LISTS, list);
  }

  @Value.Check
  void checkPartialLists() {
    PartialLists.check("Award", partialLists(), PARTIAL_LISTS);
  }

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
