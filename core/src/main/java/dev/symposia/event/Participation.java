package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import java.util.Optional;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import java.util.List;
import org.immutables.value.Value;

/**
 * One person's, or one unnamed group's, part in a session or in a symposium as a whole: their role, how they
 * delivered their contribution, what it was, and where they joined from.
 *
 * <pre>{@code
 * Participation gallin = Participation.builder().person(LocalId.of("john-gallin"))
 *     .role(ParticipantRole.SPEAKER).delivery(Delivery.VIDEO_MESSAGE).build();
 * Participation remote = Participation.builder().person(LocalId.of("amina-odhiambo"))
 *     .role(ParticipantRole.SPEAKER).delivery(Delivery.LIVE_REMOTE)
 *     .joinedFrom(Place.builder().city(LocalizedText.of("Nairobi")).build()).build();
 * }</pre>
 *
 * <p>A participation names either a {@link #person()} (a {@link dev.symposia.people.Speaker} of the
 * symposium, by identifier) or an {@link #group() unnamed group}, never both and never neither. A person
 * with two roles in one session (chair and speaker) has two participations. A participation is refused if
 * it names both or neither, or if the place it was joined from is marked as a main venue.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participation {
  Participation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a named person's participation in a role, delivered in a way the source does not state.
   *
   * @param person the speaker's identifier in the symposium; not null
   * @param role the role; not null
   * @return the participation; never null
   * @throws InvalidModelException if an argument is null
   */
  public static Participation of(LocalId person, ParticipantRole role) {
    return builder().person(person).role(role).build();
  }

  /**
   * Returns the person taking part.
   *
   * @return the speaker's identifier; empty when the participation is by an unnamed group
   */
  public abstract Optional<LocalId> person();

  /**
   * Returns the unnamed people taking part.
   *
   * @return the group; empty when the participation is by a named person
   */
  public abstract Optional<UnnamedGroup> group();

  /**
   * Returns the role played.
   *
   * @return the role; never null
   */
  public abstract ParticipantRole role();

  /**
   * Returns the source's own name for a role the model has no value for, when {@link #role()} is
   * {@link ParticipantRole#OTHER}, such as "rapporteur".
   *
   * @return the label; empty when the role is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> roleLabel();

  /**
   * Returns how the contribution was delivered.
   *
   * @return the delivery; empty when the source does not say
   */
  public abstract Optional<Delivery> delivery();

  /**
   * Returns the contribution, such as "welcome speech" or the title of a talk.
   *
   * @return the contribution; empty when not stated
   */
  public abstract Optional<LocalizedText> contribution();

  /**
   * Returns where the participant was while taking part, when it is not where the event was held, such as
   * the city a remote speaker joined from ("joined from Nairobi"). Its institution, if any, must be one of the
   * symposium's; it is never marked as a main venue.
   *
   * @return the place; empty when the source does not say
   */
  public abstract Optional<Place> joinedFrom();

  /**
   * Returns the abstract or poster the participant presented, such as an oral abstract presentation.
   *
   * @return the abstract; empty when the participation presents none, or the source does not say
   */
  public abstract Optional<Abstract> presentedAbstract();

  /**
   * Returns the published recordings, slides or poster files of this participant's contribution.
   *
   * @return the materials; never null, empty when none are published or the source does not say
   */
  public abstract List<Material> materials();

  @Value.Check
  void check() {
    if (roleLabel().isPresent() && role() != ParticipantRole.OTHER) {
      throw new InvalidModelException("Participation", "roleLabel", "must be absent unless the role is other, as "
          + role().name().toLowerCase(java.util.Locale.ROOT) + " names it already", roleLabel().get().text());
    }
    if (person().isPresent() == group().isPresent()) {
      throw new InvalidModelException("Participation", "person",
          "exactly one of person and group is required", person().orElse(null));
    }
    if (joinedFrom().isPresent() && joinedFrom().get().isMainVenue()) {
      throw new InvalidModelException("Participation", "joinedFrom",
          "must not be marked as a main venue: where a participant joined from is not a venue of the event",
          joinedFrom().get());
    }
  }

  /**
   * Returns who, in what role, how and from where, such as {@code john-gallin SPEAKER (VIDEO_MESSAGE)}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return person().map(LocalId::toString).orElseGet(() -> group().map(UnnamedGroup::toString).orElse(""))
        + " " + role() + delivery().map(d -> " (" + d + ")").orElse("")
        + joinedFrom().map(p -> " from " + p).orElse("");
  }

  /** Builds {@link Participation} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}

    /**
     * Sets the person from the text form of their identifier.
     *
     * @param person the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder person(String person) {
      person(person == null ? null : LocalId.of(person));
      return this;
    }

    /**
     * Sets the contribution from English text.
     *
     * @param contribution the contribution in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder contribution(String contribution) {
      contribution(contribution == null ? null : LocalizedText.of(contribution));
      return this;
    }
  }
}
