package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exception to the rule of a {@link Recurrence}: one of the dates the rule gives is cancelled, moved to
 * another date, or held at another time, or both moved and retimed.
 *
 * <pre>{@code
 * RecurrenceChange.cancel(LocalDate.of(2025, 8, 5));                              // no session in August
 * RecurrenceChange.move(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8));      // a week later in April
 * RecurrenceChange.builder().occurrence(LocalDate.of(2025, 6, 3))
 *     .time(TimeSlot.parse("17:00/18:30")).build();                               // an hour earlier in June
 * }</pre>
 *
 * <p>A change names the date the rule gives ({@link #occurrence()}, as RFC 5545's {@code RECURRENCE-ID}
 * does), never the date it moves to, so that it still finds its occurrence after the move. A change is
 * either a cancellation, which then has no new date or time ({@code EXDATE} in RFC 5545), or it gives a new
 * date, a new time or both. A new date must differ from the occurrence. Whether the occurrence is a date
 * the rule gives is known only once the rule is expanded from its first date, and
 * {@link Recurrence#occurrences(LocalDate, TimeSlot, java.time.ZoneId)} refuses it there.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecurrenceChange {
  private static final String TYPE = "RecurrenceChange";

  RecurrenceChange() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the change that cancels one occurrence.
   *
   * @param occurrence the date the rule gives; not null
   * @return the cancellation; never null
   * @throws InvalidModelException if {@code occurrence} is null
   */
  public static RecurrenceChange cancel(LocalDate occurrence) {
    return builder().occurrence(occurrence).cancelled(true).build();
  }

  /**
   * Returns the change that moves one occurrence to another date, at the same time of day.
   *
   * @param occurrence the date the rule gives; not null
   * @param movedTo the date it is held instead; not null, and not {@code occurrence}
   * @return the change; never null
   * @throws InvalidModelException if an argument is null, or if the dates are equal
   */
  public static RecurrenceChange move(LocalDate occurrence, LocalDate movedTo) {
    return builder().occurrence(occurrence).movedTo(movedTo).build();
  }

  /**
   * Returns the date the rule gives, which this change concerns.
   *
   * @return the date; never null
   */
  public abstract LocalDate occurrence();

  /**
   * Tells whether the occurrence is cancelled: no session is held for it.
   *
   * @return true for a cancellation; false by default
   */
  @Value.Default
  public boolean cancelled() {
    return false;
  }

  /**
   * Returns the date the occurrence is held instead.
   *
   * @return the new date, not the {@link #occurrence()}; empty when the occurrence keeps its date or is cancelled
   */
  public abstract Optional<LocalDate> movedTo();

  /**
   * Returns the time the occurrence is held at instead of the series' time, on its date or its new date.
   *
   * @return the new time; empty when the occurrence keeps the series' time or is cancelled
   */
  public abstract Optional<TimeSlot> time();

  @Value.Check
  void check() {
    requireYear(TYPE, "occurrence", occurrence());
    movedTo().ifPresent(date -> requireYear(TYPE, "movedTo", date));
    if (cancelled()) {
      if (movedTo().isPresent()) {
        throw new InvalidModelException(TYPE, "movedTo", "must be empty for a cancelled occurrence", movedTo().get());
      }
      if (time().isPresent()) {
        throw new InvalidModelException(TYPE, "time", "must be empty for a cancelled occurrence", time().get());
      }
      return;
    }
    if (movedTo().isEmpty() && time().isEmpty()) {
      throw new InvalidModelException(TYPE, "movedTo", "or time is required when the occurrence is not cancelled");
    }
    if (movedTo().isPresent() && movedTo().get().equals(occurrence())) {
      throw new InvalidModelException(TYPE, "movedTo", "must differ from the occurrence", movedTo().get());
    }
  }

  /**
   * Returns the occurrence and what changes, such as {@code RecurrenceChange[2025-04-01 moved to 2025-04-08]},
   * {@code RecurrenceChange[2025-06-03 at 17:00/18:30]} or {@code RecurrenceChange[2025-08-05 cancelled]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RecurrenceChange[").append(occurrence());
    if (cancelled()) {
      text.append(" cancelled");
    }
    movedTo().ifPresent(date -> text.append(" moved to ").append(date));
    time().ifPresent(slot -> text.append(" at ").append(slot));
    return text.append(']').toString();
  }

  /** Builds {@link RecurrenceChange} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableRecurrenceChange.Builder {
    Builder() {}
  }

  // The years of PartialDate, 0001 to 9999, so that every date of a rule is written in ISO 8601's four digits,
  // as the JSON form and its schema have them.
  static void requireYear(String type, String attribute, LocalDate date) {
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new InvalidModelException(type, attribute, "must be in a year from 1 to 9999", date);
    }
  }
}
