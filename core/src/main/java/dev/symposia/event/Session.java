package dev.symposia.event;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.internal.PartialLists;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.TimeSlot;
import java.util.List;
import java.util.Optional;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.support.CommercialSupport;
import org.immutables.value.Value;

/**
 * One item of a symposium's programme: a forum, plenary, keynote, panel, roadshow or ceremony, with its
 * time, place and participants.
 *
 * <pre>{@code
 * Session opening = Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
 *     .date(PartialDate.of(2022, 11, 23)).time(TimeSlot.during(PartOfDay.AFTERNOON))
 *     .addParticipants(Participation.of(LocalId.of("yang-shengli"), ParticipantRole.CHAIR)).build();
 * }</pre>
 *
 * <p>Participants refer to speakers of the symposium by identifier. A session may be part of another
 * ({@link #partOf()}, a sub-forum of a forum) but not of itself. Whether its date lies within the
 * symposium's dates, or its participants are somewhere else at the same time, is checked by the
 * validation module, not here: real programmes sometimes get those wrong and must still be recorded.
 *
 * <p>A session has a {@link #status()} like a symposium's, with the same meaning: its date, time, mode and
 * places are what the session is (for a cancelled or postponed session, what it was last planned to be),
 * and what it was planned to be before a change is kept in {@link #plannedBefore()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Session implements Aggregate {
  Session() {}

  private static final List<String> PARTIAL_LISTS = List.of("topics", "places", "participants");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier by which the symposium refers to this session.
   *
   * @return the identifier, unique within the symposium; never null
   */
  public abstract LocalId id();

  /**
   * Returns what sort of session this is.
   *
   * @return the kind; never null
   */
  public abstract SessionKind kind();

  /**
   * Returns the source's own name for a kind of session the model has no value for, when {@link #kind()} is
   * {@link SessionKind#OTHER}, such as "fireside chat".
   *
   * @return the label; empty when the kind is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> kindLabel();

  /**
   * Returns the session's title.
   *
   * @return the title; empty when the source gives none
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the subjects discussed.
   *
   * @return the topics, in the order given; never null, possibly empty
   */
  public abstract List<LocalizedText> topics();

  /**
   * Returns the day of the session.
   *
   * @return the date, possibly partial; empty when not stated
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the time of day of the session.
   *
   * @return the time slot; empty when not stated
   */
  public abstract Optional<TimeSlot> time();

  /**
   * Returns the rule on which the session recurs, such as "the first Tuesday of each month, twelve times": a
   * series of sessions recorded once. Its first date is {@link #date()}, its time {@link #time()}; the
   * symposium places each occurrence on the real timeline ({@link Symposium#occurrences(Session)}).
   *
   * @return the rule; empty for a session that takes place once
   */
  public abstract Optional<Recurrence> recurrence();

  /**
   * Returns where the session stands: held, scheduled, cancelled, postponed, and so on, with the meaning
   * {@link EventStatus} gives for a symposium.
   *
   * @return the status; empty when not stated, which says nothing either way
   */
  public abstract Optional<EventStatus> status();

  /**
   * Returns how people attended the session.
   *
   * @return the mode; empty when not stated
   */
  public abstract Optional<AttendanceMode> mode();

  /**
   * Returns where the session was held, when the source says so for this session.
   *
   * @return the places; never null, possibly empty
   */
  public abstract List<Place> places();

  /**
   * Returns what the session was planned to be before it was rescheduled, postponed or moved, as the
   * sources stated it: the oldest plan first. Its own date, time, mode and places stay what it is.
   *
   * <pre>{@code
   * session.plannedBefore(); // [2020-09-02 09:00/10:30, RESCHEDULED]
   * }</pre>
   *
   * @return the earlier plans, oldest first; never null, empty when the session did not change or the
   *     sources do not say how
   */
  public abstract List<EarlierSessionPlan> plannedBefore();

  /**
   * Returns the session this one is part of, such as the forum of a sub-forum.
   *
   * @return the parent session's identifier; empty for a top-level session
   */
  public abstract Optional<LocalId> partOf();

  /**
   * Returns who took part, in which role and how.
   *
   * @return the participations, in the order given; never null, possibly empty
   */
  public abstract List<Participation> participants();

  /**
   * Returns figures the source states about this session, such as "more than 20 experts".
   *
   * @return the statistics; never null, possibly empty
   */
  public abstract List<Statistic> statistics();

  /**
   * Returns the abstracts and posters presented in the session, such as the posters of a poster session.
   *
   * @return the abstracts; never null, empty when not stated
   */
  public abstract List<Abstract> abstracts();

  /**
   * Returns the session's published recordings, slides or poster files.
   *
   * @return the materials; never null, empty when none are published or the source does not say
   */
  public abstract List<Material> materials();

  /**
   * Returns the session's own accreditations for continuing medical education, where the session is
   * accredited apart from the symposium, such as a workshop with credits of its own.
   *
   * @return the accreditations; never null, empty when not stated
   */
  public abstract List<Accreditation> accreditations();

  /**
   * Returns the commercial support of this session, such as the company that sponsors a satellite symposium.
   * A sponsor of a session is not an organiser of the symposium.
   *
   * @return the support; never null, empty when not stated
   */
  public abstract List<CommercialSupport> commercialSupport();

  /**
   * Returns a short description of the session.
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns a builder initialised with this session's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the names of this Session's lists that the source gives only in part, such as {@code ["participants"]} for "speakers at the plenary session included...".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code topics}, {@code places}, {@code participants}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this Session only in part.
   *
   * @param list the list's name, one of {@code topics}, {@code places}, {@code participants}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("Session", partialLists(), PARTIAL_LISTS, list);
  }

  @Value.Check
  void check() {
    PartialLists.check("Session", partialLists(), PARTIAL_LISTS);
    if (kindLabel().isPresent() && kind() != SessionKind.OTHER) {
      throw new InvalidModelException("Session", "kindLabel", "must be absent unless the kind is other, as "
          + kind().name().toLowerCase(java.util.Locale.ROOT) + " names it already", kindLabel().get().text());
    }
    dev.symposia.internal.Notes.check("Session", this, notes());
    if (recurrence().isPresent() && (date().isEmpty() || !date().get().isComplete())) {
      throw new InvalidModelException("Session", "recurrence", "needs the session's date, a complete day, as its first date",
          recurrence().get());
    }
    if (partOf().isPresent() && partOf().get().equals(id())) {
      throw new InvalidModelException("Session", "partOf", "must not be the session itself", id());
    }
  }

  /**
   * Returns the identifier, kind, title, date and status, such as
   * {@code Session[opening: OPENING_CEREMONY 2022-11-23]} or {@code Session[visit: OTHER 2020-09-03 CANCELLED]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Session[" + id() + ": " + kind() + title().map(t -> " \"" + t.text() + "\"").orElse("")
        + date().map(d -> " " + d).orElse("") + status().map(s -> " " + s).orElse("") + "]";
  }

  /** Builds {@link Session} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSession.Builder {
    private static final String TYPE_NAME = "Session";

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
     * Sets the title from English text.
     *
     * @param title the title in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder title(String title) {
      title(title == null ? null : LocalizedText.of(title));
      return this;
    }

    /**
     * Adds topics given in English.
     *
     * @param topics the topics in English; not null, no element null or blank
     * @return this builder
     * @throws InvalidModelException if a topic is null or blank
     */
    public Builder addTopics(String... topics) {
      if (topics == null) {
        throw new InvalidModelException(TYPE_NAME, "topics", "must not be null", null);
      }
      for (String topic : topics) {
        addTopics(topic == null ? null : LocalizedText.of(topic));
      }
      return this;
    }
  }
}
