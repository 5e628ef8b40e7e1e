package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.internal.PartialLists;
import dev.symposia.internal.ShortList;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
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
 * <p>Figures can be linked. A statistic with an {@link #id()} can be named by others of the same symposium:
 * one that is a {@link #share()} of it ("about a third of the abstracts came from abroad": a share
 * {@code about 1/3} of the statistic of abstracts, through {@link #shareOf()}), and one that describes the
 * same group of people or things ("over 200 experts from more than 20 countries": the countries are those
 * of the experts, through {@link #sameGroupAs()}):
 *
 * <pre>{@code
 * Statistic experts = Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.moreThan(200)).build();
 * Statistic countries = Statistic.builder().measure(Measure.COUNTRIES).count(Count.moreThan(20))
 *     .sameGroupAs(LocalId.of("experts")).build();
 * }</pre>
 *
 * <p>A share goes with the statistic it is a share of: core refuses one without the other, a statistic that
 * is a share of itself or describes the same group as itself, and a share of the statistic whose group it
 * describes (a share is part of a group, not the group). A symposium refuses a link to a statistic it does
 * not have, two statistics with one identifier, and a statistic that is, through its shares, a share of
 * itself. Statistic identifiers are a space of their own, over the statistics of the symposium and of its
 * sessions: nothing but another statistic refers to one.
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
   * Returns the identifier by which other statistics of the symposium refer to this one.
   *
   * @return the identifier, unique among the statistics of the symposium and of its sessions; empty when no
   *     statistic refers to it
   */
  public abstract Optional<LocalId> id();

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
   * Returns the share of another statistic that this one is, such as {@code about 1/3} for "about a third
   * of the abstracts". Its {@link #count()} is what the source says of the number itself, often
   * {@link Count#unknown()}.
   *
   * @return the share; empty when the statistic is not stated as a share, and then {@link #shareOf()} is
   *     empty too
   */
  public abstract Optional<Share> share();

  /**
   * Returns the statistic, of the same symposium, that {@link #share()} is a share of.
   *
   * @return its identifier; present exactly when {@link #share()} is
   */
  public abstract Optional<LocalId> shareOf();

  /**
   * Returns the statistic, of the same symposium, that describes the same group as this one, such as the
   * experts that "more than 20 countries" are the countries of.
   *
   * @return its identifier; empty when the source links this figure to no other
   */
  public abstract Optional<LocalId> sameGroupAs();

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
    if (share().isPresent() != shareOf().isPresent()) {
      throw share().isPresent()
          ? new InvalidModelException("Statistic", "shareOf", "is required with a share: a share of what", share().get())
          : new InvalidModelException("Statistic", "share", "is required with shareOf: how much of it",
              shareOf().get());
    }
    if (id().isPresent() && id().equals(shareOf())) {
      throw new InvalidModelException("Statistic", "shareOf", "must not name the statistic itself", id().get());
    }
    if (id().isPresent() && id().equals(sameGroupAs())) {
      throw new InvalidModelException("Statistic", "sameGroupAs", "must not name the statistic itself", id().get());
    }
    if (shareOf().isPresent() && shareOf().equals(sameGroupAs())) {
      throw new InvalidModelException("Statistic", "sameGroupAs",
          "must not name the statistic this one is a share of: a share is part of a group, not the group",
          sameGroupAs().get());
    }
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
    return id().map(id -> id + ": ").orElse("") + count() + " " + measure() + sessionKind().map(k -> " " + k).orElse("")
        + mode().map(m -> " " + m).orElse("") + (countries().isEmpty() ? "" : " from " + ShortList.of(countries()))
        + share().map(s -> ", " + s + " of " + shareOf().orElseThrow()).orElse("");
  }

  /** Builds {@link Statistic} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableStatistic.Builder {
    Builder() {}

    /**
     * Sets the identifier from its text form.
     *
     * @param id the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder id(String id) {
      id(id == null ? null : LocalId.of(id));
      return this;
    }

    /**
     * States this statistic as a share of another, such as {@code Share.parse("about 1/3")} of
     * {@code "abstracts"}.
     *
     * @param share the share; not null
     * @param whole the identifier of the statistic it is a share of; not null
     * @return this builder
     * @throws InvalidModelException if an argument is null or the identifier malformed
     */
    public Builder share(Share share, String whole) {
      share(share);
      shareOf(whole == null ? null : LocalId.of(whole));
      return this;
    }

    /**
     * Links this statistic to another that describes the same group.
     *
     * @param other the identifier of the other statistic, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder sameGroupAs(String other) {
      sameGroupAs(other == null ? null : LocalId.of(other));
      return this;
    }

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
