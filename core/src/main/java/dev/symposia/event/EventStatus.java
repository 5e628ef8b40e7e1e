package dev.symposia.event;

/** Where an event stands: planned, held, or changed from its plan. */
public enum EventStatus {
  /** Planned and not yet held. */
  SCHEDULED,
  /** Took place as planned. */
  HELD,
  /** Put off to a date not yet set. */
  POSTPONED,
  /** Moved to new dates. */
  RESCHEDULED,
  /** Moved from a venue to online only. */
  MOVED_ONLINE,
  /** Called off. */
  CANCELLED
}
