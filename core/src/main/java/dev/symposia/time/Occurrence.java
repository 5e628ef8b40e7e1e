package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session of a series held on a {@link Recurrence}: the date the rule gives, the date and time it is
 * held after the rule's {@linkplain RecurrenceChange changes}, and where that lies on the real timeline.
 *
 * <pre>{@code
 * for (Occurrence session : rule.occurrences(LocalDate.of(2025, 1, 7), TimeSlot.parse("18:00/19:30"),
 *     ZoneId.of("Europe/Berlin"))) {
 *   session.date();                        // 2025-01-07, 2025-02-04, ...
 *   session.interval().get().startInstant();   // 2025-01-07T17:00:00Z, ...
 * }
 * }</pre>
 *
 * <p>{@link Recurrence#occurrences(LocalDate, TimeSlot, java.time.ZoneId)} makes occurrences; a builder is
 * offered to rebuild one from its parts. An occurrence is consistent: without a {@link #change()} its date
 * is the rule's date; with one, its date and time are those the change gives (the change's date being the
 * rule's date, and the change not a cancellation); an {@link #interval()} needs a time with an end and must be
 * where that time lies on that date in the zone of the interval's start, as
 * {@link TimeSlot#interval(LocalDate, java.time.ZoneId)} places it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Occurrence {
  private static final String TYPE = "Occurrence";

  Occurrence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date the rule gives for this occurrence, before any change.
   *
   * @return the date; never null
   */
  public abstract LocalDate ruleDate();

  /**
   * Returns the date the session is held: the rule's date, or the date a change moved it to.
   *
   * @return the date; never null
   */
  public abstract LocalDate date();

  /**
   * Returns the time of day the session is held: the series' time, or the time a change gave it.
   *
   * @return the time; empty when neither the series nor a change gives one
   */
  public abstract Optional<TimeSlot> time();

  /**
   * Returns where the session lies on the real timeline: its {@link #time()} on its {@link #date()} in the
   * series' time zone.
   *
   * @return the interval; empty when no time zone was given, when there is no time, or when the time has no
   *     end or is only a part of the day
   */
  public abstract Optional<ZonedInterval> interval();

  /**
   * Returns the change that moved this occurrence or gave it another time.
   *
   * @return the change, never a cancellation; empty when the occurrence is held as the rule says
   */
  public abstract Optional<RecurrenceChange> change();

  /**
   * Tells whether a change moved this occurrence or gave it another time.
   *
   * @return true when {@link #change()} is present
   */
  public boolean isChanged() {
    return change().isPresent();
  }

  @Value.Check
  void check() {
    if (change().isEmpty()) {
      if (!date().equals(ruleDate())) {
        throw new InvalidModelException(TYPE, "date", "must be the rule's date " + ruleDate()
            + " when there is no change", date());
      }
    } else {
      RecurrenceChange change = change().get();
      if (change.cancelled()) {
        throw new InvalidModelException(TYPE, "change", "must not be a cancellation", change);
      }
      if (!change.occurrence().equals(ruleDate())) {
        throw new InvalidModelException(TYPE, "change", "must concern the rule's date " + ruleDate(), change);
      }
      LocalDate changedDate = change.movedTo().orElse(ruleDate());
      if (!date().equals(changedDate)) {
        throw new InvalidModelException(TYPE, "date", "must be the date of the change " + changedDate, date());
      }
      if (change.time().isPresent() && !change.time().equals(time())) {
        throw new InvalidModelException(TYPE, "time", "must be the time of the change " + change.time().get(),
            time().orElse(null));
      }
    }
    if (interval().isPresent()) {
      ZonedInterval interval = interval().get();
      if (time().isEmpty()) {
        throw new InvalidModelException(TYPE, "interval", "needs a time", interval);
      }
      Optional<ZonedInterval> placed = time().get().interval(date(), interval.start().getZone());
      if (!placed.equals(interval())) {
        throw new InvalidModelException(TYPE, "interval", "must be the time " + time().get() + " on " + date()
            + " in " + interval.start().getZone().getId(), interval);
      }
    }
  }

  /**
   * Returns the date, the time and the change, such as {@code Occurrence[2025-04-08 18:00/19:30, moved from
   * 2025-04-01]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Occurrence[").append(date());
    time().ifPresent(slot -> text.append(' ').append(slot));
    if (!date().equals(ruleDate())) {
      text.append(", moved from ").append(ruleDate());
    } else if (isChanged()) {
      text.append(", time changed");
    }
    return text.append(']').toString();
  }

  /** Builds {@link Occurrence} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableOccurrence.Builder {
    Builder() {}
  }
}
