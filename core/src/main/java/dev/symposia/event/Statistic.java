package dev.symposia.event;

import dev.symposia.institution.InstitutionKind;
import dev.symposia.internal.PartialLists;
import dev.symposia.internal.ShortList;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure a source states about an event or a session, such as "68 sessions in total, of which 61 were
 * online" or "over 200 experts from more than 20 countries".
 *
 * <pre>{@code
 * Statistic online = Statistic.builder().measure(Measure.SESSIONS).count(Count.exactly(61))
 *     .mode(AttendanceMode.ONLINE).build();
 * }</pre>
 *
 * <p>A statistic counts one {@link #measure()}, as precisely as the source ({@link Count} can be exact, a
 * lower bound, approximate or unknown), optionally narrowed to sessions of one kind, to one attendance
 * mode, to some countries or to some kinds of institution. Statistics state what the source says, which
 * need not match what the model lists: six plenary speeches may be stated while two are named. The
 * validation module checks that the two agree.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statistic {
  Statistic() {}

  private static final List<String> PARTIAL_LISTS = List.of("countries", "institutionKinds", "topics");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a statistic of a measure, not narrowed.
   *
   * @param measure what is counted; not null
   * @param count how many; not null
   * @return the statistic; never null
   * @throws dev.symposia.InvalidModelException if an argument is null
   */
  public static Statistic of(Measure measure, Count count) {
    return builder().measure(measure).count(count).build();
  }

  /**
   * Returns what is counted.
   *
   * @return the measure; never null
   */
  public abstract Measure measure();

  /**
   * Returns how many.
   *
   * @return the count; never null
   */
  public abstract Count count();

  /**
   * Returns the kind of session counted, for sessions and presentations of one kind.
   *
   * @return the session kind; empty when all kinds are counted
   */
  public abstract Optional<SessionKind> sessionKind();

  /**
   * Returns the attendance mode counted, such as online sessions or online visitors.
   *
   * @return the mode; empty when all modes are counted
   */
  public abstract Optional<AttendanceMode> mode();

  /**
   * Returns the countries what is counted comes from, such as the countries of nine roadshow projects.
   *
   * @return the countries; never null, empty when not narrowed by country
   */
  public abstract List<CountryCode> countries();

  /**
   * Returns the kinds of institution what is counted comes from.
   *
   * @return the kinds; never null, empty when not narrowed by kind
   */
  public abstract List<InstitutionKind> institutionKinds();

  /**
   * Returns the topics of what is counted, such as the subjects of thematic forums.
   *
   * @return the topics; never null, possibly empty
   */
  public abstract List<LocalizedText> topics();

  /**
   * Returns the names of this Statistic's lists that the source gives only in part, such as {@code ["countries", "topics"]} for "nine projects from countries such as Germany..., in fields like...".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code countries}, {@code institutionKinds}, {@code topics}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this Statistic only in part.
   *
   * @param list the list's name, one of {@code countries}, {@code institutionKinds}, {@code topics}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("Statistic", partialLists(), PARTIAL_LISTS, list);
  }

  @Value.Check
  void checkPartialLists() {
    PartialLists.check("Statistic", partialLists(), PARTIAL_LISTS);
  }

  /**
   * Returns the source's own words for what is counted, when the measure alone says too little.
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the count and what it counts, such as {@code 61 SESSIONS ONLINE}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return count() + " " + measure() + sessionKind().map(k -> " " + k).orElse("")
        + mode().map(m -> " " + m).orElse("") + (countries().isEmpty() ? "" : " from " + ShortList.of(countries()));
  }

  /** Builds {@link Statistic} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableStatistic.Builder {
    Builder() {}

    /**
     * Sets the description from English text.
     *
     * @param description the description in English; not null or blank
     * @return this builder
     * @throws dev.symposia.InvalidModelException if the text is null or blank
     */
    public Builder description(String description) {
      description(description == null ? null : LocalizedText.of(description));
      return this;
    }
  }
}
