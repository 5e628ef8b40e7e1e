/**
 * Dates and times of events and sessions, as precisely as the sources give them.
 *
 * <pre>{@code
 * DateSpan isctm = DateSpan.parse("2022-11-22/2022-11-24");
 * TimeSlot opening = TimeSlot.during(PartOfDay.AFTERNOON);
 * }</pre>
 *
 * <p>News reports of academic events are often vague: "on 29 April" with no year, "on the afternoon of
 * 23 November". A {@link dev.symposia.time.PartialDate} states only the parts of a date that the source
 * gives, a {@link dev.symposia.time.DateSpan} is one such day or a range of them, and a
 * {@link dev.symposia.time.TimeSlot} is the clock times or the {@link dev.symposia.time.PartOfDay} of a
 * session, with the UTC offset in force at a time when a record states it. Each value writes an ISO 8601
 * based text with {@code toString()} that its {@code parse} method reads back. No value here holds a time
 * zone: the zone is a property of where an event takes place. Given one, a slot on a day becomes a
 * {@link dev.symposia.time.ZonedInterval} on the real timeline
 * ({@link dev.symposia.time.TimeSlot#interval(java.time.LocalDate, java.time.ZoneId)}).
 *
 * <p>A series of sessions held on a rule, such as "the first Tuesday of each month, twelve times", is a
 * {@link dev.symposia.time.Recurrence}: a subset of the RRULE of RFC 5545 with its
 * {@link dev.symposia.time.RecurrenceChange changes} (one session cancelled, another moved), which expands
 * into {@link dev.symposia.time.Occurrence occurrences} on the real timeline.
 */
@ModelStyle
package dev.symposia.time;

import dev.symposia.internal.ModelStyle;
