package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a symposium was planned to be before a change: its dates, attendance mode and places as a source
 * stated them then, with how and when the plan was given up.
 *
 * <pre>{@code
 * EarlierPlan march = EarlierPlan.builder().dates(DateSpan.parse("2020-03-12/2020-03-14"))
 *     .addPlaces(Place.city("Kyoto", CountryCode.of("JP"))).change(EventStatus.POSTPONED).build();
 * }</pre>
 *
 * <p>A symposium lists its earlier plans in {@link Symposium#plannedBefore()}, the oldest first, and its
 * own dates, mode and places stay what the event is; a record never has to choose between the planned and
 * the actual value. "Postponed from March to September" is a symposium dated September with one earlier
 * plan dated March; "planned for Kyoto, held online" is an online symposium with one earlier plan in Kyoto;
 * an event moved twice has two earlier plans.
 *
 * <p>A plan states what the source says of it, and nothing else: an attribute left out is <em>not
 * stated</em>, and does not mean "as now". A plan states at least its dates, mode, places or a
 * description; {@link #change()}, when stated, is how the plan was given up, so it is never
 * {@link EventStatus#SCHEDULED} or {@link EventStatus#HELD}. Both are refused with an
 * {@link InvalidModelException}. A plan that states the same as what replaced it is reported by the
 * validation module, not refused here.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EarlierPlan {
  EarlierPlan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan known only by its dates, as in "originally scheduled for 12 to 14 March 2020".
   *
   * @param dates the dates planned; not null
   * @return the plan; never null
   * @throws InvalidModelException if {@code dates} is null
   */
  public static EarlierPlan of(DateSpan dates) {
    return builder().dates(dates).build();
  }

  /**
   * Returns the dates the symposium was planned for.
   *
   * @return the dates, possibly partial; empty when the source does not state them
   */
  public abstract Optional<DateSpan> dates();

  /**
   * Returns how people were to attend, such as in person before a move online.
   *
   * @return the mode; empty when not stated
   */
  public abstract Optional<AttendanceMode> mode();

  /**
   * Returns where the symposium was to be held.
   *
   * @return the places; never null, empty when not stated
   */
  public abstract List<Place> places();

  /**
   * Returns how the plan was given up: the status the change gave the event.
   *
   * @return {@link EventStatus#POSTPONED}, {@link EventStatus#RESCHEDULED}, {@link EventStatus#MOVED_ONLINE}
   *     or {@link EventStatus#CANCELLED} (for an event called off and later revived); empty when not stated
   */
  public abstract Optional<EventStatus> change();

  /**
   * Returns when the change from this plan was announced.
   *
   * @return the date, possibly partial; empty when not stated
   */
  public abstract Optional<PartialDate> changeAnnounced();

  /**
   * Returns the source's own words about the plan or its change, such as "postponed because of the
   * COVID-19 pandemic".
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns where the plan, or its change, is stated, such as the first call for papers.
   *
   * @return the sources; never null, possibly empty
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    if (dates().isEmpty() && mode().isEmpty() && places().isEmpty() && description().isEmpty()) {
      throw new InvalidModelException("EarlierPlan", "dates", "or mode or places or description is required");
    }
    checkChange("EarlierPlan", change());
  }

  /** Refuses a change that is not a way of giving up a plan. */
  static void checkChange(String type, Optional<EventStatus> change) {
    if (change.isPresent() && (change.get() == EventStatus.SCHEDULED || change.get() == EventStatus.HELD)) {
      throw new InvalidModelException(type, "change", "must be postponed, rescheduled, moved_online or cancelled",
          change.get());
    }
  }

  /**
   * Returns what the plan states, such as {@code 2020-03-12/2020-03-14, Kyoto, JP, IN_PERSON, POSTPONED}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    dates().ifPresent(d -> parts.add(d.toString()));
    if (!places().isEmpty()) {
      parts.add(places().get(0).toString());
    }
    mode().ifPresent(m -> parts.add(m.toString()));
    change().ifPresent(c -> parts.add(c.toString()));
    if (parts.isEmpty()) {
      description().ifPresent(d -> parts.add(shortened(d.text())));
    }
    return String.join(", ", parts);
  }

  static String shortened(String text) {
    return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 57) + "...\"";
  }

  /** Builds {@link EarlierPlan} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableEarlierPlan.Builder {
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
