package dev.symposia.validation.internal;

import dev.symposia.event.Delivery;
import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the programme rules need of a symposium's sessions, read in one walk into flat arrays indexed by
 * session position: the part-of hierarchy, each session's kind, when it takes place (a cancelled or
 * postponed session takes place at no time), and who takes part, each person numbered.
 *
 * <p>Why one table shared by the rules: half a dozen rules look at every session and every participation.
 * Once a programme outgrows the processor's caches, each of those walks waits for memory at nearly every
 * object it touches, and the walks, not the rules' own work, made up most of a validation. So the programme
 * is walked once, into this table, and every rule that needs it asks the symposium for it with
 * {@code symposium.derived(SessionTable.DERIVATION)}. The symposium computes it on the first request and
 * keeps it with itself: a symposium is immutable, so the table stays true of it for as long as it lives,
 * and validating the same instance again, on any thread, reuses it, while an equal but distinct instance
 * gets its own. Nothing depends on the order in which, or the thread on which, Hibernate Validator runs the
 * rules. The price is memory: a symposium that has been validated keeps its table (about fifty bytes a
 * session and six a participation) as long as it is reachable.
 *
 * <p>Immutable and thread-safe: every field is final and filled in the constructor, and no array is handed
 * out, so rules running at once on different threads share one table safely.
 */
final class SessionTable {
  /** The {@link #part(int)} of a session held in clock time rather than during a part of the day. */
  static final long CLOCK = -1;

  /** What {@link #dayNumber} returns for a date that states no day, and the day of a session not placed. */
  static final long NO_DAY = Long.MIN_VALUE;

  /** The table of a symposium, made once for each instance and kept with it by {@link Symposium#derived}. */
  static final Symposium.Derivation<SessionTable> DERIVATION = Symposium.Derivation.of(SessionTable::new);

  private final Forest hierarchy;
  private final SessionKind[] kinds;
  private final PartialDate[] dates;
  private final long[] days;
  private final long[] parts;
  private final long[] starts;
  private final long[] ends;
  private final boolean[] instants;
  private final boolean[] calledOff;
  private final int[] changed;
  private final int[] firstParticipation;
  private final int[] people;
  private final boolean[] byVideo;
  private final boolean[] speaks;
  private final int persons;

  private SessionTable(Symposium symposium) {
    List<Session> sessions = symposium.sessions();
    int size = sessions.size();
    // Positions and the number of participations in one walk, rather than Indexes.positions and a second:
    // the walks, not the work, are what cost.
    Map<LocalId, Integer> positions = new HashMap<>(size * 4 / 3 + 1);
    int participations = 0;
    for (int i = 0; i < size; i++) {
      Session session = sessions.get(i);
      positions.put(session.id(), i);
      participations += session.participants().size();
    }
    int[] parent = new int[size];
    kinds = new SessionKind[size];
    dates = new PartialDate[size];
    days = new long[size];
    parts = new long[size];
    starts = new long[size];
    ends = new long[size];
    instants = new boolean[size];
    calledOff = new boolean[size];
    firstParticipation = new int[size + 1];
    people = new int[participations];
    byVideo = new boolean[participations];
    speaks = new boolean[participations];
    Map<LocalId, Integer> numbers = new HashMap<>(symposium.speakers().size() * 4 / 3 + 1);
    int[] withChanges = new int[size];
    int changes = 0;
    int k = 0;
    for (int i = 0; i < size; i++) {
      Session session = sessions.get(i);
      if (session.status().isPresent() || !session.plannedBefore().isEmpty()) {
        withChanges[changes++] = i;
      }
      Optional<LocalId> partOf = session.partOf();
      parent[i] = partOf.isPresent() ? positions.getOrDefault(partOf.get(), -1) : -1;
      kinds[i] = session.kind();
      place(i, session);
      firstParticipation[i] = k;
      List<Participation> participants = session.participants();
      for (int j = 0; j < participants.size(); j++, k++) {
        Participation participation = participants.get(j);
        Optional<LocalId> person = participation.person();
        if (person.isPresent()) {
          Integer number = numbers.get(person.get());
          if (number == null) {
            number = numbers.size();
            numbers.put(person.get(), number);
          }
          people[k] = number;
        } else {
          people[k] = -1;
        }
        byVideo[k] = participation.delivery().orElse(null) == Delivery.VIDEO_MESSAGE;
        ParticipantRole role = participation.role();
        speaks[k] = role == ParticipantRole.SPEAKER || role == ParticipantRole.KEYNOTE_SPEAKER;
      }
    }
    firstParticipation[size] = k;
    changed = Arrays.copyOf(withChanges, changes);
    persons = numbers.size();
    hierarchy = new Forest(parent);
  }

  /**
   * Returns a number that is the same for two dates exactly when they name the same day, for dates that
   * state a month and a day; dates without a year form their own days.
   *
   * @param date the date; not null
   * @return the number; {@link #NO_DAY} for a date that states no day of the month
   */
  static long dayNumber(PartialDate date) {
    if (date.day().isEmpty()) {
      return NO_DAY;
    }
    if (date.year().isPresent()) {
      return date.toLocalDate().orElseThrow().toEpochDay();
    }
    // Epoch days of years 1 to 9999 lie within about ±3 million; month-days are put far beyond.
    return 100_000_000L + date.month().orElseThrow().getValue() * 32L + date.day().getAsInt();
  }

  private void place(int i, Session session) {
    Optional<PartialDate> date = session.date();
    Optional<TimeSlot> time = session.time();
    dates[i] = date.orElse(null);
    // A cancelled or postponed session did not take place at its date and time: it holds nobody and no room.
    EventStatus status = session.status().orElse(null);
    calledOff[i] = status == EventStatus.CANCELLED || status == EventStatus.POSTPONED;
    // Without a day or a time slot a session is not placed, and its day is NO_DAY.
    days[i] = !calledOff[i] && date.isPresent() && time.isPresent() ? dayNumber(date.get()) : NO_DAY;
    if (days[i] == NO_DAY) {
      return;
    }
    TimeSlot slot = time.get();
    if (slot.partOfDay().isPresent()) {
      parts[i] = slot.partOfDay().get().ordinal();
      ends[i] = Long.MAX_VALUE;
      instants[i] = true;
    } else {
      long start = slot.start().orElseThrow().toNanoOfDay();
      parts[i] = CLOCK;
      starts[i] = start;
      ends[i] = slot.end().isPresent() ? slot.end().get().toNanoOfDay() : start;
      instants[i] = slot.end().isEmpty();
    }
  }

  /** Returns the number of sessions. */
  int size() {
    return kinds.length;
  }

  /** Returns the part-of hierarchy of the sessions, by position; sessions that name no known parent are roots. */
  Forest hierarchy() {
    return hierarchy;
  }

  /** Returns the kind of session {@code i}. */
  SessionKind kind(int i) {
    return kinds[i];
  }

  /** Returns the date of session {@code i}, or null when it states none. */
  PartialDate date(int i) {
    return dates[i];
  }

  /**
   * Tells whether session {@code i} is placed in time well enough to overlap another: it has a date that
   * states its day ({@link #dayNumber}) and a time slot, and is not {@linkplain #isCalledOff called off}.
   */
  boolean isPlaced(int i) {
    return days[i] != NO_DAY;
  }

  /**
   * Tells whether session {@code i} is cancelled or postponed, so that its date and time are when it was to
   * take place, not when it did.
   */
  boolean isCalledOff(int i) {
    return calledOff[i];
  }

  /** Returns how many sessions state a status or earlier plans. */
  int changedCount() {
    return changed.length;
  }

  /** Returns the position of the {@code n}th session, from 0, that states a status or earlier plans. */
  int changedSession(int n) {
    return changed[n];
  }

  /** Returns the day of a placed session, as {@link #dayNumber}. */
  long day(int i) {
    return days[i];
  }

  /** Returns the part of the day of a placed session, from 0, or {@link #CLOCK} for a clock slot. */
  long part(int i) {
    return parts[i];
  }

  /** Returns when a placed session held in clock time starts, in nanoseconds of the day; 0 for a part of the day. */
  long start(int i) {
    return starts[i];
  }

  /**
   * Returns when a placed session ends, in nanoseconds of the day: its start when it states no end, and
   * {@code Long.MAX_VALUE} for a part of the day.
   */
  long end(int i) {
    return ends[i];
  }

  /** Tells whether a placed session's end is part of it: for an instant, and for a part of the day. */
  boolean endIncluded(int i) {
    return instants[i];
  }

  /** Returns the number of the first participation of session {@code i}; those of session i+1 follow. */
  int firstParticipation(int i) {
    return firstParticipation[i];
  }

  /** Returns the number of persons numbered: every person named by a participation, once. */
  int persons() {
    return persons;
  }

  /** Returns the number of the person of participation {@code k}, or -1 when it names no person. */
  int person(int k) {
    return people[k];
  }

  /** Tells whether participation {@code k} is a recorded video message. */
  boolean isByVideo(int k) {
    return byVideo[k];
  }

  /** Tells whether participation {@code k} is in a speaking role (speaker, keynote speaker). */
  boolean speaks(int k) {
    return speaks[k];
  }
}
