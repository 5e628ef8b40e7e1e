package dev.symposia.people;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person held: a title at an institution, held at the time of the record or before it, and,
 * when the source says so, from when until when.
 *
 * <pre>{@code
 * Position vicePresident = Position.of("Vice President", LocalId.of("cae"));
 * Position formerDirector = Position.builder().title(LocalizedText.of("Director"))
 *     .institution(LocalId.of("nih-clinical-center")).status(PositionStatus.FORMER).build();
 * Position dean = Position.builder().title("Dean").institution(LocalId.of("medicine"))
 *     .since(PartialDate.ofYear(2019)).until(PartialDate.ofYearMonth(2024, 6)).build();
 * }</pre>
 *
 * <p>The institution is a reference to an {@link dev.symposia.institution.Institution} of the same record
 * (a symposium or an {@link dev.symposia.agreement.AgreementRecord}). A position has a title, an
 * institution or both: "Prof. Yilong Wu from Guangdong Provincial People's Hospital" is an affiliation
 * without a title.
 *
 * <p>Time is stated two ways, each as far as the source goes: the {@link #status()} says whether the position
 * was held at the time of the record ({@link PositionStatus#CURRENT}) or before it ({@link PositionStatus#FORMER}),
 * which is all many reports say; {@link #since()} and {@link #until()} give the first and last day it was held,
 * each a {@link PartialDate} and each optional ("Dean since 2019", "President until June 2024"). Building
 * refuses an {@code until} certainly before its {@code since}. {@link #isHeldOn(PartialDate)} answers
 * whether the position was held on a day, by its dates where they decide and by its status otherwise.
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

  /**
   * Returns the first day the position was held, as far as the source states it.
   *
   * <pre>{@code
   * dean.since(); // Optional[2019]
   * }</pre>
   *
   * @return the date, possibly partial, such as {@code 2019} for "Dean since 2019"; empty when not stated
   */
  public abstract Optional<PartialDate> since();

  /**
   * Returns the last day the position was held, as far as the source states it.
   *
   * <pre>{@code
   * dean.until(); // Optional[2024-06]
   * }</pre>
   *
   * @return the date, possibly partial, never certainly before {@link #since()}; empty when not stated
   *     (which says nothing about whether the position has ended: {@link #status()} does)
   */
  public abstract Optional<PartialDate> until();

  /**
   * Tells whether the position was held on a day, as far as the record can tell.
   *
   * <pre>{@code
   * dean.isHeldOn(PartialDate.of(2022, 3, 1));   // true: 2019 to June 2024
   * dean.isHeldOn(PartialDate.of(2024, 9, 1));   // false: it ended before
   * }</pre>
   *
   * <p>The dates decide when they can: the answer is false when {@link #until()} is certainly before the day
   * (the position had ended) or {@link #since()} certainly after it (it had not begun), and true when both are
   * stated and neither excludes the day (a day that may fall within them counts as within, as "2019" may be
   * after 1 March 2019). Otherwise, when a bound is missing, the day is unknown or stated too vaguely to
   * compare, the {@link #status()} decides: a {@link PositionStatus#CURRENT} position was held at the time of
   * the record and a {@link PositionStatus#FORMER} one was not.
   *
   * @param day the day; null when not known, so that the status decides unless a date excludes nothing
   * @return whether the position was held that day
   */
  public boolean isHeldOn(PartialDate day) {
    if (day != null) {
      if (until().isPresent() && until().get().isCertainlyBefore(day)
          || since().isPresent() && day.isCertainlyBefore(since().get())) {
        return false;
      }
      if (since().isPresent() && until().isPresent()) {
        return true;
      }
    }
    return status() == PositionStatus.CURRENT;
  }

  @Value.Check
  void check() {
    if (title().isEmpty() && institution().isEmpty()) {
      throw new InvalidModelException("Position", "title", "or institution is required");
    }
    if (since().isPresent() && until().isPresent() && until().get().isCertainlyBefore(since().get())) {
      throw new InvalidModelException("Position", "until", "must not be before since " + since().get(),
          until().get());
    }
  }

  /**
   * Returns a short description for people, such as {@code former Director @ nih-clinical-center} or
   * {@code Dean @ medicine, 2019 to 2024-06}.
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
    if (since().isPresent() && until().isPresent()) {
      text.append(", ").append(since().get()).append(" to ").append(until().get());
    } else if (since().isPresent()) {
      text.append(", since ").append(since().get());
    } else if (until().isPresent()) {
      text.append(", until ").append(until().get());
    }
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
