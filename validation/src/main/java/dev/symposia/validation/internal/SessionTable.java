package dev.symposia.validation.internal;

import dev.symposia.event.Delivery;
import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
 * <p>When a session takes place: a session with clock times and a day is placed on one timeline, as a
 * start and an end in seconds and nanoseconds. When the symposium states its time zone and the session's
 * date is complete, those are the real instants ({@link Symposium#interval(Session)}), worked out once
 * here, for the table's lifetime, rather than for each pair of sessions compared; otherwise they are the
 * local date and clock times read as if in UTC, and a date without a year is placed in a year of its own
 * (20000) that no real date reaches. A session known only by its part of the day is placed in a group of its
 * own, that part of that day. A recurring session is placed at each of its occurrences
 * ({@link Symposium#occurrences(Session)}: the dates its rule gives, cancelled ones left out, moves and new
 * times applied): the first in the session's own place in the arrays, the others after every session's,
 * at {@link #firstFurther(int)} to {@link #endFurther(int)}.
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
  /** What {@link #dayNumber} returns for a date that states no day. */
  static final long NO_DAY = Long.MIN_VALUE;

  /** The {@link #group(int)} of a session that is not placed in time. */
  static final long NOT_PLACED = Long.MIN_VALUE;

  /** The {@link #group(int)} of every session placed on the timeline by its clock times. */
  static final long TIMELINE = Long.MIN_VALUE + 1;

  /** The year in which dates that state no year are placed, so that they meet only each other. */
  private static final int NO_YEAR = 20_000;

  private static final long SECONDS_PER_DAY = 86_400;

  /** The table of a symposium, made once for each instance and kept with it by {@link Symposium#derived}. */
  static final Symposium.Derivation<SessionTable> DERIVATION = Symposium.Derivation.of(SessionTable::new);

  private final Forest hierarchy;
  private final SessionKind[] kinds;
  private final PartialDate[] dates;
  private final long[] groups;
  private final long[] startSeconds;
  private final int[] startNanos;
  private final long[] endSeconds;
  private final int[] endNanos;
  private final boolean[] endIncluded;
  // For a recurring session i, its further occurrences are placed at firstFurther[i] to firstFurther[i + 1]
  // (indexes after the sessions'); null when no session recurs.
  private final int[] firstFurther;
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
    // Each recurring session's occurrences, by position, and how many places they need beyond the sessions'.
    List<Occurrence>[] occurrences = null;
    int further = 0;
    for (int i = 0; i < size; i++) {
      Session session = sessions.get(i);
      positions.put(session.id(), i);
      participations += session.participants().size();
      if (session.recurrence().isPresent() && isHeld(session)) {
        if (occurrences == null) {
          @SuppressWarnings("unchecked")
          List<Occurrence>[] made = new List[size];
          occurrences = made;
        }
        occurrences[i] = symposium.occurrences(session);
        further += Math.max(occurrences[i].size() - 1, 0);
      }
    }
    int places = size + further;
    int[] parent = new int[size];
    kinds = new SessionKind[size];
    dates = new PartialDate[size];
    groups = new long[places];
    startSeconds = new long[places];
    startNanos = new int[places];
    endSeconds = new long[places];
    endNanos = new int[places];
    endIncluded = new boolean[places];
    firstFurther = occurrences == null ? null : new int[size + 1];
    int nextFurther = size;
    calledOff = new boolean[size];
    Timeline timeline = new Timeline(symposium.timeZone().orElse(null));
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
      if (firstFurther != null) {
        firstFurther[i] = nextFurther;
      }
      if (occurrences != null && occurrences[i] != null) {
        nextFurther = placeOccurrences(i, session, occurrences[i], nextFurther, timeline);
      } else {
        place(i, session, timeline);
      }
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
    if (firstFurther != null) {
      firstFurther[size] = nextFurther;
    }
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

  // A cancelled or postponed session did not take place at its date and time: it holds nobody and no room.
  private static boolean isCalledOff(Session session) {
    EventStatus status = session.status().orElse(null);
    return status == EventStatus.CANCELLED || status == EventStatus.POSTPONED;
  }

  // Whether a session is placed in time: not called off, with a time slot and a date that states its day.
  private static boolean isHeld(Session session) {
    return !isCalledOff(session) && session.time().isPresent() && session.date().isPresent()
        && session.date().get().day().isPresent();
  }

  private void place(int i, Session session, Timeline timeline) {
    dates[i] = session.date().orElse(null);
    calledOff[i] = isCalledOff(session);
    if (isHeld(session)) {
      place(i, session.time().get(), session.date().get(), timeline);
    } else {
      groups[i] = NOT_PLACED;
    }
  }

  // Places a recurring session at its first occurrence and the others from nextFurther on; returns the
  // index after the last. A rule that gives no date, or whose every date is cancelled, places it nowhere.
  private int placeOccurrences(int i, Session session, List<Occurrence> occurrences, int nextFurther,
      Timeline timeline) {
    dates[i] = session.date().orElse(null);
    if (occurrences.isEmpty()) {
      groups[i] = NOT_PLACED;
      return nextFurther;
    }
    TimeSlot slot = session.time().orElseThrow();
    for (int n = 0; n < occurrences.size(); n++) {
      Occurrence occurrence = occurrences.get(n);
      place(n == 0 ? i : nextFurther + n - 1, occurrence.time().orElse(slot), PartialDate.of(occurrence.date()),
          timeline);
    }
    return nextFurther + occurrences.size() - 1;
  }

  /** Places a time slot on a date that states its day, at index {@code i} of the placement arrays. */
  private void place(int i, TimeSlot slot, PartialDate date, Timeline timeline) {
    if (slot.partOfDay().isPresent()) {
      groups[i] = dayNumber(date) * 4 + slot.partOfDay().get().ordinal();
      endSeconds[i] = Long.MAX_VALUE;
      endIncluded[i] = true;
      return;
    }
    groups[i] = TIMELINE;
    if (timeline.zone != null && date.isComplete()) {
      timeline.place(this, i, slot, date.toLocalDate().orElseThrow());
    } else {
      placeLocally(i, slot, date);
    }
  }

  /** Places a session at its local date and clock times, read as if in UTC. */
  private void placeLocally(int i, TimeSlot slot, PartialDate date) {
    long day = date.isComplete() ? date.toLocalDate().orElseThrow().toEpochDay()
        : LocalDate.of(NO_YEAR, date.month().orElseThrow(), date.day().getAsInt()).toEpochDay();
    LocalTime start = slot.start().orElseThrow();
    long from = day * SECONDS_PER_DAY + start.toSecondOfDay();
    if (slot.end().isEmpty()) {
      set(i, from, start.getNano(), from, start.getNano(), true);
      return;
    }
    LocalTime end = slot.end().get();
    long to = (slot.endsNextDay() ? day + 1 : day) * SECONDS_PER_DAY + end.toSecondOfDay();
    // Only a slot whose offsets put its end before its start in clock time (01:45+01:00/01:15Z, as clocks
    // go back) has clock times out of order; without a zone it is held from the earlier to the later.
    int order = to != from ? Long.compare(to, from) : Integer.compare(end.getNano(), start.getNano());
    if (order > 0) {
      set(i, from, start.getNano(), to, end.getNano(), false);
    } else if (order < 0) {
      set(i, to, end.getNano(), from, start.getNano(), false);
    } else {
      set(i, from, start.getNano(), from, start.getNano(), true);
    }
  }

  private void set(int i, long fromSeconds, int fromNanos, long toSeconds, int toNanos, boolean included) {
    startSeconds[i] = fromSeconds;
    startNanos[i] = fromNanos;
    endSeconds[i] = toSeconds;
    endNanos[i] = toNanos;
    endIncluded[i] = included;
  }

  /**
   * Places sessions on the real timeline of the symposium's zone. Most days have no clock change near them:
   * on those every local time has one offset, known from one question to the zone's rules per run of
   * sessions on the same day, and instants are plain arithmetic. On the other days each session is placed
   * as {@link Symposium#interval(Session)} places it.
   */
  private static final class Timeline {
    final ZoneId zone;
    private final ZoneRules rules;
    private long day = Long.MIN_VALUE;
    private ZoneOffset sole;

    Timeline(ZoneId zone) {
      this.zone = zone;
      this.rules = zone == null ? null : zone.getRules();
    }

    void place(SessionTable table, int i, TimeSlot slot, LocalDate date) {
      long epochDay = date.toEpochDay();
      if (epochDay != day) {
        day = epochDay;
        sole = soleOffset(epochDay);
      }
      LocalTime start = slot.start().orElseThrow();
      if (sole != null) {
        // The symposium refused, when it was built, any offset other than the one in force.
        long from = epochDay * SECONDS_PER_DAY + start.toSecondOfDay() - sole.getTotalSeconds();
        if (slot.end().isEmpty()) {
          table.set(i, from, start.getNano(), from, start.getNano(), true);
        } else {
          LocalTime end = slot.end().get();
          long to = (slot.endsNextDay() ? epochDay + 1 : epochDay) * SECONDS_PER_DAY + end.toSecondOfDay()
              - sole.getTotalSeconds();
          table.set(i, from, start.getNano(), to, end.getNano(), false);
        }
      } else if (slot.end().isEmpty()) {
        ZonedDateTime from = slot.startAt(date, zone).orElseThrow();
        table.set(i, from.toEpochSecond(), from.getNano(), from.toEpochSecond(), from.getNano(), true);
      } else {
        ZonedInterval interval = slot.interval(date, zone).orElseThrow();
        table.set(i, interval.start().toEpochSecond(), interval.start().getNano(), interval.end().toEpochSecond(),
            interval.end().getNano(), false);
      }
    }

    /**
     * Returns the one offset the zone has from the day before a date to the day after it, or null when it
     * changes in that stretch. Offsets lie within 18 hours of UTC, so the local days date and date + 1 lie
     * within the UTC days from date - 2 to date + 3.
     */
    private ZoneOffset soleOffset(long epochDay) {
      Instant from = Instant.ofEpochSecond((epochDay - 2) * SECONDS_PER_DAY);
      if (!rules.isFixedOffset()) {
        ZoneOffsetTransition next = rules.nextTransition(from);
        if (next != null && next.toEpochSecond() < (epochDay + 3) * SECONDS_PER_DAY) {
          return null;
        }
      }
      return rules.getOffset(from);
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
    return groups[i] != NOT_PLACED;
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

  /**
   * Returns the first index at which a recurring session's further occurrences are placed; they run to
   * {@link #endFurther(int)}, and the accessors of a placed session ({@link #group(int)} and the start and
   * end) take these indexes too. Equal to {@code endFurther(i)} for a session that does not recur.
   */
  int firstFurther(int i) {
    return firstFurther == null ? 0 : firstFurther[i];
  }

  /** Returns the index after the last at which session {@code i}'s further occurrences are placed. */
  int endFurther(int i) {
    return firstFurther == null ? 0 : firstFurther[i + 1];
  }

  /**
   * Returns the group of a placed session: only sessions of one group can overlap. {@link #TIMELINE} for
   * every session with clock times; for a part of the day, a number of its own for that part of that day.
   */
  long group(int i) {
    return groups[i];
  }

  /** Returns the seconds of a placed session's start on the timeline; 0 for a part of the day. */
  long startSeconds(int i) {
    return startSeconds[i];
  }

  /** Returns the nanoseconds within the second of a placed session's start. */
  int startNanos(int i) {
    return startNanos[i];
  }

  /**
   * Returns the seconds of a placed session's end on the timeline: its start when it states no end, and
   * {@code Long.MAX_VALUE} for a part of the day.
   */
  long endSeconds(int i) {
    return endSeconds[i];
  }

  /** Returns the nanoseconds within the second of a placed session's end. */
  int endNanos(int i) {
    return endNanos[i];
  }

  /** Tells whether a placed session's end is part of it: for an instant, and for a part of the day. */
  boolean endIncluded(int i) {
    return endIncluded[i];
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
