package dev.symposia.export.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.ical.ICalendar;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads an iCalendar export with ical4j, an independent parser, and compares every event with the model:
 * UID, start and end on the timeline (as ical4j reads them through the document's own VTIMEZONE), SUMMARY, STATUS, LOCATION presence, DESCRIPTION and CATEGORIES; and checks the lines: at most 75
 * octets, each valid UTF-8 on its own (no character split by folding), CRLF endings.
 */
public final class ICalendarCheck {
  static {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  private ICalendarCheck() {}

  /** Parses the document with ical4j. */
  public static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j refused the export: " + e.getMessage() + "\n" + ics, e);
    }
  }

  /** Checks the lines of the document: CRLF, at most 75 octets, each decodable alone as UTF-8. */
  public static void lines(String ics) {
    assertThat(ics).endsWith("\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).as("octets of %s", line).isLessThanOrEqualTo(75);
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new AssertionError("a folded line splits a character: " + line, e);
      }
      assertThat(Character.isLowSurrogate(line.isEmpty() ? 'a' : line.charAt(0))).isFalse();
    }
  }

  /** Compares the whole document with the symposium; returns the number of session events. */
  public static int compare(Symposium symposium, String ics) {
    lines(ics);
    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    Map<String, VEvent> byUid = new HashMap<>();
    for (VEvent event : events) {
      assertThat(byUid.put(value(event, Property.UID).orElseThrow(), event)).as("UIDs are unique").isNull();
    }
    Optional<VTimeZone> vtimezone = calendar.getComponent(Component.VTIMEZONE);
    boolean wholeEvent = symposium.dates().start().isComplete() && symposium.dates().end().isComplete();
    VEvent whole = byUid.get(symposium.id().value() + "@symposia.dev");
    assertThat(whole != null).as("the symposium's own event").isEqualTo(wholeEvent);
    if (whole != null) {
      assertThat(date(whole, Property.DTSTART)).isEqualTo(symposium.dates().start().toLocalDate().orElseThrow());
      assertThat(date(whole, Property.DTEND))
          .isEqualTo(symposium.dates().end().toLocalDate().orElseThrow().plusDays(1));
      assertThat(value(whole, Property.SUMMARY)).contains(symposium.title().text());
      assertThat(value(whole, Property.STATUS)).isEqualTo(symposium.status().map(ICalendarCheck::status));
    }
    int sessions = 0;
    int occurrences = 0;
    for (Session session : symposium.sessions()) {
      boolean dated = session.date().map(PartialDate::isComplete).orElse(false);
      if (session.recurrence().isPresent() && dated) {
        // One event for each occurrence, at the occurrence's date and time, named by the date the rule gives.
        for (Occurrence occurrence : symposium.occurrences(session)) {
          VEvent event = byUid.get(symposium.id().value() + "/" + session.id().value() + "/" + occurrence.ruleDate()
              + "@symposia.dev");
          assertThat(event).as("an event for %s on %s", session.id(), occurrence.ruleDate()).isNotNull();
          occurrences++;
          session(symposium, session.toBuilder().date(PartialDate.of(occurrence.date())).time(occurrence.time())
              .recurrence(Optional.empty()).build(), event, vtimezone);
        }
        sessions++;
        continue;
      }
      VEvent event = byUid.get(symposium.id().value() + "/" + session.id().value() + "@symposia.dev");
      assertThat(event != null).as("an event for %s", session).isEqualTo(dated);
      if (event == null) {
        continue;
      }
      sessions++;
      session(symposium, session, event, vtimezone);
    }
    long recurring = symposium.sessions().stream()
        .filter(s -> s.recurrence().isPresent() && s.date().map(PartialDate::isComplete).orElse(false)).count();
    assertThat(events).hasSize((int) (sessions - recurring + occurrences + (wholeEvent ? 1 : 0)));
    assertThat(ICalendar.omissions(symposium)).hasSize(symposium.sessions().size() - sessions + (wholeEvent ? 0 : 1));
    return sessions;
  }

  // iCalendar times have whole seconds: the export cuts finer times to the second, as ICalendar says.
  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  private static void session(Symposium symposium, Session session, VEvent event, Optional<VTimeZone> vtimezone) {
    LocalDate date = session.date().flatMap(PartialDate::toLocalDate).orElseThrow();
    Optional<ZonedInterval> interval = symposium.interval(session);
    Optional<TimeSlot> timed = session.time().filter(t -> t.start().isPresent());
    if (interval.isPresent()) {
      assertThat(instant(event, Property.DTSTART)).isEqualTo(seconds(interval.get().startInstant()));
      assertThat(instant(event, Property.DTEND)).isEqualTo(seconds(interval.get().endInstant()));
      assertThat(vtimezone).as("a VTIMEZONE for the TZID").isPresent();
    } else if (timed.isPresent() && symposium.timeZone().isPresent()) {
      assertThat(instant(event, Property.DTSTART))
          .isEqualTo(seconds(timed.get().startAt(date, symposium.timeZone().get()).orElseThrow().toInstant()));
      assertThat(event.getProperty(Property.DTEND)).isEmpty();
    } else if (timed.isPresent()) {
      assertThat(temporal(event, Property.DTSTART))
          .isEqualTo(date.atTime(timed.get().start().get()).truncatedTo(ChronoUnit.SECONDS));
    } else {
      assertThat(date(event, Property.DTSTART)).isEqualTo(date);
      assertThat(date(event, Property.DTEND)).isEqualTo(date.plusDays(1));
    }
    assertThat(value(event, Property.SUMMARY)).isEqualTo(session.title().map(t -> t.text()));
    assertThat(value(event, Property.STATUS)).isEqualTo(session.status().map(ICalendarCheck::status));
    assertThat(value(event, Property.LOCATION).isPresent()).isEqualTo(!session.places().isEmpty());
    String categories = value(event, Property.CATEGORIES).orElseThrow();
    assertThat(categories).startsWith(words(session.kind()).replace(",", "\\,"));
    boolean accredited = !session.accreditations().isEmpty()
        || !symposium.accreditations().isEmpty() && session.kind() != SessionKind.SATELLITE_SYMPOSIUM;
    assertThat(categories.contains(",CME accredited")).as("CME category").isEqualTo(accredited);
    assertThat(categories.contains(",Commercially supported")).as("support category")
        .isEqualTo(!session.commercialSupport().isEmpty());
    String description = value(event, Property.DESCRIPTION).orElse("");
    session.description().ifPresent(d -> assertThat(description).startsWith(d.text()));
    for (var participation : session.participants()) {
      String who = participation.person().map(id -> symposium.speaker(id).orElseThrow().displayName())
          .orElse("");
      assertThat(description).contains(words(participation.role()) + ": " + who);
    }
    assertThat(description.split("\n", -1)).filteredOn(line -> line.startsWith("CME: "))
        .hasSize(session.accreditations().size());
    assertThat(description.split("\n", -1)).filteredOn(line -> line.startsWith("Commercial support: "))
        .hasSize(session.commercialSupport().size());
    for (var presented : session.abstracts()) {
      presented.doi().ifPresent(doi -> assertThat(description).contains(doi.uri().toString()));
      presented.number().ifPresent(number -> assertThat(description).contains(number));
    }
  }

  static String words(Enum<?> constant) {
    String lower = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String status(EventStatus status) {
    return status == EventStatus.CANCELLED || status == EventStatus.POSTPONED ? "CANCELLED" : "CONFIRMED";
  }

  private static Optional<String> value(Component component, String name) {
    return component.<Property>getProperty(name).map(Property::getValue);
  }

  private static Temporal temporal(Component component, String name) {
    DateProperty<?> property = component.<DateProperty<?>>getProperty(name).orElseThrow();
    return property.getDate();
  }

  private static LocalDate date(Component component, String name) {
    return LocalDate.from(temporal(component, name));
  }

  /**
   * The instant a time names as ical4j reads it: a UTC time as such; a TZID time in the zone ical4j builds from
   * the document's own VTIMEZONE (the calendar's time zone registry), so that the document's observances are
   * what is checked.
   */
  private static Instant instant(Component component, String name) {
    DateProperty<?> property = component.<DateProperty<?>>getProperty(name).orElseThrow();
    return Instant.from(property.getDate());
  }
}
