package dev.symposia.event;

import dev.symposia.internal.TextRules;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A series of events held under one name, such as the annual meetings of a society.
 *
 * <pre>{@code
 * Series isctm = Series.builder().name("International Symposium on Clinical and Translational Medicine")
 *     .shortName("ISCTM").firstYear(Year.of(2010)).build();
 * }</pre>
 *
 * <p>A symposium's place in its series is its {@link Symposium#edition() edition}. What a source says of
 * the series as a whole (held in Shanghai since 2010, eight editions so far) belongs here.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Series {
  Series() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the series.
   *
   * @return the name; never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the usual abbreviation, such as {@code ISCTM}.
   *
   * @return the abbreviation; empty when there is none
   */
  public abstract Optional<String> shortName();

  /**
   * Returns the year of the first edition.
   *
   * @return the year; empty when not known
   */
  public abstract Optional<Year> firstYear();

  /**
   * Returns how often editions are held.
   *
   * @return the frequency; empty when not known
   */
  public abstract Optional<SeriesFrequency> frequency();

  /**
   * Returns how many editions had been held when the source was written.
   *
   * @return the count; empty when not stated
   */
  public abstract Optional<Count> editionsHeld();

  /**
   * Returns where the series is usually held.
   *
   * @return the place; empty when not stated or when it moves
   */
  public abstract Optional<Place> usualPlace();

  @Value.Check
  void check() {
    shortName().ifPresent(name -> TextRules.requireText("Series", "shortName", name));
  }

  /**
   * Returns the short name if there is one, otherwise the name.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Series[" + shortName().orElse(name().text()) + "]";
  }

  /** Builds {@link Series} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}

    /**
     * Sets the name from English text.
     *
     * @param name the name in English; not null or blank
     * @return this builder
     * @throws dev.symposia.InvalidModelException if the text is null or blank
     */
    public Builder name(String name) {
      name(name == null ? null : LocalizedText.of(name));
      return this;
    }
  }
}
