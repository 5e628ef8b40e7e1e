package dev.symposia.place;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happens, as precisely as the source says: country, region, city, district, venue,
 * building and room, each optional.
 *
 * <pre>{@code
 * Place hall = Place.builder().country(CountryCode.of("CN")).city("Chongqing")
 *     .building("Innovation Centre-Chongyi").room("Academic Conference Hall").build();
 * }</pre>
 *
 * <p>A place states at least one of its parts. When the venue belongs to an institution of the symposium
 * (a university's conference hall), {@link #institution()} refers to it. {@link #isMainVenue()} marks the
 * main venue of an event held at several places.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a place known only by its city.
   *
   * @param city the city in English; not null or blank
   * @param country the country or region; not null
   * @return the place; never null
   * @throws InvalidModelException if an argument is null or the city is blank
   */
  public static Place city(String city, CountryCode country) {
    return builder().city(city).country(country).build();
  }

  /**
   * Returns the country or region.
   *
   * @return the ISO 3166-1 code; empty when not stated
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the region, province or state.
   *
   * @return the region; empty when not stated
   */
  public abstract Optional<LocalizedText> region();

  /**
   * Returns the city.
   *
   * @return the city; empty when not stated
   */
  public abstract Optional<LocalizedText> city();

  /**
   * Returns the district of the city, such as Fengxian District of Shanghai.
   *
   * @return the district; empty when not stated
   */
  public abstract Optional<LocalizedText> district();

  /**
   * Returns the venue, such as a conference centre or a campus.
   *
   * @return the venue; empty when not stated
   */
  public abstract Optional<LocalizedText> venue();

  /**
   * Returns the building.
   *
   * @return the building; empty when not stated
   */
  public abstract Optional<LocalizedText> building();

  /**
   * Returns the room or hall.
   *
   * @return the room; empty when not stated
   */
  public abstract Optional<LocalizedText> room();

  /**
   * Returns the institution whose premises these are.
   *
   * @return the institution's identifier in the symposium; empty when not stated
   */
  public abstract Optional<LocalId> institution();

  /**
   * Returns whether this is the main venue of an event held at several places.
   *
   * @return true for the main venue; false unless set
   */
  @Value.Default
  public boolean isMainVenue() {
    return false;
  }

  @Value.Check
  void check() {
    if (country().isEmpty() && region().isEmpty() && city().isEmpty() && district().isEmpty()
        && venue().isEmpty() && building().isEmpty() && room().isEmpty() && institution().isEmpty()) {
      throw new InvalidModelException("Place", "country", "or another part of the place is required");
    }
  }

  /**
   * Returns the parts from the most to the least precise, such as
   * {@code Academic Conference Hall, Innovation Centre-Chongyi, Chongqing, CN}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    room().ifPresent(p -> parts.add(p.text()));
    building().ifPresent(p -> parts.add(p.text()));
    venue().ifPresent(p -> parts.add(p.text()));
    institution().ifPresent(p -> parts.add("@" + p));
    district().ifPresent(p -> parts.add(p.text()));
    city().ifPresent(p -> parts.add(p.text()));
    region().ifPresent(p -> parts.add(p.text()));
    country().ifPresent(p -> parts.add(p.toString()));
    return String.join(", ", parts) + (isMainVenue() ? " (main venue)" : "");
  }

  /** Builds {@link Place} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}

    /**
     * Sets the city from English text.
     *
     * @param city the city in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder city(String city) {
      city(city == null ? null : LocalizedText.of(city));
      return this;
    }

    /**
     * Sets the district from English text.
     *
     * @param district the district in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder district(String district) {
      district(district == null ? null : LocalizedText.of(district));
      return this;
    }

    /**
     * Sets the venue from English text.
     *
     * @param venue the venue in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder venue(String venue) {
      venue(venue == null ? null : LocalizedText.of(venue));
      return this;
    }

    /**
     * Sets the building from English text.
     *
     * @param building the building in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder building(String building) {
      building(building == null ? null : LocalizedText.of(building));
      return this;
    }

    /**
     * Sets the room from English text.
     *
     * @param room the room in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder room(String room) {
      room(room == null ? null : LocalizedText.of(room));
      return this;
    }
  }
}
