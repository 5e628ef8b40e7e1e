package dev.symposia.time;

/**
 * A coarse time of day, for sources that say only "in the morning" or "on the afternoon".
 *
 * <pre>{@code
 * TimeSlot slot = TimeSlot.during(PartOfDay.AFTERNOON);
 * slot.toString();   // "afternoon"
 * }</pre>
 *
 * <p>The parts carry no clock times: where a morning ends is a matter of local custom, and the sources that
 * use these words do not say. A {@link TimeSlot} writes them in lower case.
 */
public enum PartOfDay {
  /** The morning. */
  MORNING,
  /** The afternoon. */
  AFTERNOON,
  /** The evening. */
  EVENING
}
