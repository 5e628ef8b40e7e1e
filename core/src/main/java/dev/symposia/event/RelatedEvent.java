package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another event that a source relates to a symposium, named but not described in full: the conference it
 * is part of, the events held together under its title, or the next edition of its series.
 *
 * <pre>{@code
 * RelatedEvent next = RelatedEvent.builder().relation(EventRelation.NEXT_EDITION)
 *     .dates(DateSpan.on(PartialDate.ofYear(2022))).addPlaces(Place.city("Xiamen", CountryCode.of("CN"))).build();
 * }</pre>
 *
 * <p>A related event has a title, dates or a place, at least one of them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RelatedEvent {
  RelatedEvent() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a related event known by its title.
   *
   * @param relation how it is related; not null
   * @param title its title in English; not null or blank
   * @return the related event; never null
   * @throws InvalidModelException if an argument is null or the title blank
   */
  public static RelatedEvent of(EventRelation relation, String title) {
    return builder().relation(relation).title(title == null ? null : LocalizedText.of(title)).build();
  }

  /**
   * Returns how the other event is related to the symposium.
   *
   * @return the relation; never null
   */
  public abstract EventRelation relation();

  /**
   * Returns the other event's title.
   *
   * @return the title; empty when not stated
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the other event's dates.
   *
   * @return the dates, possibly partial; empty when not stated
   */
  public abstract Optional<DateSpan> dates();

  /**
   * Returns where the other event is held.
   *
   * @return the places; never null, possibly empty
   */
  public abstract List<Place> places();

  @Value.Check
  void check() {
    if (title().isEmpty() && dates().isEmpty() && places().isEmpty()) {
      throw new InvalidModelException("RelatedEvent", "title", "or dates or places are required");
    }
  }

  /**
   * Returns the relation and what is known, such as {@code NEXT_EDITION 2022 Xiamen, CN}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return relation() + title().map(t -> " " + t.text()).orElse("") + dates().map(d -> " " + d).orElse("")
        + (places().isEmpty() ? "" : " " + places().get(0));
  }

  /** Builds {@link RelatedEvent} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableRelatedEvent.Builder {
    Builder() {}
  }
}
