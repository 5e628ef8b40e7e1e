package dev.symposia.time;

/**
 * How often the rule of a {@link Recurrence} repeats: every day, every week or every month, or every
 * {@linkplain Recurrence#interval() so many} of them. The names and meanings are those of the {@code FREQ}
 * part of an RFC 5545 recurrence rule.
 *
 * <pre>{@code
 * Recurrence.builder().frequency(RecurrenceFrequency.WEEKLY).interval(2).build();   // every other week
 * }</pre>
 */
public enum RecurrenceFrequency {
  /** Every day, or every {@code interval} days. */
  DAILY,
  /** Every week, or every {@code interval} weeks; weeks start on Monday. */
  WEEKLY,
  /** Every month, or every {@code interval} months. */
  MONTHLY
}
