/**
 * A symposium's programme as an iCalendar document (RFC 5545): {@link dev.symposia.export.ical.ICalendar}.
 */
package dev.symposia.export.ical;
