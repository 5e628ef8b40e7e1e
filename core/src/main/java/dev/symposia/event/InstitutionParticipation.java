package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import org.immutables.value.Value;
import dev.symposia.text.LocalizedText;
import java.util.Optional;

/**
 * The part an institution, or an unnamed group of institutions, plays in an event: host, co-host,
 * organiser, sponsor, co-sponsor, supporter or participant.
 *
 * <pre>{@code
 * InstitutionParticipation cae = InstitutionParticipation.of(LocalId.of("cae"), InstitutionRole.CO_HOST);
 * }</pre>
 *
 * <p>It names either an {@link #institution()} of the symposium or an {@link #group() unnamed group}, never
 * both and never neither. An institution with two roles has two entries.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstitutionParticipation {
  InstitutionParticipation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a named institution in a role.
   *
   * @param institution the institution's identifier in the symposium; not null
   * @param role the role; not null
   * @return the participation; never null
   * @throws InvalidModelException if an argument is null
   */
  public static InstitutionParticipation of(LocalId institution, InstitutionRole role) {
    return builder().institution(institution).role(role).build();
  }

  /**
   * Returns the institution.
   *
   * @return the institution's identifier; empty when the role is played by an unnamed group
   */
  public abstract Optional<LocalId> institution();

  /**
   * Returns the unnamed institutions, such as "several local government departments".
   *
   * @return the group; empty when the role is played by a named institution
   */
  public abstract Optional<UnnamedGroup> group();

  /**
   * Returns the role played.
   *
   * @return the role; never null
   */
  public abstract InstitutionRole role();

  /**
   * Returns the source's own name for a role the model has no value for, when {@link #role()} is
   * {@link InstitutionRole#OTHER}, such as "guiding unit".
   *
   * @return the label; empty when the role is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> roleLabel();

  @Value.Check
  void check() {
    if (roleLabel().isPresent() && role() != InstitutionRole.OTHER) {
      throw new InvalidModelException("InstitutionParticipation", "roleLabel", "must be absent unless the role is other, as "
          + role().name().toLowerCase(java.util.Locale.ROOT) + " names it already", roleLabel().get().text());
    }
    if (institution().isPresent() == group().isPresent()) {
      throw new InvalidModelException("InstitutionParticipation", "institution",
          "exactly one of institution and group is required", institution().orElse(null));
    }
  }

  /**
   * Returns who and in what role, such as {@code cae CO_HOST}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return institution().map(LocalId::toString).orElseGet(() -> group().map(UnnamedGroup::toString).orElse(""))
        + " " + role();
  }

  /**
   * Builds {@link InstitutionParticipation} instances. Not thread-safe; {@link #build()} copies what it was
   * given.
   */
  public static final class Builder extends ImmutableInstitutionParticipation.Builder {
    Builder() {}
  }
}
