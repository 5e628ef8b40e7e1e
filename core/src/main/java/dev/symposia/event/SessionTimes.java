package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks, when a symposium states its time zone, that the clock times of its sessions exist in that zone
 * on their days and that the UTC offsets they state are ones the zone has then.
 *
 * <p>Most days have no clock change anywhere near them, and on those every time exists and has one offset:
 * the check asks the zone's rules once for each run of sessions on the same day whether that is so, and
 * resolves the times of a session only on the few days where it is not. Not instantiable; thread-safe.
 */
final class SessionTimes {
  private static final int REMEMBERED_DAYS = 16;

  private SessionTimes() {}

  /** What {@link #key(Session)} gives for a session without a complete date and a start time: nothing to check. */
  static final long NOT_TIMED = Long.MIN_VALUE;
  /** What {@link #key(Session)} gives for a session whose times state their UTC offsets. */
  static final long OFFSETS_STATED = Long.MAX_VALUE;

  /**
   * Returns what the check needs to know of a session before it looks at the session again: its day (as an
   * epoch day) if it has a complete date and a start time without offsets, {@link #NOT_TIMED} or
   * {@link #OFFSETS_STATED}. {@link Entities} notes it for each session it is given, while the session is
   * still in the processor's caches, so that the check walks an array rather than every session.
   */
  static long key(Session session) {
    Optional<TimeSlot> time = session.time();
    Optional<PartialDate> date = session.date();
    if (time.isEmpty() || time.get().start().isEmpty() || date.isEmpty() || !date.get().isComplete()) {
      return NOT_TIMED;
    }
    TimeSlot slot = time.get();
    if (slot.startOffset().isPresent() || slot.endOffset().isPresent()) {
      return OFFSETS_STATED;
    }
    return date.get().toLocalDate().orElseThrow().toEpochDay();
  }

  /**
   * Refuses the first session whose times do not fit the zone.
   *
   * @param zone the symposium's time zone; not null
   * @param sessions the sessions; not null
   * @param resolved the entities the sessions are exactly those of, which noted each session's key, or null
   *     to work the keys out here
   * @throws InvalidModelException naming {@code sessions[i].time} and what is wrong with it
   */
  static void check(ZoneId zone, List<Session> sessions, Entities resolved) {
    ZoneRules rules = zone.getRules();
    // The answer for each day, kept for the next session on it: sessions are seldom listed day by day, and
    // a symposium spans few days, so that asking the zone's rules for each session cost as much as the rest
    // of the check.
    long[] days = new long[REMEMBERED_DAYS];
    Arrays.fill(days, Long.MIN_VALUE);
    ZoneOffset[] soles = new ZoneOffset[REMEMBERED_DAYS];
    for (int i = 0; i < sessions.size(); i++) {
      long key = resolved == null ? key(sessions.get(i)) : resolved.sessionKey(i);
      if (key == NOT_TIMED) {
        continue;
      }
      // A session is looked at again only if its offsets are stated or its day has a clock change near it.
      long day = key != OFFSETS_STATED ? key
          : sessions.get(i).date().orElseThrow().toLocalDate().orElseThrow().toEpochDay();
      int remembered = (int) day & (REMEMBERED_DAYS - 1);
      if (days[remembered] != day) {
        days[remembered] = day;
        soles[remembered] = soleOffset(rules, LocalDate.ofEpochDay(day));
      }
      ZoneOffset sole = soles[remembered];
      if (sole != null && key != OFFSETS_STATED) {
        continue;
      }
      TimeSlot slot = sessions.get(i).time().orElseThrow();
      if (sole != null && slot.startOffset().orElse(sole).equals(sole) && slot.endOffset().orElse(sole).equals(sole)) {
        continue;
      }
      LocalDate local = LocalDate.ofEpochDay(day);
      try {
        if (slot.end().isPresent()) {
          slot.interval(local, zone);
        } else {
          slot.startAt(local, zone);
        }
      } catch (InvalidModelException e) {
        InvalidModelException refusal = new InvalidModelException("Symposium", "sessions[" + i + "].time",
            e.attribute() + " " + e.rule(), slot.toString());
        refusal.initCause(e);
        throw refusal;
      }
    }
  }

  /**
   * Returns the one offset a zone has from the start of the day before a date to the end of the day after
   * it, whatever the offset: every time of that day and the next then exists once, with that offset.
   *
   * @param rules the zone's rules; not null
   * @param date the date; not null
   * @return the offset; null when the offset changes in that stretch
   */
  static ZoneOffset soleOffset(ZoneRules rules, LocalDate date) {
    // Offsets lie within 18 hours of UTC, so the local days date and date + 1 lie within these UTC days.
    Instant from = Instant.ofEpochSecond((date.toEpochDay() - 2) * 86_400);
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition next = rules.nextTransition(from);
      if (next != null && next.toEpochSecond() < (date.toEpochDay() + 3) * 86_400) {
        return null;
      }
    }
    return rules.getOffset(from);
  }
}
