package dev.symposia.people;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person held at the time of an event, or had held before: a title at an institution.
 *
 * <pre>{@code
 * Position vicePresident = Position.of("Vice President", LocalId.of("cae"));
 * Position formerDirector = Position.builder().title(LocalizedText.of("Director"))
 *     .institution(LocalId.of("nih-clinical-center")).status(PositionStatus.FORMER).build();
 * }</pre>
 *
 * <p>The institution is a reference to an {@link dev.symposia.institution.Institution} of the same
 * symposium. A position has a title, an institution or both: "Prof. Yilong Wu from Guangdong Provincial
 * People's Hospital" is an affiliation without a title.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Position {
  Position() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a current position with a title at an institution.
   *
   * @param title the title in English, such as {@code "Vice President"}; not null or blank
   * @param institution the institution's identifier in the symposium; not null
   * @return the position; never null
   * @throws InvalidModelException if an argument is null or the title is blank
   */
  public static Position of(String title, LocalId institution) {
    return builder().title(title == null ? null : LocalizedText.of(title)).institution(institution).build();
  }

  /**
   * Returns a current affiliation with an institution, without a title.
   *
   * @param institution the institution's identifier in the symposium; not null
   * @return the position; never null
   * @throws InvalidModelException if the institution is null
   */
  public static Position at(LocalId institution) {
    return builder().institution(institution).build();
  }

  /**
   * Returns the title of the position.
   *
   * @return the title, such as "Vice President"; empty for a bare affiliation
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the institution at which the position is held.
   *
   * @return the institution's identifier in the symposium; empty when the source names none
   */
  public abstract Optional<LocalId> institution();

  /**
   * Returns whether the position was held at the time of the event or before it.
   *
   * @return the status; {@link PositionStatus#CURRENT} unless set
   */
  @Value.Default
  public PositionStatus status() {
    return PositionStatus.CURRENT;
  }

  @Value.Check
  void check() {
    if (title().isEmpty() && institution().isEmpty()) {
      throw new InvalidModelException("Position", "title", "or institution is required");
    }
  }

  /**
   * Returns a short description for people, such as {@code former Director @ nih-clinical-center}.
   *
   * @return the description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (status() == PositionStatus.FORMER) {
      text.append("former ");
    }
    title().ifPresent(t -> text.append(t.text()));
    institution().ifPresent(i -> text.append(title().isPresent() ? " @ " : "@ ").append(i));
    return text.toString();
  }

  /** Builds {@link Position} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}

    /**
     * Sets the title from English text.
     *
     * @param title the title in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the title is null or blank
     */
    public Builder title(String title) {
      title(title == null ? null : LocalizedText.of(title));
      return this;
    }
  }
}
