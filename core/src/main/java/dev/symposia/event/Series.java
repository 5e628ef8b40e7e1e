package dev.symposia.event;

import dev.symposia.identifier.LocalId;
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
 * <p>A series is one thing across the records of its editions, whose sources spell its name in many ways
 * ("CSCO Annual Meeting", "the Annual Meeting of the Chinese Society of Clinical Oncology", "the winter school
 * of the institute"). Its {@link #id()} is what they share: an identifier the editors choose once for the
 * series and give in the record of every edition. Editions are one series when their ids are equal, whatever
 * their names; without an id, only the same name says so. {@link #identity()} is that key. A series known
 * only by its organiser has that as its name ("winter school of the Institute of ..."), and the same id as
 * the other editions. The id is not an identifier of the symposium's parts: nothing in a record refers to
 * it, and it may equal one of them.
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
   * Returns the identifier that every edition's record gives the series, such as {@code csco-annual-meeting}.
   *
   * @return the identifier; empty when the record gives none
   */
  public abstract Optional<LocalId> id();

  /**
   * Returns what makes two editions' series one: the {@link #id()} if there is one, otherwise the name's
   * text, as {@code id:csco-annual-meeting} or {@code name:Chinese Society of Clinical Oncology Annual
   * Meeting}. Two series are one exactly when their identities are equal.
   *
   * @return the identity; never null
   */
  public String identity() {
    return id().map(id -> "id:" + id).orElseGet(() -> "name:" + name().text());
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
     * Sets the identifier from its text form.
     *
     * @param id the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws dev.symposia.InvalidModelException if the identifier is null or malformed
     */
    public Builder id(String id) {
      id(id == null ? null : LocalId.of(id));
      return this;
    }

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
