package dev.symposia.export.ical;

import dev.symposia.InvalidModelException;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.export.Omission;
import dev.symposia.export.internal.Names;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.presentation.PresentationFormat;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.support.CommercialSupport;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A symposium's programme as an iCalendar document (RFC 5545), for calendar applications:
 *
 * <pre>{@code
 * String ics = ICalendar.write(symposium);                   // DTSTAMP: now
 * String same = ICalendar.write(symposium, Instant.EPOCH);   // reproducible
 * }</pre>
 *
 * <p><b>What is written.</b> One {@code VEVENT} for the symposium as a whole (all-day, from its first to its
 * last day), then one for each session that has a complete date, in the order of {@link Symposium#sessions()}.
 * Each has a stable {@code UID} ({@code isctm-2022@symposia.dev} for the symposium,
 * {@code isctm-2022/opening@symposia.dev} for its session {@code opening}), {@code SUMMARY} from the title (left
 * out when the record has none: no title is made up), {@code STATUS}, {@code LOCATION} from the places, {@code
 * DESCRIPTION} with the participants and their roles, the accreditation for continuing medical education and
 * its credits, the commercial support, the abstracts and posters presented (number, title, DOI) and published
 * materials, and {@code CATEGORIES} with the session's kind, {@code CME accredited} for a session accredited on
 * its own or as part of an accredited symposium (a satellite symposium only on its own), and
 * {@code Commercially supported} for a session with commercial support. The symposium's own event has its
 * accreditation and support in its description and {@code CME accredited} in its categories. iCalendar has no
 * property for disclosures, which are not written. Texts
 * are the primary text of each {@link LocalizedText}, with its {@code LANGUAGE} when stated; other languages
 * are not written.
 *
 * <p><b>Times.</b> With the symposium's time zone, a session with a start and an end is placed on the
 * timeline by {@link Symposium#interval(Session)}: {@code DTSTART} and {@code DTEND} carry the zone's
 * {@code TZID}, and a {@code VTIMEZONE} built from the JDK's rules gives every offset change from a day before
 * the first time written to a day after the last, each as an observance ({@code STANDARD} or {@code DAYLIGHT})
 * whose {@code DTSTART} is the local time of the change and which repeats it as an {@code RDATE}, the form
 * RFC 5545 gives for a change that does not recur by rule; the observance in force before the first time is
 * the zone's last change before it. A calendar thus reads the same instants as the model on either side of a
 * daylight-saving change, from the document alone. A time in the hour that happens twice that is the second of the
 * two is written in UTC ({@code 20251026T013000Z}), since a {@code TZID} time there means the first. Without
 * a time zone, times are floating (local clock times, RFC 5545 form 1). iCalendar times have whole seconds:
 * a time the record states to a fraction of a second is cut to the second. A session with a complete date:
 * <ul>
 *   <li>and a start and an end: a timed event;
 *   <li>and a start only: a timed event with no {@code DTEND}, which RFC 5545 reads as ending when it starts
 *       (no length is made up);
 *   <li>and no clock time, or only a part of the day ("morning"): an all-day event on that day, the part of
 *       the day in its description.
 * </ul>
 * A recurring session ({@link Session#recurrence()}) is written as one event for each of its occurrences
 * ({@link Symposium#occurrences(Session)}: moves and new times applied, cancelled dates left out), each with
 * the date the rule gives in its {@code UID} ({@code webinars-2025/webinar/2025-04-01@symposia.dev}).
 * A session without a complete date (none, no year, no day) is left out, as is the symposium's own event when
 * its dates are not complete; {@link #omissions(Symposium)} lists what was left out and why.
 *
 * <p><b>Status.</b> Scheduled, held, rescheduled and moved online are {@code CONFIRMED}; cancelled and
 * postponed are {@code CANCELLED} (a postponed event did not take place at the time written, which is the
 * time it was last planned for); a status the record does not state writes no {@code STATUS}.
 *
 * <p><b>Text.</b> Values are escaped ({@code \\}, {@code \;}, {@code \,}, {@code \n}) and lines folded at 75
 * octets of UTF-8, never inside a character; lines end with CRLF.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ICalendar {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final String DOMAIN = "@symposia.dev";
  private static final String ACCREDITED = "CME accredited";
  private static final String SPONSORED = "Commercially supported";

  private ICalendar() {}

  /**
   * Returns the symposium as an iCalendar document, stamped ({@code DTSTAMP}) with the current time.
   *
   * @param symposium the symposium; not null
   * @return the document, lines ending with CRLF; never null
   * @throws InvalidModelException if {@code symposium} is null
   */
  public static String write(Symposium symposium) {
    return write(symposium, Instant.now());
  }

  /**
   * Returns the symposium as an iCalendar document with the given {@code DTSTAMP}, the time the document
   * is created at: the same arguments give the same text.
   *
   * @param symposium the symposium; not null
   * @param stamp the creation time written as every event's {@code DTSTAMP}; not null
   * @return the document, lines ending with CRLF; never null
   * @throws InvalidModelException if {@code symposium} or {@code stamp} is null
   */
  public static String write(Symposium symposium, Instant stamp) {
    require(symposium, "symposium");
    require(stamp, "stamp");
    return new Writer(symposium, stamp).document();
  }

  /**
   * Returns what {@link #write(Symposium)} leaves out of the symposium and why: sessions without a complete
   * date, and the symposium's own event when its dates are not complete.
   *
   * @param symposium the symposium; not null
   * @return the omissions, in the order of the document; never null, empty when nothing is left out
   * @throws InvalidModelException if {@code symposium} is null
   */
  public static List<Omission> omissions(Symposium symposium) {
    require(symposium, "symposium");
    List<Omission> omissions = new ArrayList<>();
    if (!symposium.dates().start().isComplete() || !symposium.dates().end().isComplete()) {
      omissions.add(Omission.of("symposium", "its dates are not complete days (" + symposium.dates() + ")"));
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      dateProblem(session).ifPresent(reason -> omissions.add(Omission.of(path(symposium, session), reason)));
    }
    return List.copyOf(omissions);
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new InvalidModelException("ICalendar", name, "is required");
    }
  }

  private static String path(Symposium symposium, Session session) {
    return "sessions[" + symposium.sessions().indexOf(session) + "] (" + session.id() + ")";
  }

  private static Optional<String> dateProblem(Session session) {
    if (session.date().isEmpty()) {
      return Optional.of("it has no date");
    }
    PartialDate date = session.date().get();
    if (!date.isComplete()) {
      return Optional.of("its date is not a complete day (" + date + ")");
    }
    return Optional.empty();
  }

  /** Writes one document; not thread-safe, used once. */
  private static final class Writer {
    private final Symposium symposium;
    private final String stamp;
    private final StringBuilder events = new StringBuilder();
    private final Optional<ZoneId> zone;
    private Instant earliest;
    private Instant latest;

    Writer(Symposium symposium, Instant stamp) {
      this.symposium = symposium;
      this.stamp = utc(stamp);
      this.zone = symposium.timeZone();
    }

    String document() {
      StringBuilder out = new StringBuilder();
      line(out, "BEGIN:VCALENDAR");
      line(out, "VERSION:2.0");
      line(out, "PRODID:-//Symposia//Symposia Export//EN");
      line(out, "CALSCALE:GREGORIAN");
      symposiumEvent();
      for (Session session : symposium.sessions()) {
        if (dateProblem(session).isPresent()) {
          continue;
        }
        if (session.recurrence().isEmpty()) {
          sessionEvent(session, "");
          continue;
        }
        // One event for each occurrence, as the model expands the rule, rather than an RRULE: the moves and
        // cancellations are then the calendar's without RECURRENCE-ID overrides, and each time is placed in the
        // zone exactly as Symposium.occurrences places it.
        for (Occurrence occurrence : symposium.occurrences(session)) {
          Session one = session.toBuilder().date(PartialDate.of(occurrence.date())).time(occurrence.time())
              .recurrence(Optional.empty()).build();
          sessionEvent(one, "/" + occurrence.ruleDate());
        }
      }
      if (earliest != null) {
        timeZone(out, zone.orElseThrow());
      }
      out.append(events);
      line(out, "END:VCALENDAR");
      return out.toString();
    }

    private void symposiumEvent() {
      PartialDate start = symposium.dates().start();
      PartialDate end = symposium.dates().end();
      if (!start.isComplete() || !end.isComplete()) {
        return;
      }
      line(events, "BEGIN:VEVENT");
      line(events, "UID:" + escape(symposium.id().value() + DOMAIN));
      line(events, "DTSTAMP:" + stamp);
      line(events, "DTSTART;VALUE=DATE:" + DATE.format(start.toLocalDate().orElseThrow()));
      line(events, "DTEND;VALUE=DATE:" + DATE.format(end.toLocalDate().orElseThrow().plusDays(1)));
      text("SUMMARY", symposium.title());
      symposium.status().flatMap(ICalendar::status).ifPresent(s -> line(events, "STATUS:" + s));
      location(symposium.places());
      List<String> description = new ArrayList<>();
      symposium.theme().ifPresent(t -> description.add(t.text()));
      symposium.accreditations().forEach(a -> description.add(accreditation(a)));
      symposium.commercialSupport().forEach(c -> description.add(support(c)));
      if (!description.isEmpty()) {
        line(events, "DESCRIPTION:" + escape(String.join("\n", description)));
      }
      if (!symposium.accreditations().isEmpty()) {
        line(events, "CATEGORIES:" + ACCREDITED);
      }
      line(events, "END:VEVENT");
    }

    private void sessionEvent(Session session, String occurrence) {
      LocalDate date = session.date().flatMap(PartialDate::toLocalDate).orElseThrow();
      line(events, "BEGIN:VEVENT");
      line(events, "UID:" + escape(symposium.id().value() + "/" + session.id().value() + occurrence + DOMAIN));
      line(events, "DTSTAMP:" + stamp);
      Optional<TimeSlot> slot = session.time().filter(t -> t.start().isPresent());
      Optional<ZonedInterval> interval = symposium.interval(session);
      if (interval.isPresent()) {
        line(events, "DTSTART" + zoned(interval.get().start()));
        line(events, "DTEND" + zoned(interval.get().end()));
      } else if (slot.isPresent() && zone.isPresent()) {
        // A start without an end: RFC 5545 reads a DTSTART alone as an event that ends when it starts.
        line(events, "DTSTART" + zoned(slot.get().startAt(date, zone.get()).orElseThrow()));
      } else if (slot.isPresent()) {
        LocalTime start = slot.get().start().orElseThrow();
        line(events, "DTSTART:" + LOCAL.format(date.atTime(start)));
        if (slot.get().end().isPresent()) {
          LocalDate endDate = slot.get().endsNextDay() ? date.plusDays(1) : date;
          line(events, "DTEND:" + LOCAL.format(endDate.atTime(slot.get().end().get())));
        }
      } else {
        line(events, "DTSTART;VALUE=DATE:" + DATE.format(date));
        line(events, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
      }
      session.title().ifPresent(t -> text("SUMMARY", t));
      session.status().flatMap(ICalendar::status).ifPresent(s -> line(events, "STATUS:" + s));
      location(session.places());
      String description = description(session);
      if (!description.isEmpty()) {
        line(events, "DESCRIPTION:" + escape(description));
      }
      List<String> categories = new ArrayList<>();
      categories.add(escape(Names.words(session.kind())));
      if (!symposium.accreditationsOf(session).isEmpty()) {
        categories.add(ACCREDITED);
      }
      if (!session.commercialSupport().isEmpty()) {
        categories.add(SPONSORED);
      }
      // Categories are separated by commas, which escape() has escaped within each.
      line(events, "CATEGORIES:" + String.join(",", categories));
      line(events, "END:VEVENT");
    }

    private String description(Session session) {
      List<String> lines = new ArrayList<>();
      session.description().ifPresent(d -> lines.add(d.text()));
      session.time().flatMap(TimeSlot::partOfDay).ifPresent(p -> lines.add("Time: " + Names.words(p)));
      session.status().ifPresent(s -> lines.add("Status: " + Names.words(s)));
      session.mode().ifPresent(m -> lines.add("Attendance: " + Names.words(m)));
      for (Participation participation : session.participants()) {
        lines.add(participant(participation));
      }
      if (session.isPartial("participants")) {
        lines.add("(participants listed in part)");
      }
      session.accreditations().forEach(a -> lines.add(accreditation(a)));
      session.commercialSupport().forEach(c -> lines.add(support(c)));
      for (Abstract presented : session.abstracts()) {
        lines.add(abstractLine(presented));
      }
      for (Participation participation : session.participants()) {
        participation.presentedAbstract().filter(a -> !session.abstracts().contains(a))
            .ifPresent(a -> lines.add(abstractLine(a)));
      }
      session.materials().forEach(m -> lines.add(material(m)));
      if (!session.topics().isEmpty()) {
        List<String> topics = new ArrayList<>();
        session.topics().forEach(t -> topics.add(t.text()));
        lines.add("Topics: " + String.join("; ", topics) + (session.isPartial("topics") ? "; ..." : ""));
      }
      return String.join("\n", lines);
    }

    private String accreditation(Accreditation accreditation) {
      List<String> credits = new ArrayList<>();
      for (Credit credit : accreditation.credits()) {
        credits.add((credit.maximum() ? "up to " : "") + credit.amount().map(a -> a.toPlainString() + " ").orElse("")
            + credit.label().map(LocalizedText::text).orElse(Names.words(credit.kind())));
      }
      return "CME: " + (credits.isEmpty() ? "accredited" : String.join(", ", credits))
          + accreditation.accreditor().map(a -> " (" + Names.of(symposium, a) + ")").orElse("")
          + accreditation.activityId().map(id -> ", activity " + id).orElse("");
    }

    private String support(CommercialSupport support) {
      return "Commercial support: " + Names.words(support.kind()).toLowerCase(Locale.ROOT) + ", "
          + Names.of(symposium, support.company());
    }

    private String abstractLine(Abstract presented) {
      List<String> parts = new ArrayList<>();
      presented.number().ifPresent(parts::add);
      presented.title().ifPresent(t -> parts.add("\"" + t.text() + "\""));
      presented.doi().ifPresent(d -> parts.add(d.uri().toString()));
      return (presented.format().filter(f -> f != PresentationFormat.ORAL).isPresent() ? "Poster: " : "Abstract: ")
          + String.join(", ", parts);
    }

    private String material(Material material) {
      return Names.words(material.kind()) + ": " + material.title().map(t -> t.text() + ", ").orElse("")
          + material.url().map(Object::toString).orElseGet(() -> material.doi().orElseThrow().uri().toString());
    }

    private String participant(Participation participation) {
      String who = participation.person().map(id -> Names.of(symposium, id))
          .orElseGet(() -> group(participation.group().orElseThrow()));
      return Names.words(participation.role()) + ": " + who
          + participation.delivery().map(d -> " (" + Names.words(d).toLowerCase(Locale.ROOT) + ")").orElse("")
          + participation.contribution().map(c -> ", \"" + c.text() + "\"").orElse("");
    }

    private String group(UnnamedGroup group) {
      List<String> parts = new ArrayList<>();
      if (group.count().precision() != CountPrecision.UNKNOWN) {
        parts.add(group.count().toString());
      }
      parts.add(group.description().map(LocalizedText::text).orElse("unnamed"));
      if (!group.institutions().isEmpty()) {
        List<String> names = new ArrayList<>();
        group.institutions().forEach(id -> names.add(Names.of(symposium, id)));
        parts.add("from " + String.join(", ", names));
      }
      return String.join(" ", parts);
    }

    private void location(List<Place> places) {
      if (!places.isEmpty()) {
        List<String> lines = new ArrayList<>();
        places.forEach(p -> lines.add(Names.place(symposium, p)));
        line(events, "LOCATION:" + escape(String.join("; ", lines)));
      }
    }

    private void text(String name, LocalizedText text) {
      String language = text.primaryLanguage().toLanguageTag();
      String parameter = language.equals("und") ? "" : ";LANGUAGE=" + language;
      line(events, name + parameter + ":" + escape(text.text()));
    }

    /** A date-time in the zone: with its TZID, or in UTC where the TZID form would name another instant. */
    private String zoned(ZonedDateTime time) {
      Instant instant = time.toInstant();
      earliest = earliest == null || instant.isBefore(earliest) ? instant : earliest;
      latest = latest == null || instant.isAfter(latest) ? instant : latest;
      ZoneId id = zone.orElseThrow();
      LocalDateTime local = time.toLocalDateTime();
      ZonedDateTime first = ZonedDateTime.ofLocal(local, id, null);
      if (!first.toInstant().equals(instant)) {
        return ":" + utc(instant);
      }
      return ";TZID=" + escapeParameter(id.getId()) + ":" + LOCAL.format(local);
    }

    private void timeZone(StringBuilder out, ZoneId id) {
      ZoneRules rules = id.getRules();
      Instant from = earliest.minus(1, ChronoUnit.DAYS);
      Instant to = latest.plus(1, ChronoUnit.DAYS);
      line(out, "BEGIN:VTIMEZONE");
      line(out, "TZID:" + escape(id.getId()));
      // The observance in force at the start is the zone's last change before it, as tzdata-derived
      // VTIMEZONEs write it; a zone that never changed gets one observance with its only offset.
      ZoneOffsetTransition previous = rules.previousTransition(from);
      if (previous == null) {
        ZoneOffset only = rules.getOffset(from);
        observance(out, false, LocalDateTime.of(1970, 1, 1, 0, 0), only, only);
      } else {
        observance(out, rules.isDaylightSavings(previous.getInstant()), previous.getDateTimeBefore(),
            previous.getOffsetBefore(), previous.getOffsetAfter());
      }
      ZoneOffsetTransition transition = rules.nextTransition(from);
      while (transition != null && !transition.getInstant().isAfter(to)) {
        observance(out, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
            transition.getOffsetBefore(), transition.getOffsetAfter());
        transition = rules.nextTransition(transition.getInstant());
      }
      line(out, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime onset, ZoneOffset before,
        ZoneOffset after) {
      String kind = daylight ? "DAYLIGHT" : "STANDARD";
      line(out, "BEGIN:" + kind);
      line(out, "DTSTART:" + LOCAL.format(onset));
      // The onset again as an RDATE: RFC 5545 readers (ical4j among them) take an observance without RRULE or
      // RDATE as one that never recurs, and some read its offset wrongly; with it, every reader sees a
      // transition at this moment.
      line(out, "RDATE:" + LOCAL.format(onset));
      line(out, "TZOFFSETFROM:" + offset(before));
      line(out, "TZOFFSETTO:" + offset(after));
      line(out, "END:" + kind);
    }
  }

  private static Optional<String> status(EventStatus status) {
    switch (status) {
      case CANCELLED:
      case POSTPONED:
        return Optional.of("CANCELLED");
      default:
        return Optional.of("CONFIRMED");
    }
  }

  private static String utc(Instant instant) {
    return LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)) + "Z";
  }

  private static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
  }

  /** Escapes a TEXT value (RFC 5545 3.3.11). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          out.append("\\\\");
          break;
        case ';':
          out.append("\\;");
          break;
        case ',':
          out.append("\\,");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            break;
          }
          out.append("\\n");
          break;
        default:
          // Other control characters are not allowed in TEXT; a record's text holds none that matter.
          out.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static String escapeParameter(String value) {
    return value.indexOf(':') >= 0 || value.indexOf(';') >= 0 || value.indexOf(',') >= 0 ? "\"" + value + "\"" : value;
  }

  /** Appends a content line folded at 75 octets of UTF-8, never inside a character, and CRLF. */
  static void line(StringBuilder out, String line) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
