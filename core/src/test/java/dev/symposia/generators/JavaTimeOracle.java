package dev.symposia.generators;

import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * What java.time makes of a time slot on a day in a zone, worked out with java.time alone and in other
 * words than {@code TimeSlot}'s, so that tests can compare the model with it and generators of valid
 * symposia do not depend on the code they test.
 *
 * <p>The facts are read as {@code TimeSlot} documents them: an end before the start (as {@code OffsetTime}s
 * when both carry an offset) is on the next day; a stated offset must be valid at its local time; a time
 * without one takes, when it happens twice, the earlier offset (the start) or the start's offset when
 * valid (the end); a time in a gap, or an end not after the start, does not fit.
 */
public final class JavaTimeOracle {
  /** A start and an end on the timeline. */
  public record Moments(ZonedDateTime start, ZonedDateTime end) {}

  private JavaTimeOracle() {}

  /** Tells whether a slot with an end ends on the next day. */
  public static boolean endsNextDay(TimeSlot slot) {
    LocalTime start = slot.start().orElseThrow();
    LocalTime end = slot.end().orElseThrow();
    if (slot.startOffset().isPresent() && slot.endOffset().isPresent()) {
      return end.atOffset(slot.endOffset().get()).isBefore(start.atOffset(slot.startOffset().get()));
    }
    return end.isBefore(start);
  }

  /** Returns the start of a slot with clock times; empty when it does not fit. */
  public static Optional<ZonedDateTime> start(TimeSlot slot, LocalDate date, ZoneId zone) {
    return Optional.ofNullable(resolve(date.atTime(slot.start().orElseThrow()), slot.startOffset(), null, zone));
  }

  /** Returns the start and end of a slot with an end; empty when it does not fit. */
  public static Optional<Moments> interval(TimeSlot slot, LocalDate date, ZoneId zone) {
    ZonedDateTime start = resolve(date.atTime(slot.start().orElseThrow()), slot.startOffset(), null, zone);
    if (start == null) {
      return Optional.empty();
    }
    LocalDate endDate = endsNextDay(slot) ? date.plusDays(1) : date;
    ZonedDateTime end = resolve(endDate.atTime(slot.end().orElseThrow()), slot.endOffset(), start.getOffset(), zone);
    if (end == null || !end.isAfter(start)) {
      return Optional.empty();
    }
    return Optional.of(new Moments(start, end));
  }

  /** Tells whether a slot can be held on a day in a zone: a part of the day always can. */
  public static boolean fits(TimeSlot slot, LocalDate date, ZoneId zone) {
    if (slot.start().isEmpty()) {
      return true;
    }
    return slot.end().isPresent() ? interval(slot, date, zone).isPresent() : start(slot, date, zone).isPresent();
  }

  private static ZonedDateTime resolve(LocalDateTime local, Optional<ZoneOffset> offset, ZoneOffset preferred,
      ZoneId zone) {
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition transition = rules.getTransition(local);
    if (transition != null && transition.isGap()) {
      return null;
    }
    if (offset.isPresent()) {
      return rules.isValidOffset(local, offset.get()) ? ZonedDateTime.ofStrict(local, offset.get(), zone) : null;
    }
    if (preferred != null && rules.isValidOffset(local, preferred)) {
      return ZonedDateTime.ofStrict(local, preferred, zone);
    }
    // atZone takes the offset in force before the transition, the earlier one, in an overlap.
    return local.atZone(zone);
  }
}
