package dev.symposia.event;

/**
 * Where an event or a session stands: planned, held, or changed from its plan.
 *
 * <pre>{@code
 * Symposium congress = Symposium.builder().id("esm-2020").title("Example Congress 2020")
 *     .dates(DateSpan.parse("2020-09-02/2020-09-04")).status(EventStatus.RESCHEDULED)
 *     .addPlannedBefore(EarlierPlan.of(DateSpan.parse("2020-03-12/2020-03-14"))).build();
 * }</pre>
 *
 * <p>The status says how to read the dates, time, mode and places next to it
 * ({@link Symposium#status()}, {@link Session#status()}). For {@link #SCHEDULED}, {@link #HELD},
 * {@link #RESCHEDULED} and {@link #MOVED_ONLINE} they are when, where and how the event takes or took
 * place. For {@link #CANCELLED} and {@link #POSTPONED} they are what it was last planned to be, since it
 * did not take place then; a symposium always has dates, and a postponed one has no new dates to give.
 * What it was planned to be before a change is kept in {@link Symposium#plannedBefore()} and
 * {@link Session#plannedBefore()}, whose {@link EarlierPlan#change()} reuses these constants. A status that
 * is not stated says nothing: it is neither scheduled nor held.
 */
public enum EventStatus {
  /** Planned and not yet held. */
  SCHEDULED,
  /** Took place, on the dates given, after whatever changes its earlier plans record. */
  HELD,
  /** Put off to a date not yet set; the dates are those it was put off from. */
  POSTPONED,
  /** Moved to new dates, which are the dates given; the earlier ones belong in an earlier plan. */
  RESCHEDULED,
  /** Moved from a venue to online only; its mode, if stated, is online. */
  MOVED_ONLINE,
  /** Called off; the dates are those it would have had. */
  CANCELLED
}
