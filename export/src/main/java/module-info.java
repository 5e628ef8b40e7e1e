/**
 * Calendars, web pages and conference apps: a symposium as an iCalendar document (RFC 5545), as schema.org
 * JSON-LD, and as a frab/c3voc {@code schedule.json}, which it also reads back into a symposium.
 *
 * <p>Each format is one call: {@link dev.symposia.export.ical.ICalendar#write ICalendar.write(symposium)},
 * {@link dev.symposia.export.jsonld.SchemaOrg#jsonLd SchemaOrg.jsonLd(symposium)},
 * {@link dev.symposia.export.frab.FrabSchedule#write FrabSchedule.write(symposium)} and
 * {@link dev.symposia.export.frab.FrabSchedule#read FrabSchedule.read(json)}. The module needs nothing but
 * {@code dev.symposia.core}: it writes every format's text, and reads frab's JSON, itself.
 */
module dev.symposia.export {
  requires transitive dev.symposia.core;

  exports dev.symposia.export;
  exports dev.symposia.export.ical;
  exports dev.symposia.export.jsonld;
  exports dev.symposia.export.frab;
}
