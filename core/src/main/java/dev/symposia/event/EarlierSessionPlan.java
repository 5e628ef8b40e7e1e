package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a session was planned to be before a change: its date, time, attendance mode and places as a source
 * stated them then, with how and when the plan was given up.
 *
 * <pre>{@code
 * EarlierSessionPlan morning = EarlierSessionPlan.builder().date(PartialDate.of(2020, 9, 2))
 *     .time(TimeSlot.parse("09:00/10:30")).change(EventStatus.RESCHEDULED).build();
 * }</pre>
 *
 * <p>The session's counterpart of {@link EarlierPlan}, with the same meaning: a session lists its earlier
 * plans in {@link Session#plannedBefore()}, the oldest first, and its own date, time, mode and places stay
 * what the session is. An attribute left out is not stated, and does not mean "as now". A plan states at
 * least its date, time, mode, places or a description, and its {@link #change()} is never
 * {@link EventStatus#SCHEDULED} or {@link EventStatus#HELD}; both are refused with an
 * {@link InvalidModelException}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EarlierSessionPlan {
  EarlierSessionPlan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan known only by its day, as in "originally scheduled for 2 September".
   *
   * @param date the day planned, possibly partial; not null
   * @return the plan; never null
   * @throws InvalidModelException if {@code date} is null
   */
  public static EarlierSessionPlan of(PartialDate date) {
    return builder().date(date).build();
  }

  /**
   * Returns the day the session was planned for.
   *
   * @return the date, possibly partial; empty when not stated
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the time of day the session was planned for.
   *
   * @return the time slot; empty when not stated
   */
  public abstract Optional<TimeSlot> time();

  /**
   * Returns how people were to attend.
   *
   * @return the mode; empty when not stated
   */
  public abstract Optional<AttendanceMode> mode();

  /**
   * Returns where the session was to be held.
   *
   * @return the places; never null, empty when not stated
   */
  public abstract List<Place> places();

  /**
   * Returns how the plan was given up: the status the change gave the session.
   *
   * @return {@link EventStatus#POSTPONED}, {@link EventStatus#RESCHEDULED}, {@link EventStatus#MOVED_ONLINE}
   *     or {@link EventStatus#CANCELLED} (for a session called off and later revived); empty when not stated
   */
  public abstract Optional<EventStatus> change();

  /**
   * Returns when the change from this plan was announced.
   *
   * @return the date, possibly partial; empty when not stated
   */
  public abstract Optional<PartialDate> changeAnnounced();

  /**
   * Returns the source's own words about the plan or its change.
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns where the plan, or its change, is stated.
   *
   * @return the sources; never null, possibly empty
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    if (date().isEmpty() && time().isEmpty() && mode().isEmpty() && places().isEmpty() && description().isEmpty()) {
      throw new InvalidModelException("EarlierSessionPlan", "date",
          "or time or mode or places or description is required");
    }
    EarlierPlan.checkChange("EarlierSessionPlan", change());
  }

  /**
   * Returns what the plan states, such as {@code 2020-09-02 09:00/10:30, Hall A, RESCHEDULED}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    String when = date().map(PartialDate::toString).orElse("") + (date().isPresent() && time().isPresent() ? " " : "")
        + time().map(TimeSlot::toString).orElse("");
    if (!when.isEmpty()) {
      parts.add(when);
    }
    if (!places().isEmpty()) {
      parts.add(places().get(0).toString());
    }
    mode().ifPresent(m -> parts.add(m.toString()));
    change().ifPresent(c -> parts.add(c.toString()));
    if (parts.isEmpty()) {
      description().ifPresent(d -> parts.add(EarlierPlan.shortened(d.text())));
    }
    return String.join(", ", parts);
  }

  /** Builds {@link EarlierSessionPlan} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableEarlierSessionPlan.Builder {
    Builder() {}

    /**
     * Sets the description from English text.
     *
     * @param description the description in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder description(String description) {
      description(description == null ? null : LocalizedText.of(description));
      return this;
    }
  }
}
